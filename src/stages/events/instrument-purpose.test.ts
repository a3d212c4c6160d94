import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

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

describe('an act done through the instrument or occasion a verb uses (instrument-purpose.ts)', () => {
  it('codes "used the visit to thank Ukraine" as the thanks, as real as the using', () => {
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
});
