import { describe, expect, it } from 'vitest';
import type { ActorMention } from '../actors/types.js';
import { makeDoc } from '../../core/document.js';
import { coverOf, mergedMentions, overlapsAny, overlapsCover, resolvedActors } from './merge.js';

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

// The stage merges its mentions into the actors three times per article: without a document made for each (#13).
describe('mergedMentions', () => {
  const actors = [at(0, 2), at(3, 5), at(6, 8)];
  it.each([
    { extra: [], merged: actors },
    { extra: [at(4, 5)], merged: [at(0, 2), at(4, 5), at(6, 8)] },
    { extra: [at(9, 10), at(1, 4)], merged: [at(1, 4), at(6, 8), at(9, 10)] },
  ])('puts $extra.length mention(s) in place of those they overlap, in text order, as resolvedActors does', ({ extra, merged }) => {
    expect(mergedMentions(actors, extra)).toEqual(merged);
    expect(resolvedActors(makeDoc({ text: 'x', layers: { actors, discourse: { mentions: extra } } }))).toEqual(merged);
  });
});
