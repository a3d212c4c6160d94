import { describe, expect, it } from 'vitest';
import { scorePairs, type StoriesGold } from './score.js';

const gold: StoriesGold = {
  scope: ['a', 'b', 'c', 'd', 'e'],
  groups: [{ id: 'G1', members: ['a', 'b', 'c'] }],
  different: [{ a: 'd', b: 'e' }],
  related: [{ a: 'c', b: 'd' }],
};

describe('scorePairs', () => {
  it('counts pairs, leaves related pairs out and reports merged hard negatives', () => {
    const score = scorePairs(gold, [['a', 'b'], ['c', 'd', 'e'], ['x', 'a']]);
    expect(score.tp).toBe(1);
    // c–d is related (ignored); c–e and d–e are false, and d–e is a hard negative.
    expect(score.fp).toBe(2);
    expect(score.fn).toBe(2);
    expect(score.mergedNegatives).toEqual([{ a: 'd', b: 'e' }]);
  });
  it('scores the gold partition perfectly', () => {
    const score = scorePairs(gold, [['a', 'b', 'c']]);
    expect([score.tp, score.fp, score.fn, score.mergedNegatives.length]).toEqual([3, 0, 0, 0]);
  });
});
