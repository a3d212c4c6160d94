import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

/**
 * "Italy hopes Japan will beat Brazil": the parser may read a that-less hoped clause's subject as the hoping verb's
 * object and hang the clause's verb beside it; the clause's act then took the hoper as its doer (ASSAULT ITA->BRA,
 * review rv-d #5 of session 60). The clause's own subject is its doer, as in a that-clause the parser reads right.
 */
describe('the doer of a split that-less hoped clause is its own subject', () => {
  it.each([
    ['Italy hopes Japan will beat Brazil in the final on Sunday.', 'beat', 'JPN'],
    ['The United States hopes Japan will attack the rebels.', 'attack', 'JPN'],
    ['France hopes Germany will expel the diplomats.', 'expel', 'DEU'],
  ])('"%s": the act "%s" is not the hoper\'s', (text, trigger, doer) => {
    const coded = codedAt(text, trigger, '1987-06-02');
    expect(coded.length).toBeGreaterThan(0);
    for (const event of coded) expect(event.split(' ')[1]?.split('->')[0]).toBe(doer);
  });
});
