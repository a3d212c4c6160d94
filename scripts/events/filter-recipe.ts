/**
 * The event filter's training recipe, apart from its script so that the cross-fit (cross-fit.ts) trains each fold
 * exactly as `npm run train:event-filter` trains the shipped model: the L2 penalty and the threshold chosen together
 * out of fold (fold-search.ts) among the pairs that lower no group's F1 by more than GUARD, on smoothed curves with
 * the stronger penalty winning a near tie (steady-choice.ts), then one fit on every example. With no pair that gains, the threshold is above 1 and the filter turns nothing down.
 */
import type { EventFilterModel } from '../../src/stages/events/event-filter.js';
import type { FilterExample } from './event-filter-data.js';
import { baseTotals, fitAll, groupOf, searchPenaltyAndThreshold, type GroupTotals, type Search } from './fold-search.js';

const THRESHOLDS = Array.from({ length: 46 }, (_, i) => Number((0.5 + i * 0.01).toFixed(2)));
/** The most a group's out-of-fold F1 may fall for a pair to be chosen. */
const GUARD = 0.005;
/**
 * The L2 penalties tried. Session 38 (ev-learn, cross-fit.ts): on 2,229 training articles the search among 2-16 took 4,
 * whose model lost on unseen text (check and held-out -1 to -3 items a folder); from 16 up it gained there.
 */
export const FILTER_PENALTIES: readonly number[] = [16, 32, 64];

export interface FilterTraining {
  readonly examples: readonly FilterExample[];
  /** Each group's reference totals before the filter acts (the rules, rescue and statement-content step: before-filter.ts). */
  readonly totals: ReadonlyMap<string, GroupTotals>;
  /** How much each group counts (`--weigh`); absent, every example once. */
  readonly weightOf?: (group: string) => number;
  /** The L2 penalties to try (FILTER_PENALTIES when absent). */
  readonly penalties?: readonly number[];
  /** steady-choice.ts's smoothing width and penalty tie (its defaults when absent). */
  readonly smoothing?: number;
  readonly penaltyTie?: number;
  readonly log?: (line: string) => void;
}

export const isFalseEvent = (x: FilterExample): boolean => x.dFalse > 0;

/** The recipe's search over penalties and thresholds on `t` (fold-search.ts). */
export function filterSearch(t: FilterTraining): Search<FilterExample> {
  const { examples, totals } = t;
  // The reference totals of `group` ('all' for every group) when every example scored at or above `threshold` is dropped.
  const totalsAt = (scores: Float64Array, threshold: number, group: string): GroupTotals => {
    const sum = baseTotals(totals, group);
    examples.forEach((x, i) => {
      if ((group !== 'all' && groupOf(x) !== group) || scores[i] < threshold) return;
      sum.predicted -= 1; sum.found -= x.dFound; sum.false -= x.dFalse;
    });
    return sum;
  };
  return {
    examples, positive: isFalseEvent, thresholds: THRESHOLDS, guard: GUARD, totalsAt,
    penalties: t.penalties ?? FILTER_PENALTIES, smoothing: t.smoothing, penaltyTie: t.penaltyTie, ...(t.weightOf ? { weightOf: t.weightOf } : {}), ...(t.log ? { log: t.log } : {}),
  };
}

/** The filter model the recipe makes from `t`, with the penalty and threshold it chose. */
export function trainFilter(t: FilterTraining): { model: EventFilterModel; l2: number; threshold: number } {
  const best = searchPenaltyAndThreshold(filterSearch(t));
  const fitted = fitAll(t.examples, isFalseEvent, best.l2, t.weightOf);
  return { model: { bias: fitted.bias, weights: fitted.weights, threshold: best.threshold }, ...best };
}
