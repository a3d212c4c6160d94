import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';
import { codedAt } from '../../../test/support/coded-triggers.js';

const lexicon = loadLexicon();
/** "<travellers> arrived in Zaporizhzhia": the travellers are token 0. */
const ARRIVED = `
  residents resident NOUN NNS 2 nsubj
  arrived arrive VERB VBD 0 root
  in in ADP IN 4 case
  Zaporizhzhia Zaporizhzhia PROPN NNP 2 obl
  . . PUNCT . 2 punct`;
const travellers = (sector: string): ActorSpec => ({ sent: 0, tokens: [0, 1], id: `ukr-${sector}`, code: 'UKR', sector, kind: 'org' });

describe('civilian journeys', () => {
  it.each([
    ['civilians ("residents arrived in Zaporizhzhia")', 'CVL', 'events/civilian-journey'],
    ['a government delegation', 'GOV', undefined],
  ])('turn down a travel consultation only when civilians travel: %s', (_who, sector, ruleId) => {
    const coded = codeEvents(parsedDoc([ARRIVED], { actors: [travellers(sector)] }), lexicon);
    expect(coded.rejected.find((r) => r.ruleId === 'events/civilian-journey')?.ruleId).toBe(ruleId);
    expect(coded.events.some((e) => e.event === 'CONSULT')).toBe(ruleId === undefined);
  });
});

// Review fix-a #4 of session 59: "The first grain ship from Ukraine arrived in Kenya" was a visit, CONSULT UKR->KEN,
// the ship's port of origin taken for the traveller and its destination for the host. Goods and the vessels carrying
// them (rule-words `cargo-traveller`) meet no one either; a delegation arriving by ship still visits.
describe('cargo journeys', () => {
  it.each([
    ['The first grain ship from Ukraine arrived in Kenya on Tuesday.', 'arrived', []],
    ['A Russian tanker arrived in Syria on Tuesday.', 'arrived', []],
    ['A delegation from Ukraine arrived in Kenya on Tuesday.', 'arrived', ['CONSULT UKR->']],
  ])('issue-12: %s', (text, trigger, events) => {
    expect(codedAt(text, trigger, '2022-08-30')).toEqual(events);
  });
});
