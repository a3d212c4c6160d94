/**
 * What the trainers of the events stage's learned steps (the filter, the rescue) share: gathering the examples
 * once (`--examples FILE` reads them or, when missing, writes them; `--exclude FILE` leaves articles out of the
 * gathering), five folds by article, and the choice of the L2 penalty and the threshold together by out-of-fold F1
 * over all groups among the pairs that lower no group's F1 by more than a guard (a step that helps one source by
 * hurting another does not generalise).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fitLogistic, predictLogistic, type FitOptions } from '../../src/ml/logistic.js';

const FOLDS = 5;
/** The trainers' fold (0 … 4) of an article id: the first byte of its SHA-1 (cross-fit-folds.ts salts its own to cut across these). */
export const foldOf = (docId: string): number => createHash('sha1').update(docId).digest()[0] % FOLDS;
const PENALTIES = [2, 4, 8, 16];
/** A threshold no score reaches: the step changes nothing. */
export const OFF = 1.01;

/** Per group, the reference totals before the step acts, to turn the examples it acts on into F1. */
export interface GroupTotals { required: number; found: number; predicted: number; false: number }
export interface Example { readonly docId: string; readonly group: string; readonly features: readonly string[] }
interface Gathered<T> { examples: T[]; totals: Map<string, GroupTotals> }

/** The examples, read from the `--examples` cache or gathered (and then cached). */
export async function loadExamples<T>(args: readonly string[], gather: (exclude: ReadonlySet<string>) => Promise<Gathered<T>>): Promise<Gathered<T>> {
  const cache = optionOf(args, '--examples');
  if (cache && existsSync(cache)) {
    const data = JSON.parse(readFileSync(cache, 'utf8')) as { examples: T[]; totals: [string, GroupTotals][] };
    return { examples: data.examples, totals: new Map(data.totals) };
  }
  const excluded = optionOf(args, '--exclude');
  const exclude = excluded ? readFileSync(excluded, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean) : [];
  const gathered = await gather(new Set(exclude));
  if (cache) writeFileSync(cache, JSON.stringify({ examples: gathered.examples, totals: [...gathered.totals] }));
  return gathered;
}

