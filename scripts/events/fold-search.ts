/**
 * What the trainers of the events stage's learned steps (the filter, the rescue) share: gathering the examples
 * once (`--examples FILE` reads them or, when missing, writes them; `--exclude FILE` leaves articles out of the
 * gathering), five folds by story (cross-fit-folds.ts: copies of one story fall in one fold), and the choice of the
 * L2 penalty and the threshold together by out-of-fold F1 over all groups among the pairs that lower no group's F1 by
 * more than a guard (a step that helps one source by hurting another does not generalise), made steady by
 * steady-choice.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { DyadError } from '../../src/core/errors.js';
import { fitLogistic, predictLogistic, type FitOptions } from '../../src/ml/logistic.js';
import { PENALTY_TIE, SMOOTHING, steadyChoice, type PenaltyCurve } from './steady-choice.js';

const FOLDS = 5;
/** The trainers' fold (0 … 4) of a story key: the first byte of its SHA-1 (cross-fit-folds.ts salts its own to cut across these). */
export const foldOf = (story: string): number => createHash('sha1').update(story).digest()[0] % FOLDS;
const PENALTIES = [2, 4, 8, 16];
/** A threshold no score reaches: the step changes nothing. */
export const OFF = 1.01;

/** Per group, the reference totals before the step acts, to turn the examples it acts on into F1. */
export interface GroupTotals { required: number; found: number; predicted: number; false: number }
export interface Example { readonly docId: string; readonly story: string; readonly group: string; readonly features: readonly string[] }
export interface Gathered<T> { examples: T[]; totals: Map<string, GroupTotals> }

/** The examples, read from the `--examples` cache or gathered (and then cached). */
export async function loadExamples<T>(args: readonly string[], gather: (exclude: ReadonlySet<string>) => Promise<Gathered<T>>): Promise<Gathered<T>> {
  const cache = optionOf(args, '--examples');
  if (cache && existsSync(cache)) return readGathered<T>(cache);
  const excluded = optionOf(args, '--exclude');
  const exclude = excluded ? readFileSync(excluded, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean) : [];
  const gathered = await gather(new Set(exclude));
  if (cache) writeFileSync(cache, JSON.stringify({ examples: gathered.examples, totals: [...gathered.totals] }));
  return gathered;
}

/** The examples a trainer gathered into `file` (its `--examples`), for the trainers and the cross-fit alike. */
export function readGathered<T>(file: string): Gathered<T> {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { examples: T[]; totals: [string, GroupTotals][] };
  // Examples gathered before session 39 carry no story; folds by article id would split copies of one story.
  if (data.examples.some((x) => typeof (x as { story?: unknown }).story !== 'string')) throw new DyadError('E1230', { file });
  return { examples: data.examples, totals: new Map(data.totals) };
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

/** The fewest examples a feature must occur in to get a weight, unless a trainer asks for more. */
export const MIN_COUNT = 3;

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
  /** The fewest examples a feature must occur in to get a weight (default MIN_COUNT). */
  readonly minCount?: number;
  /** steady-choice.ts's smoothing width and penalty tie (its defaults when absent; 0 and 0 is the plain argmax). */
  readonly smoothing?: number;
  readonly penaltyTie?: number;
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

/** Each penalty's out-of-fold scores and F1 curve over the thresholds (five folds of stories). */
export function penaltyCurves<T extends Example>(s: Search<T>): { curve: PenaltyCurve; scores: Float64Array }[] {
  const groups = [...new Set(s.examples.map(groupOf))].sort();
  // Each example's score by a model that never saw its story.
  const outOfFold = (options: FitOptions): Float64Array => {
    const scores = new Float64Array(s.examples.length);
    for (let fold = 0; fold < FOLDS; fold++) {
      const model = fitLogistic(asTraining(s.examples.filter((x) => foldOf(x.story) !== fold), s.positive, s.weightOf), options);
      s.examples.forEach((x, i) => { if (foldOf(x.story) === fold) scores[i] = predictLogistic(model, x.features); });
    }
    return scores;
  };
  return [...(s.penalties ?? PENALTIES)].sort((a, b) => a - b).map((l2) => {
    const scores = outOfFold({ l2, minCount: s.minCount ?? MIN_COUNT });
    const curve: PenaltyCurve = {
      l2, off: pooledF1(s, scores, OFF, groups),
      f1: s.thresholds.map((t) => pooledF1(s, scores, t, groups)),
      safe: s.thresholds.map((t) => groups.every((g) => f1(s.totalsAt(scores, t, g)) >= f1(s.totalsAt(scores, OFF, g)) - s.guard)),
    };
    return { curve, scores };
  });
}

/** The L2 penalty and threshold chosen out of fold (steady-choice.ts); prints each penalty's peak and each group's F1 before and after. */
export function searchPenaltyAndThreshold<T extends Example>(s: Search<T>): { l2: number; threshold: number } {
  const groups = [...new Set(s.examples.map(groupOf))].sort();
  const log = s.log ?? console.log;
  const scored = penaltyCurves(s);
  const curves = scored.map((x) => x.curve);
  const width = s.smoothing ?? SMOOTHING;
  const chosen = steadyChoice(curves, s.penaltyTie ?? PENALTY_TIE, width);
  const threshold = chosen.at < 0 ? OFF : s.thresholds[chosen.at];
  const scores = scored.find((x) => x.curve.l2 === chosen.l2)!.scores;
  for (const c of curves) {
    const raw = Math.max(...c.f1.filter((_, i) => c.safe[i]), c.off);
    log(`l2 ${String(c.l2).padEnd(4)} out-of-fold F1 off ${c.off.toFixed(4)}, best safe threshold ${raw.toFixed(4)}${c.l2 === chosen.l2 ? `; chosen: threshold ${threshold}, smoothed ${chosen.smoothed.toFixed(4)}` : ''}`);
  }
  for (const g of [...groups, 'all']) {
    const before = s.totalsAt(scores, OFF, g);
    const after = s.totalsAt(scores, threshold, g);
    const weight = s.weightOf && g !== 'all' ? ` (weight ${s.weightOf(g).toFixed(2)})` : '';
    log(`${g.padEnd(16)} F1 ${f1(before).toFixed(3)} -> ${f1(after).toFixed(3)}  found ${before.found} -> ${after.found}, false ${before.false} -> ${after.false}, predicted ${before.predicted} -> ${after.predicted}${weight}`);
  }
  return { l2: chosen.l2, threshold };
}

/** The model fitted on every example with the chosen penalty (and the search's group weights, if any). */
export function fitAll<T extends Example>(examples: readonly T[], positive: (x: T) => boolean, l2: number, weightOf?: (group: string) => number, minCount = MIN_COUNT): ReturnType<typeof fitLogistic> {
  return fitLogistic(asTraining(examples, positive, weightOf), { l2, minCount });
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
