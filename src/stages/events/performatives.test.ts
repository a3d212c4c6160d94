import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
/** "I" resolved to its speaker, as the discourse stage does for a site's principal. */
const actors: ActorSpec[] = [
  { sent: 0, tokens: [0, 1], id: 'zelensky', name: 'Volodymyr Zelensky', code: 'UKR', sector: 'GOV' },
  { sent: 0, tokens: [4, 5], id: 'poland', name: 'Poland', code: 'POL' },
];
/** "<subject> <hedge> to thank Poland." */
const sentence = (subject: string, hedge: string, lemma: string, xpos: string) => parsedDoc([`
  ${subject} ${subject} PRON PRP 2 nsubj
  ${hedge} ${lemma} VERB ${xpos} 0 root
  to to PART TO 4 mark
  thank thank VERB VB 2 xcomp
  Poland Poland PROPN NNP 4 obj
  . . PUNCT . 2 punct`], { actors });

describe('performatives under a hedge', () => {
  it('codes "I want to thank X" as the thanks itself, not an intent', () => {
    const { events } = codeEvents(sentence('I', 'want', 'want', 'VBP'), lexicon);
    const thanks = events.find((e) => e.trigger.tokens[0] === 3);
    expect(thanks?.event).toBe('SUPPORT');
    expect(thanks?.future).toBe(false);
    expect(thanks?.reasons.some((r) => r.rule === 'events/performative-hedge')).toBe(true);
  });

  it('keeps an intent told in the past or of someone else ("wanted to", "he wants to")', () => {
    for (const doc of [sentence('I', 'wanted', 'want', 'VBD'), sentence('he', 'wants', 'want', 'VBZ')]) {
      const { events } = codeEvents(doc, lexicon);
      expect(events.some((e) => e.reasons.some((r) => r.rule === 'events/performative-hedge'))).toBe(false);
    }
  });
});
