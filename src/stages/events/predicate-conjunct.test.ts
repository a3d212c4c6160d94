import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// Training gold (session 60, ev-parse): "X told the Senate the decision was long overdue and urged Japan to …": the
// parser coordinates the second verb with the adjective of the reported clause ("overdue"), so the verb had no subject
// and the act no actor. A noun predicate there was already read so (tree.ts nounConjunct); an adjective is the same shape.
describe('a past verb the parser coordinated with the adjective of a reported clause shares the reporting verb\'s subject', () => {
  it.each([
    ['Senator Robert Byrd told the Senate the decision was long overdue and urged Japan to open its markets.', 'urged', 'REQUEST USA->JPN'],
    ['The French foreign minister said the vote was unfair and urged Russia to withdraw its troops.', 'urged', 'REQUEST FRA->RUS'],
  ])('%s', (text, trigger, want) => {
    expect(codedAt(text, trigger, '1987-04-01')).toContain(want);
  });

  // The reported clause's own verb in the present ("is") with a past conjunct: no matched tenses, so no sharing.
  it('leaves the conjunct alone when the reporting verb is of another tense', () => {
    expect(codedAt('The French foreign minister says the vote was unfair and urged Russia to withdraw its troops.', 'urged', '1987-04-01')).toEqual([]);
  });
});
