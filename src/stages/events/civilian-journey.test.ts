import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';
import { codedAt } from '../../../test/support/coded-triggers.js';

const lexicon = loadLexicon();
/**
 * The event and its travellers only: codedAt runs without the places stage, which gives the visit its host (review
 * rv-a #10: the recipient left empty here is no claim about the visit).
 */
const visitors = (events: readonly string[]): string[] => events.map((e) => e.split('->')[0] ?? e);
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
    ['A delegation from Ukraine arrived in Kenya on Tuesday.', 'arrived', ['CONSULT UKR']],
  ])('issue-12: %s', (text, trigger, events) => {
    expect(visitors(codedAt(text, trigger, '2022-08-30'))).toEqual(events);
  });
});

// Review rv-a #2, #3: a vehicle carrying an official or a delegation, or a state's warship, visits for its state.
describe('state journeys by vehicle', () => {
  it.each([
    ['A train carrying French President Emmanuel Macron arrived in Kyiv on Thursday.', 'arrived', ['CONSULT FRA']],
    ['Polish President Andrzej Duda\'s train arrived in Kyiv on Thursday.', 'arrived', ['CONSULT POL']],
    ['A bus carrying the Ukrainian delegation arrived in Istanbul on Thursday.', 'arrived', ['CONSULT UKR']],
    ['A U.S. Navy ship visited Vietnam on Monday.', 'visited', ['CONSULT USA']],
    ['A Chinese naval vessel arrived in Colombo on Monday.', 'arrived', ['CONSULT CHN']],
    ['A Russian naval vessel arrived in Havana on Tuesday for a five-day port call.', 'arrived', ['CONSULT RUS']],
  ])('issue-12: %s', (text, trigger, events) => {
    expect(visitors(codedAt(text, trigger, '2023-08-30'))).toEqual(events);
  });
});

// Review rv-d #7 of session 60: a state named in the goods a vehicle carries ("Soviet government aid") is no traveller:
// the ship was CONSULT SUN as a state's visit. Aid and supplies are `carried-goods`; a carried official still travels.
describe('a state\'s goods carried by a vehicle make no visit', () => {
  it.each([
    ['A cargo ship carrying Soviet government aid arrived in Nicaragua on Monday.', 'arrived', []],
    ['A freighter carrying Soviet military aid arrived in Nicaragua on Monday.', 'arrived', []],
    ['A ship carrying U.S. government food aid arrived in Ethiopia on Monday.', 'arrived', []],
    ['A train carrying French President Emmanuel Macron arrived in Kyiv on Thursday.', 'arrived', ['CONSULT FRA']],
    // review rv-b #4: the parser makes the minister a conjunct of the aid; carried beside the goods, he still travels.
    ['A ship carrying humanitarian aid and French Health Minister Bernard Kouchner arrived in Beirut on Monday.', 'arrived', ['CONSULT FRA']],
  ])('issue-12: %s', (text, trigger, events) => {
    expect(visitors(codedAt(text, trigger, '1987-06-02'))).toEqual(events);
  });
});
