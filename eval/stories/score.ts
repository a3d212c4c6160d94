/**
 * Pairwise scoring of "same story" against stories-dev.json: over all pairs of articles in scope,
 * a pair is positive when both are in one gold group; `related` pairs are neither and are left out;
 * `different` pairs are hard negatives, each merged one an error of its own.
 */

export interface StoriesGold {
  readonly scope: readonly string[];
  readonly groups: readonly { readonly id: string; readonly members: readonly string[]; readonly same_source?: boolean }[];
  readonly different: readonly { readonly a: string; readonly b: string; readonly why?: string }[];
  readonly related: readonly { readonly a: string; readonly b: string; readonly why?: string }[];
}

export interface PairScore {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  /** False pairs and missed pairs, for reading (`a b`). */
  readonly falsePairs: readonly [string, string][];
  readonly missedPairs: readonly [string, string][];
  /** Hard negatives the prediction merged. */
  readonly mergedNegatives: readonly { a: string; b: string; why?: string }[];
}

const key = (a: string, b: string) => (a < b ? `${a}\t${b}` : `${b}\t${a}`);

/** Pairs within groups of a partition given as id → group label (ids absent: singletons). */
function pairsOf(groups: Iterable<readonly string[]>): Set<string> {
  const out = new Set<string>();
  for (const g of groups) for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) out.add(key(g[i], g[j]));
  return out;
}

/** Score predicted groups (each a list of article ids; ids outside the scope are ignored). */
export function scorePairs(gold: StoriesGold, predicted: Iterable<readonly string[]>): PairScore {
  const scope = new Set(gold.scope);
  const ignored = new Set(gold.related.map((r) => key(r.a, r.b)));
  const goldPairs = pairsOf(gold.groups.map((g) => g.members.filter((m) => scope.has(m))));
  const predPairs = pairsOf([...predicted].map((g) => g.filter((m) => scope.has(m))));
  let tp = 0;
  const falsePairs: [string, string][] = [];
  const missedPairs: [string, string][] = [];
  for (const p of predPairs) {
    if (ignored.has(p)) continue;
    if (goldPairs.has(p)) tp++;
    else falsePairs.push(p.split('\t') as [string, string]);
  }
  for (const p of goldPairs) if (!ignored.has(p) && !predPairs.has(p)) missedPairs.push(p.split('\t') as [string, string]);
  const mergedNegatives = gold.different.filter((d) => predPairs.has(key(d.a, d.b)));
  return { tp, fp: falsePairs.length, fn: missedPairs.length, falsePairs, missedPairs, mergedNegatives };
}
