import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// Made-up sentences through the real pipeline (review b #4, session 54): the "from" phrase of a withdrawal or an
// evacuation names the place left, not the doer, as it does for "criticism of Israel from France".
const coded = (sentence: string, trigger: string) => codedAt(`BANGKOK, March 3, 1992 (AP) - ${sentence}`, trigger, '1992-03-03');

describe('the place a withdrawal leaves is not its doer (rule-words left-place-noun, #12)', () => {
  // The whole coded list, not only a RETREAT KHM filtered out of it, which passes when nothing is coded (review after
  // session 55 #9): with no one named leaving, nothing is coded; with a nationality, it and not the place withdraws.
  it.each([
    ['The withdrawal of troops from Cambodia began on Tuesday.', []],
    ['The pullout of troops from Cambodia began on Tuesday.', []],
    ['The withdrawal of Thai troops from Cambodia began on Tuesday.', ['RETREAT THA->']],
  ])('"%s": the country left does not withdraw', (sentence, expected) => {
    expect(coded(sentence, 'began')).toEqual(expected);
  });

  it('"The withdrawal of Vietnamese troops from Cambodia began": the nationality of the ones leaving names the doer', () => {
    expect(coded('The withdrawal of Vietnamese troops from Cambodia began on Tuesday.', 'began')).toEqual(['RETREAT VNM->']);
  });

  // Review a after session 55 #1: a release, an expulsion or a deportation moves others out of a hold, so its "from" phrase
  // names the one who holds them (the doer) and the ones moved are the recipient.
  it.each([
    ['The release of Israeli hostages from Gaza began on Sunday.', ['RETREAT PSE->ISR']],
  ])('"%s": the hold\'s owner is the doer', (sentence, expected) => {
    expect(coded(sentence, 'began')).toEqual(expected);
  });

  // Review a after session 55 #10: an abstract thing withdrawn is taken from a party, the recipient, not moved out of a place.
  it.each([
    ['The withdrawal of American support from Germany began on Tuesday.', ['RETREAT USA->DEU']],
    // "Western" names no coded doer, and an event needs one: nothing, and above all not Egypt as the doer (the test
    // fails if the "from" phrase is read as the doer again; review b after session 56 #8 read it as pinning a miss).
    ['The withdrawal of Western aid from Egypt began on Tuesday.', []],
    ['The withdrawal of American troops from Germany began on Tuesday.', ['RETREAT USA->']],
  ])('"%s": support is withdrawn from a party, troops from a place', (sentence, expected) => {
    expect(coded(sentence, 'began')).toEqual(expected);
  });

  it('"There was criticism of Israel from France": a "from" phrase still names the doer of other nouns', () => {
    expect(coded('There was criticism of Israel from France.', 'criticism')).toEqual(['ACCUSE FRA->ISR']);
  });

  // Review b after session 56 #7: with the doer in a "by" phrase, a withdrawal's "of" phrase names the ones withdrawn,
  // the doer's own troops, not whom the withdrawal is done to (as "criticism of Israel by France" names Israel).
  it('"The withdrawal of troops by Russia from Syria began": the troops withdrawn are no recipient', () => {
    expect(codedAt('The withdrawal of troops by Russia from Syria began on Monday.', 'began', '2024-03-04', { uncoded: true })).toEqual(['RETREAT RUS->']);
  });
});
