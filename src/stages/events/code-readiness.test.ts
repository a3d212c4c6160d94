import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const country = (tokens: [number, number], code: string): ActorSpec => ({ sent: 0, tokens, id: code.toLowerCase(), name: code, code });

/** "<Subject> is <adjective> to <verb> <Object>'s demands ." with both actors coded. */
const readiness = (adjective: string, verb: string, lemma: string) => parsedDoc([`
  Japan Japan PROPN NNP 3 nsubj
  is be AUX VBZ 3 cop
  ${adjective} ${adjective} ADJ JJ 0 root
  to to PART TO 5 mark
  ${verb} ${lemma} VERB VB 3 xcomp
  Brazil Brazil PROPN NNP 8 nmod:poss
  's 's PART POS 6 case
  demands demand NOUN NNS 5 obj
  . . PUNCT . 3 punct`], { actors: [country([0, 1], 'JPN'), country([5, 6], 'BRA')] });

describe('issue-12: readiness to refuse', () => {
  // Training gold: "Creditor banks … are equally determined to resist Brazil's demands for debt relief" is REJECT.
  it.each([
    ['determined', 'resist', 'resist'],
    ['ready', 'reject', 'reject'],
    ['prepared', 'refuse', 'refuse'],
  ])('codes "%s to %s" the demands as the refusal, not an intent to cooperate', (adjective, verb, lemma) => {
    const [event] = codeEvents(readiness(adjective, verb, lemma), lexicon).events;
    expect([event?.event, event?.recipients.map((r) => r.code)]).toEqual(['REJECT', ['BRA']]);
    expect(event?.why).toContain('readiness to refuse is the refusal');
  });

  it('still codes readiness to cooperate as an intent (AGREE)', () => {
    const [event] = codeEvents(readiness('ready', 'meet', 'meet'), lexicon).events;
    expect(event?.event).toBe('AGREE');
  });
});