export const optionOf = (args: readonly string[], name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

/** news-dev's four tune folders are one group: 45 articles, too few to judge one by one. */
export const groupOf = (x: { group: string }): string => (x.group.split('/')[0] === 'tune' ? 'tune' : x.group);

export const f1 = (t: GroupTotals): number => {
  const p = (t.predicted - t.false) / Math.max(t.predicted, 1);
  const r = t.found / Math.max(t.required, 1);
  return (2 * p * r) / Math.max(p + r, 1e-9);
};

/** The totals of `group` ('all' for every group) before the step changes anything. */
export function baseTotals(totals: ReadonlyMap<string, GroupTotals>, group: string): GroupTotals {
  const t: GroupTotals = { required: 0, found: 0, predicted: 0, false: 0 };
  for (const [g, base] of totals) {
    if (group !== 'all' && groupOf({ group: g }) !== group) continue;
    t.required += base.required; t.found += base.found; t.predicted += base.predicted; t.false += base.false;
  }
  return t;
}

export interface Search<T extends Example> {
  readonly examples: readonly T[];
  readonly positive: (x: T) => boolean;
  readonly thresholds: readonly number[];
  readonly guard: number;
  /** The totals of `group` when the step acts on every example scored at or above `threshold`. */
  readonly totalsAt: (scores: Float64Array, threshold: number, group: string) => GroupTotals;
  /**
   * How much each group counts, in the fit (each of its examples weighs this much) and in the choice (its totals
   * are scaled by it before they are pooled into the F1 over all groups). Absent: every example counts once.
   */
  readonly weightOf?: (group: string) => number;
  /** The L2 penalties to try (default PENALTIES). */
  readonly penalties?: readonly number[];
  /** Where each group's before/after line goes (default the console; the cross-fit passes a quiet one). */
  readonly log?: (line: string) => void;
}

/** The F1 over all groups at `threshold`, each group's totals scaled by its weight. */
function pooledF1<T extends Example>(s: Search<T>, scores: Float64Array, threshold: number, groups: readonly string[]): number {
  const weightOf = s.weightOf;
  if (!weightOf) return f1(s.totalsAt(scores, threshold, 'all'));
  const t: GroupTotals = { required: 0, found: 0, predicted: 0, false: 0 };
  for (const g of groups) {
    const own = s.totalsAt(scores, threshold, g);
    const w = weightOf(g);
    t.required += w * own.required; t.found += w * own.found; t.predicted += w * own.predicted; t.false += w * own.false;
  }
  return f1(t);
}

/** The examples as the logistic fit reads them, each weighing as its group does. */
const asTraining = <T extends Example>(xs: readonly T[], positive: (x: T) => boolean, weightOf?: (group: string) => number) =>
  xs.map((x) => ({ features: x.features, positive: positive(x), ...(weightOf ? { weight: weightOf(groupOf(x)) } : {}) }));

/** The L2 penalty and threshold chosen out of fold; prints each group's F1 before and after. */
export function searchPenaltyAndThreshold<T extends Example>(s: Search<T>): { l2: number; threshold: number } {
  const groups = [...new Set(s.examples.map(groupOf))].sort();
  // Each example's score by a model that never saw its article.
  const outOfFold = (options: FitOptions): Float64Array => {
    const scores = new Float64Array(s.examples.length);
    for (let fold = 0; fold < FOLDS; fold++) {
      const model = fitLogistic(asTraining(s.examples.filter((x) => foldOf(x.docId) !== fold), s.positive, s.weightOf), options);
      s.examples.forEach((x, i) => { if (foldOf(x.docId) === fold) scores[i] = predictLogistic(model, x.features); });
    }
    return scores;
  };
  let best: { l2: number; threshold: number; f1: number; scores: Float64Array } = { l2: (s.penalties ?? PENALTIES)[0], threshold: OFF, f1: 0, scores: new Float64Array(s.examples.length) };
  for (const l2 of s.penalties ?? PENALTIES) {
    const scores = outOfFold({ l2, minCount: 3 });
    if (best.f1 === 0) best = { l2, threshold: OFF, f1: pooledF1(s, scores, OFF, groups), scores };
    for (const threshold of s.thresholds) {
      const safe = groups.every((g) => f1(s.totalsAt(scores, threshold, g)) >= f1(s.totalsAt(scores, OFF, g)) - s.guard);
      const score = pooledF1(s, scores, threshold, groups);
      if (safe && score > best.f1 + 1e-9) best = { l2, threshold, f1: score, scores };
    }
  }
  for (const g of [...groups, 'all']) {
    const before = s.totalsAt(best.scores, OFF, g);
    const after = s.totalsAt(best.scores, best.threshold, g);
    const weight = s.weightOf && g !== 'all' ? ` (weight ${s.weightOf(g).toFixed(2)})` : '';
    (s.log ?? console.log)(`${g.padEnd(16)} F1 ${f1(before).toFixed(3)} -> ${f1(after).toFixed(3)}  found ${before.found} -> ${after.found}, false ${before.false} -> ${after.false}, predicted ${before.predicted} -> ${after.predicted}${weight}`);
  }
  return { l2: best.l2, threshold: best.threshold };
}

/** The model fitted on every example with the chosen penalty (and the search's group weights, if any). */
export function fitAll<T extends Example>(examples: readonly T[], positive: (x: T) => boolean, l2: number, weightOf?: (group: string) => number): ReturnType<typeof fitLogistic> {
  return fitLogistic(asTraining(examples, positive, weightOf), { l2, minCount: 3 });
}

/** The `--weigh GROUP=W,...` option's weight of each group (1 for a group it does not name), or none. */
export function groupWeights(option: string | undefined): ((group: string) => number) | undefined {
  if (!option) return undefined;
  const weights = new Map(option.split(',').map((pair) => {
    const [group, weight] = pair.split('=');
    return [group, Number(weight)] as const;
  }));
  return (group) => weights.get(group) ?? 1;
}

/** The `--penalties 8,16,...` option's L2 penalties, or none (the default list). */
export function penaltiesOf(option: string | undefined): number[] | undefined {
  return option ? option.split(',').map(Number) : undefined;
}
