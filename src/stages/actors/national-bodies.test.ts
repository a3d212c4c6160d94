import { describe, expect, it } from 'vitest';
import { codesOf, runActors as run } from '../../../test/support/actors-run.js';

// data/national-bodies.tsv through the stage, with the reading rules it needs (phrase.ts, resolve.ts, national-body-guard.ts:
// a UK body's name is British only in a story that names Britain).
describe('national bodies (parties, unions, pressure groups)', () => {
  it.each([
    ['Labour attacked the plan in Britain.', 'Labour', 'GBR', 'PTY'],
    ['The Tories urged the government to act in Britain.', 'The Tories', 'GBR', 'OPP'],
    ['The Lib Dems rejected the British plan.', 'The Lib Dems', 'GBR', 'OPP'],
    ['The SNP rejected the London plan.', 'The SNP', 'GBR', 'OPP'],
    ['The TUC welcomed it in Britain.', 'The TUC', 'GBR', 'LAB'],
    ['The Commons backed the British bill.', 'The Commons', 'GBR', 'LEG'],
    ['Tory MPs rebelled in London.', 'Tory MPs', 'GBR', 'OPP'],
  ])('issue-12: %s: "%s" is %s %s', (text, words, code, sector) => {
    expect(codesOf(run(text), words)).toEqual([code, sector]);
  });

  it.each([
    ['The Labour Ministry said unemployment rose.', []],
    ['Labour Secretary Bill Brock met Japanese officials.', ['Bill Brock']],
  ])('a party name that opens a longer office noun yields to it, so no British party: %s', (text, people) => {
    expect(run(text, undefined, people).mentions.filter((m) => m.code === 'GBR')).toEqual([]);
  });

  it.each([
    ['The Australian Labour Party won.', 'The Australian Labour Party', 'AUS'],
    ["Israel's Labour party rejected it.", "Israel's Labour party", 'ISR'],
  ])('another country before the name makes the party its own: %s', (text, words, code) => {
    expect(codesOf(run(text), words)[0]).toBe(code);
  });

  it.each([
    ["Canada's Progressive Conservative government said so.", "Canada's Progressive Conservative government", 'CAN'],
    ['The New Zealand Labour government said so.', 'The New Zealand Labour government', 'NZL'],
    ['The Australian Labour government said so.', 'The Australian Labour government', 'AUS'],
  ])('a party name between a country and "government" only says whose it is: %s', (text, words, code) => {
    expect(codesOf(run(text), words)).toEqual([code, 'GOV']);
  });
});
