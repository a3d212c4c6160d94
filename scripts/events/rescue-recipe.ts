/**
 * The learned rescue's training recipe, apart from its script so that the cross-fit (cross-fit.ts) trains each fold
 * exactly as `npm run train:event-rescue` trains the shipped model: the L2 penalty and the threshold chosen together
 * out of fold (fold-search.ts), each trigger's best-scored reading alone competing, among the pairs that lower no
 * group's F1 by more than the guard, by the plain argmax unless told otherwise (RESCUE_CHOICE); then one fit on every
 * example. With no pair that gains, nothing is kept.
 */
import type { EventRescueModel } from '../../src/stages/events/event-rescue.js';
import type { RescueExample } from './event-rescue-data.js';
import { baseTotals, fitAll, groupOf, searchPenaltyAndThreshold, type GroupTotals } from './fold-search.js';

/** From 0.2: keeping an event raises F1 when its chance of filling an item exceeds about half the F1 (~0.28 here). */
const THRESHOLDS = Array.from({ length: 76 }, (_, i) => Number((0.2 + i * 0.01).toFixed(2)));
/**
 * The most a group's out-of-fold F1 may fall for a pair to be chosen, by default. None: with the filter's 0.005 the
 * search took threshold 0.2, whose extra readout events cost the held-out readouts 0.02.
 */
export const RESCUE_GUARD = 0;

export interface RescueTraining {
  readonly examples: readonly RescueExample[];
  /** Each group's reference totals before the rescue acts (the rules' own output). */
  readonly totals: ReadonlyMap<string, GroupTotals>;
  readonly guard?: number;
  readonly penalties?: readonly number[];
  /** The thresholds the search may choose among (THRESHOLDS when absent; one value holds the threshold fixed). */
  readonly thresholds?: readonly number[];
  /** The fewest examples a feature must occur in to get a weight (fold-search.ts MIN_COUNT when absent). */
  readonly minCount?: number;
  /**
   * steady-choice.ts's smoothing width and penalty tie; absent, 0 and 0, the plain argmax the shipped model was chosen
   * by (RESCUE_CHOICE): the steady choice was measured for the filter only, and on the rescue's curves its search
   * took its range's edge.
   */
  readonly smoothing?: number;
  readonly penaltyTie?: number;
  readonly log?: (line: string) => void;
}

/** The rescue's choice when not given one: the plain argmax of sessions 34–38 (steady-choice.ts with no smoothing and no tie). */
export const RESCUE_CHOICE = { smoothing: 0, penaltyTie: 0 } as const;

export const fillsItem = (x: RescueExample): boolean => x.dFound > 0;

/** The rescue model the recipe makes from `t`, with the penalty and threshold it chose. */
export function trainRescue(t: RescueTraining): { model: EventRescueModel; l2: number; threshold: number } {
  const { examples, totals } = t;
  // Each trigger's best-scored reading: the only one the rescue may keep.
  const bestReadings = (scores: Float64Array): number[] => {
    const best = new Map<string, number>();
    examples.forEach((x, i) => {
      const key = `${x.docId}\u0000${x.trigger}`;
      const at = best.get(key);
      if (at === undefined || scores[i] > scores[at]) best.set(key, i);
    });
    return [...best.values()];
  };
  // The reference totals of `group` ('all' for every group) when each trigger's best reading scored at or above `threshold` is kept.
  const totalsAt = (scores: Float64Array, threshold: number, group: string): GroupTotals => {
    const sum = baseTotals(totals, group);
    for (const i of bestReadings(scores)) {
      const x = examples[i];
      if ((group !== 'all' && groupOf(x) !== group) || scores[i] < threshold) continue;
      sum.predicted += 1; sum.found += x.dFound; sum.false += x.dFalse;
    }
    return sum;
  };
  const best = searchPenaltyAndThreshold({
    examples, positive: fillsItem, thresholds: t.thresholds ?? THRESHOLDS, guard: t.guard ?? RESCUE_GUARD, totalsAt,
    smoothing: t.smoothing ?? RESCUE_CHOICE.smoothing, penaltyTie: t.penaltyTie ?? RESCUE_CHOICE.penaltyTie,
    ...(t.penalties ? { penalties: t.penalties } : {}), ...(t.minCount ? { minCount: t.minCount } : {}), ...(t.log ? { log: t.log } : {}),
  });
  const fitted = fitAll(examples, fillsItem, best.l2, undefined, t.minCount);
  return { model: { bias: fitted.bias, weights: fitted.weights, threshold: best.threshold }, ...best };
}
