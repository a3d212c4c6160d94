import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { purposesOf } from './instrument-purpose.js';
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

/** "USA used the summit to criticize Ukraine and thank Ukraine ." — a bare verb (no "to" of its own) coordinated with the infinitive. */
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

/** "USA used the summit to criticize Ukraine , to thank Ukraine ." — two purposes of one verb of using. */
const twoPurposes = (firstRel: string, firstHead: number) => parsedDoc([`
  USA USA PROPN NNP 2 nsubj
  used use VERB VBD 0 root
  the the DET DT 4 det
  summit summit NOUN NN 2 obj
  to to PART TO 6 mark
  criticize criticize VERB VB ${firstHead} ${firstRel}
  Ukraine Ukraine PROPN NNP 6 obj
  , , PUNCT , 10 punct
  to to PART TO 10 mark
  thank thank VERB VB 2 advcl
  Ukraine Ukraine PROPN NNP 10 obj
  . . PUNCT . 2 punct`]);

/** "USA used the summit to criticize Ukraine and took the opportunity to thank Ukraine ." — two verbs of using. */
const twoHosts = () => parsedDoc([`
  USA USA PROPN NNP 2 nsubj
  used use VERB VBD 0 root
  the the DET DT 4 det
  summit summit NOUN NN 2 obj
  to to PART TO 6 mark
  criticize criticize VERB VB 2 advcl
  Ukraine Ukraine PROPN NNP 6 obj
  and and CCONJ CC 9 cc
  took take VERB VBD 2 conj
  the the DET DT 11 det
  opportunity opportunity NOUN NN 9 obj
  to to PART TO 13 mark
  thank thank VERB VB 11 acl
  Ukraine Ukraine PROPN NNP 13 obj
  . . PUNCT . 2 punct`]);

/** "USA used the summit to criticize Ukraine and to thank Ukraine ." — the second infinitive, with its own "to", a conjunct. */
const coordinatedTo = () => parsedDoc([`
  USA USA PROPN NNP 2 nsubj
  used use VERB VBD 0 root
  the the DET DT 4 det
  summit summit NOUN NN 2 obj
  to to PART TO 6 mark
  criticize criticize VERB VB 2 advcl
  Ukraine Ukraine PROPN NNP 6 obj
  and and CCONJ CC 10 cc
  to to PART TO 10 mark
  thank thank VERB VB 6 conj
  Ukraine Ukraine PROPN NNP 10 obj
  . . PUNCT . 2 punct`]);

describe('purposesOf: the infinitives of purpose by their verb of using, found once per tree (#13)', () => {
  /** Every verb of using in the tree with its purposes, as literal token lists: a host with none is left out. */
  const byHost = (doc: Parameters<typeof buildTree>[0]): Record<number, readonly number[]> => {
    const tree = buildTree(doc);
    const out: Record<number, readonly number[]> = {};
    for (let host = 0; host < tree.words.length; host++) if (purposesOf(tree, host).length) out[host] = purposesOf(tree, host);
    return out;
  };

  it.each([
    ['an advcl of the verb', purpose('used', 'use', 'message', 'advcl', 2), { 1: [5] }],
    ['an xcomp of the verb', purpose('used', 'use', 'message', 'xcomp', 2), { 1: [5] }],
    ['an acl of the thing used', purpose('used', 'use', 'summit', 'acl', 4), { 1: [5] }],
    ['an acl of an occasion', purpose('took', 'take', 'opportunity', 'acl', 4), { 1: [5] }],
    ['no verb of using', purpose('sent', 'send', 'letter', 'advcl', 2), {}],
    ['two purposes of one verb, both advcl', twoPurposes('advcl', 2), { 1: [5, 9] }],
    ['two purposes of one verb, an acl of the thing used and an advcl', twoPurposes('acl', 4), { 1: [5, 9] }],
    ['two verbs of using, each with its purpose', twoHosts(), { 1: [5], 8: [12] }],
    ['a coordinated "and to thank": a conjunct, by its relation no purpose', coordinatedTo(), { 1: [5] }],
  ])('%s', (_, doc, expected) => {
    expect(byHost(doc)).toEqual(expected);
  });

  it('finds the first of two coordinated infinitives, the second a bare conjunct ("… to criticize Ukraine and thank Ukraine")', () => {
    expect(byHost(coordinated())).toEqual({ 1: [5] });
  });

  it('turns down the noun the verb uses when only its second purpose has a trigger: "used the attack to remember …, to thank Ukraine"', () => {
    const doc = parsedDoc([`
      USA USA PROPN NNP 2 nsubj
      used use VERB VBD 0 root
      the the DET DT 4 det
      attack attack NOUN NN 2 obj
      to to PART TO 6 mark
      remember remember VERB VB 2 advcl
      Ukraine Ukraine PROPN NNP 6 obj
      , , PUNCT , 10 punct
      to to PART TO 10 mark
      thank thank VERB VB 2 advcl
      Ukraine Ukraine PROPN NNP 10 obj
      . . PUNCT . 2 punct`], { actors: [...actors, { sent: 0, tokens: [10, 11], id: 'ukr', name: 'Ukraine', code: 'UKR' }] });
    const { events, rejected } = codeEvents(doc, lexicon);
    expect(events.map((e) => e.event)).toEqual(['SUPPORT']);
    expect(rejected.some((r) => r.event === 'ASSAULT' && r.ruleId === 'events/instrument-used')).toBe(true);
  });
});
