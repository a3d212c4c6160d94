import { describe, expect, it } from 'vitest';
import { runActors as run } from '../../../test/support/actors-run.js';
import { followsState, isCreditorNoun } from './creditors.js';

describe('isCreditorNoun', () => {
  it.each(['creditor banks', 'bank creditors', 'commercial bank creditors', 'bank advisory committee', 'foreign banks'])('"%s" names a debtor\'s bank creditors', (key) => {
    expect(isCreditorNoun(key)).toBe(true);
  });
  it.each(['banks', 'creditors', 'commercial banks', 'advisory committee', 'employers'])('"%s" is left out', (key) => {
    expect(isCreditorNoun(key)).toBe(false);
  });
});

describe('followsState', () => {
  it('needs a country or a government named before', () => {
    expect(followsState([{ code: 'PHL', kind: 'country' }])).toBe(true);
    expect(followsState([{ code: 'ECU', sector: 'GOV' }])).toBe(true);
    expect(followsState([{ code: 'IGO', sector: 'IMF' }, { code: 'USA', sector: 'BUS' }])).toBe(false);
    expect(followsState([])).toBe(false);
  });
});

describe('creditor banks in the actors stage', () => {
  const code = (text: string, words: string) => {
    const result = run(text, '1987-03-20');
    const m = result.mentions.find((x) => result.text.slice(x.start, x.end).includes(words));
    return m ? [m.code, m.sector] : undefined;
  };
  it.each([
    ['The Philippines and its bank advisory committee completed talks.', 'bank advisory committee', ['MNC', 'BUS']],
    ['Jamaica said Seaga concluded an agreement with Jamaica\'s creditor banks.', 'creditor banks', ['MNC', 'BUS']],
    ['Argentina is negotiating a loan with creditor banks.', 'creditor banks', ['MNC', 'BUS']],
    ['Brazil said U.S. creditor banks were angry.', 'creditor banks', ['USA', 'BUS']],
    // issue-12: a count joined by a hyphen before the noun ("13-bank") no longer hides the committee.
    ['Venezuela agreed last Friday with its 13-bank advisory committee.', 'bank advisory committee', ['MNC', 'BUS']],
    ['Brazil\'s 14-bank advisory committee expressed grave concern.', 'bank advisory committee', ['MNC', 'BUS']],
    ['Philippine officials and a 12-bank committee have been meeting.', 'bank committee', ['MNC', 'BUS']],
    // #12: the banks' people in the same talks (training wire gold BRA -> MNC).
    ["Brazil's central bank governor Francisco Gros met senior commercial bankers here on Wednesday.", 'commercial bankers', ['MNC', 'BUS']],
  ])('%s: "%s" is %j', (text, words, expected) => {
    expect(code(text, words)).toEqual(expected);
  });
  it('keeps a count joined to a one-word noun an adjective: "the 17-man Commission" names no man', () => {
    expect(code('Peru named the 17-man Commission.', 'man')).toBeUndefined();
  });
  it('leaves a company\'s bank creditors out when no state is named before', () => {
    expect(code('Spendthrift Farm Inc said it is holding talks with its bank creditors.', 'bank creditors')).toBeUndefined();
  });
});
