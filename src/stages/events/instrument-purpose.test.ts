import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { instrumentPurposeHost, purposesOf } from './instrument-purpose.js';
import { loadLexicon } from './lexicon.js';
import { buildTree } from './tree.js';

const lexicon = loadLexicon();
const actors: ActorSpec[] = [
  { sent: 0, tokens: [0, 1], id: 'usa', name: 'United States', code: 'USA' },
  { sent: 0, tokens: [6, 7], id: 'ukr', name: 'Ukraine', code: 'UKR' },
];
/** "USA <verb> the <noun> to thank Ukraine ." — an infinitive of purpose after a verb and its object. */
const purpose = (verb: string, lemma: string, noun: string, rel = 'advcl', head = 2) => parsedDoc([`
  USA USA PROPN NNP 2 nsubj
  ${verb} ${lemma} VERB VBD 0 root
  the the DET DT 4 det
  ${noun} ${noun} NOUN NN 2 obj
  to to PART TO 6 mark
  thank thank VERB VB ${head} ${rel}
  Ukraine Ukraine PROPN NNP 6 obj
  . . PUNCT . 2 punct`], { actors });

/** "USA used the summit to criticize Ukraine and thank Ukraine ." — a second infinitive coordinated with the first. */
const coordinated = () => parsedDoc([`
  USA USA PROPN NNP 2 nsubj
  used use VERB VBD 0 root
  the the DET DT 4 det
  summit summit NOUN NN 2 obj
  to to PART TO 6 mark
  criticize criticize VERB VB 2 advcl
  Ukraine Ukraine PROPN NNP 6 obj
  and and CCONJ CC 9 cc
  thank thank VERB VB 6 conj
  Ukraine Ukraine PROPN NNP 9 obj
  . . PUNCT . 2 punct`], { actors: [...actors, { sent: 0, tokens: [9, 10], id: 'ukr', name: 'Ukraine', code: 'UKR' }] });

describe('an act done through the instrument or occasion a verb uses (instrument-purpose.ts)', () => {
  it('codes "used the message to thank Ukraine" as the thanks, as real as the using', () => {
    const { events } = codeEvents(purpose('used', 'use', 'message'), lexicon);
    const thanks = events.find((e) => e.event === 'SUPPORT');
    expect(thanks?.recipients.map((r) => r.code)).toEqual(['UKR']);
    expect(thanks?.reasons.some((r) => r.rule === 'events/instrument-purpose')).toBe(true);
  });

  it('codes "took the opportunity to thank Ukraine", the infinitive hung on the noun', () => {
    const { events } = codeEvents(purpose('took', 'take', 'opportunity', 'acl', 4), lexicon);
    expect(events.find((e) => e.event === 'SUPPORT')?.recipients.map((r) => r.code)).toEqual(['UKR']);
  });

  it('leaves other purposes intentions: "took the train to thank Ukraine", "sent the letter to thank Ukraine"', () => {
    for (const [verb, lemma, noun] of [['took', 'take', 'train'], ['sent', 'send', 'letter']]) {
      const { rejected } = codeEvents(purpose(verb, lemma, noun), lexicon);
      expect(rejected.some((r) => r.event === 'SUPPORT' && r.ruleId === 'events/infinitive')).toBe(true);
    }
  });

  it('codes "used the summit to thank Ukraine" when the parser hung the infinitive on the thing used', () => {
    const { events } = codeEvents(purpose('used', 'use', 'summit', 'acl', 4), lexicon);
    expect(events.find((e) => e.event === 'SUPPORT')?.recipients.map((r) => r.code)).toEqual(['UKR']);
  });

  it('leaves the infinitive of a noun an instrument verb uses an aim: "used the decision/plan to thank Ukraine"', () => {
    for (const noun of ['decision', 'plan', 'right']) {
      const { events, rejected } = codeEvents(purpose('used', 'use', noun, 'acl', 4), lexicon);
      expect(events.some((e) => e.event === 'SUPPORT')).toBe(false);
      expect(rejected.some((r) => r.event === 'SUPPORT' && r.ruleId === 'events/infinitive')).toBe(true);
      // The parser may hang the noun's infinitive on "used" itself: still the noun's.
      expect(codeEvents(purpose('used', 'use', noun), lexicon).events.some((e) => e.event === 'SUPPORT')).toBe(false);
    }
  });

  it('gives a second coordinated infinitive the user as its doer: "used the summit to criticize … and thank Ukraine"', () => {
    const { events } = codeEvents(coordinated(), lexicon);
    const thanks = events.find((e) => e.event === 'SUPPORT');
    expect(thanks?.actors.map((a) => a.code)).toEqual(['USA']);
    expect(thanks?.recipients.map((r) => r.code)).toEqual(['UKR']);
  });

  it('codes the act once: "used the attack to thank Ukraine" is the thanks, not also an attack on "used"', () => {
    const { events, rejected } = codeEvents(purpose('used', 'use', 'attack'), lexicon);
    expect(events.map((e) => e.event)).toEqual(['SUPPORT']);
    expect(rejected.some((r) => r.event === 'ASSAULT' && r.ruleId === 'events/instrument-used')).toBe(true);
  });
});

describe('purposesOf: the infinitives of purpose by their verb of using, found once per tree (#13)', () => {
  /** Every token whose host is `host`, asked one token at a time (what `usedForAct` scanned per trigger). */
  const scanned = (tree: ReturnType<typeof buildTree>, host: number) => tree.words.flatMap((_, t) => (instrumentPurposeHost(tree, t) === host ? [t] : []));

  it.each([
    ['advcl of the verb', 'used', 'use', 'message', 'advcl', 2],
    ['acl of the thing used', 'used', 'use', 'summit', 'acl', 4],
    ['acl of an occasion', 'took', 'take', 'opportunity', 'acl', 4],
    ['no verb of using', 'sent', 'send', 'letter', 'advcl', 2],
  ])('gives what a scan of every token gives: %s', (_, verb, lemma, noun, rel, head) => {
    const tree = buildTree(purpose(verb, lemma, noun, rel, head));
    for (let host = 0; host < tree.words.length; host++) expect(purposesOf(tree, host)).toEqual(scanned(tree, host));
  });

  it('finds the first of two coordinated infinitives, as the scan does (the second is a conjunct, no purpose)', () => {
    const tree = buildTree(coordinated());
    expect(purposesOf(tree, 1)).toEqual([5]);
    expect(scanned(tree, 1)).toEqual([5]);
  });
});
