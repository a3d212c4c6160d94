import { describe, expect, it } from 'vitest';
import type { ActorMention } from '../actors/types.js';
import { coverOf, overlapsAny, overlapsCover } from './merge.js';

const at = (first: number, last: number): ActorMention => ({ start: first, end: last, tokens: [first, last], actorId: 'x', name: 'X', reasons: [], why: '' });

describe('overlapsCover', () => {
  // Each case: the covering mentions, then the mention asked about; the cover must answer as the pairwise test does.
  it.each([
    { others: [at(2, 5)], a: at(0, 2), overlaps: false },
    { others: [at(2, 5)], a: at(4, 6), overlaps: true },
    { others: [at(2, 5)], a: at(5, 9), overlaps: false },
    { others: [at(2, 5), at(9, 12)], a: at(6, 10), overlaps: true },
    { others: [at(2, 5)], a: at(20, 21), overlaps: false },
    // Empty spans: a [3, 3) strictly inside another overlaps it by the pairwise test.
    { others: [at(3, 3)], a: at(2, 5), overlaps: true },
    { others: [at(2, 5)], a: at(3, 3), overlaps: true },
    { others: [at(2, 5)], a: at(2, 2), overlaps: false },
  ])('$a.tokens against $others.length mention(s): $overlaps', ({ others, a, overlaps }) => {
    expect(overlapsAny(a, others)).toBe(overlaps);
    expect(overlapsCover(a, coverOf(others))).toBe(overlaps);
  });
});
