import { createHash } from 'node:crypto';
import type { StoriesGold } from './score.js';

/**
 * Two halves of stories-dev, so that rules and thresholds are chosen on one (`fit`) and checked on
 * the other (`held`), the way the kept-aside test set checks the whole: a group goes to the half
 * its id's hash says, an article outside every group by its own id. Pairs across the halves are
 * left out of both; hard negatives and related pairs stay where both their articles fall.
 */
export type Half = 'fit' | 'held';

/** The half of a group id or an article id (first byte of its SHA-256: even → fit). */
export function halfOf(id: string): Half {
  return createHash('sha256').update(id, 'utf8').digest()[0] % 2 === 0 ? 'fit' : 'held';
}

/** The gold of one half: its groups, the singletons that hash to it, and the pairs within it. */
export function goldHalf(gold: StoriesGold, half: Half): StoriesGold {
  const groups = gold.groups.filter((g) => halfOf(g.id) === half);
  const grouped = new Set(gold.groups.flatMap((g) => g.members));
  const inHalf = new Set([...groups.flatMap((g) => g.members), ...gold.scope.filter((id) => !grouped.has(id) && halfOf(id) === half)]);
  const within = (p: { a: string; b: string }) => inHalf.has(p.a) && inHalf.has(p.b);
  return { scope: gold.scope.filter((id) => inHalf.has(id)), groups, different: gold.different.filter(within), related: gold.related.filter(within) };
}
