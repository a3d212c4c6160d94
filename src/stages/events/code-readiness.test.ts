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
    const [event] = codeEvents(readiness('ready', 'discuss', 'discuss'), lexicon).events;
    expect(event?.event).toBe('AGREE');
  });

  // The lexicon's verbs are a table read from JSON: a word naming what every object inherits found that
  // property, and "ready to constructor" failed the whole article (E003, "entries.find is not a function").
  it('reads a verb that names an inherited property ("constructor") as no lexicon verb', () => {
    expect(() => codeEvents(readiness('ready', 'constructor', 'constructor'), lexicon)).not.toThrow();
  });

  // Meeting another side's demands is yielding to them (CAMEO 08x): readiness to do it is the concession.
  it('codes "ready to meet Brazil\'s demands" as the concession (CONCEDE)', () => {
    const [event] = codeEvents(readiness('ready', 'meet', 'meet'), lexicon).events;
    expect([event?.event, event?.recipients.map((r) => r.code)]).toEqual(['CONCEDE', ['BRA']]);
  });
});

/** "Japan is [not] <adjective> to give up its islands ." with an optional modal ("Japan would not be ready …"). */
const givingUp = (adjective: string, opts: { not?: boolean; would?: boolean } = {}) => {
  const lines = [
    'Japan Japan PROPN NNP ADJ nsubj',
    ...(opts.would ? ['would would AUX MD ADJ aux'] : []),
    `${opts.would ? 'be be AUX VB' : 'is be AUX VBZ'} ADJ cop`,
    ...(opts.not ? ['not not PART RB ADJ advmod'] : []),
    `${adjective} ${adjective} ADJ JJ 0 root`,
    'to to PART TO GIVE mark',
    'give give VERB VB ADJ xcomp',
    'up up ADP RP GIVE compound:prt',
    'its its PRON PRP$ OBJ nmod:poss',
    'islands island NOUN NNS GIVE obj',
    '. . PUNCT . ADJ punct',
  ];
  const at = (word: string): number => lines.findIndex((l) => l.startsWith(`${word} `)) + 1;
  const rows = lines.map((l) => l.replace(' ADJ ', ` ${at(adjective)} `).replace(' GIVE ', ` ${at('give')} `).replace(' OBJ ', ` ${at('islands')} `));
  return parsedDoc([`\n  ${rows.join('\n  ')}`], { actors: [country([0, 1], 'JPN')] });
};

describe('issue-12: readiness to concede, and denied readiness', () => {
  it('codes "ready to give up" as the concession (CONCEDE), not an intent to cooperate', () => {
    const [event] = codeEvents(givingUp('ready'), lexicon).events;
    expect([event?.event, event?.negated]).toEqual(['CONCEDE', false]);
    expect(event?.why).toContain('readiness to concede is the concession');
  });

  it.each(['ready', 'prepared'])('codes "not %s to give up" as a refusal (REJECT)', (adjective) => {
    const [event] = codeEvents(givingUp(adjective, { not: true }), lexicon).events;
    expect([event?.event, event?.negated]).toEqual(['REJECT', false]);
  });

  it('leaves a hypothetical denial ("would not be ready to give up") unasserted, no refusal', () => {
    const [event] = codeEvents(givingUp('ready', { not: true, would: true }), lexicon).events;
    expect([event?.event, event?.negated, event?.hypothetical]).toEqual(['CONCEDE', true, true]);
  });
});
