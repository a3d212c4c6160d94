/**
 * The choice of a learned step's L2 penalty and threshold from their out-of-fold F1 curves (fold-search.ts), made
 * steady. Session 38's plain argmax over 3 penalties × 46 thresholds moved from L2 16, threshold 0.76 to L2 32, 0.72
 * when four of 2,229 articles were removed, and the cross-fit's fold models wandered from 0.64 to 0.87: the curve is
 * jagged at the scale of one item, and its highest point is partly noise. So each curve is smoothed (the mean over
 * SMOOTHING thresholds each side) before its peak is taken, and a stronger penalty wins any near tie (PENALTY_TIE):
 * on unseen text the stronger penalties have gained (session 38: L2 16 and up against 4).
 */
import { DyadError } from '../../src/core/errors.js';

/** Thresholds each side whose out-of-fold F1 is averaged with a threshold's own (0.01 apart: a window of 0.07). */
export const SMOOTHING = 3;
/** A stronger penalty is chosen when its smoothed F1 is at most this far below the best (about 4 items of ~2,000). */
export const PENALTY_TIE = 0.002;

/**
 * The `--smoothing W` and `--penalty-tie T` options as numbers (absent: the defaults, undefined). A width is a whole
 * number of thresholds and a tie an F1 margin, both at least 0; anything else is refused (E1020, naming the option).
 */
export function choiceOptions(smoothing: string | undefined, penaltyTie: string | undefined): { smoothing?: number; penaltyTie?: number } {
  const numberOf = (option: string, raw: string | undefined, whole: boolean): number | undefined => {
    if (raw === undefined) return undefined;
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(value) || value < 0 || (whole && !Number.isInteger(value))) {
      throw new DyadError('E1020', { option, problem: `is "${raw}", not ${whole ? 'a whole number' : 'a finite number'} of at least 0` });
    }
    return value;
  };
  return { smoothing: numberOf('--smoothing', smoothing, true), penaltyTie: numberOf('--penalty-tie', penaltyTie, false) };
}

/** One penalty's out-of-fold curve: F1 over all groups at each threshold, and whether no group falls by more than the guard there. */
export interface PenaltyCurve {
  readonly l2: number;
  readonly f1: readonly number[];
  readonly safe: readonly boolean[];
  /** F1 with the step doing nothing. */
  readonly off: number;
}

export interface SteadyChoice {
  readonly l2: number;
  /** Index into the thresholds, or -1 for none (the step does nothing). */
  readonly at: number;
  /** The smoothed F1 at the choice (`off` when the step does nothing). */
  readonly smoothed: number;
}

/** The mean of `values` over `SMOOTHING` places each side of each place (fewer at the ends). */
export function smooth(values: readonly number[], width: number = SMOOTHING): number[] {
  return values.map((_, i) => {
    const window = values.slice(Math.max(0, i - width), i + width + 1);
    return window.reduce((a, b) => a + b, 0) / window.length;
  });
}

/** Each curve's best safe threshold on its smoothed curve, or none when nothing beats doing nothing. */
export function peakOf(curve: PenaltyCurve, width: number = SMOOTHING): SteadyChoice {
  const smoothed = smooth(curve.f1, width);
  let best: SteadyChoice = { l2: curve.l2, at: -1, smoothed: curve.off };
  smoothed.forEach((v, i) => { if (curve.safe[i] && v > best.smoothed + 1e-9) best = { l2: curve.l2, at: i, smoothed: v }; });
  return best;
}

/** The strongest penalty whose peak is within PENALTY_TIE of the best peak, at that peak; with no penalty tried, none (the step does nothing). */
export function steadyChoice(curves: readonly PenaltyCurve[], tie: number = PENALTY_TIE, width: number = SMOOTHING): SteadyChoice {
  if (!curves.length) return { l2: 0, at: -1, smoothed: 0 };
  const peaks = curves.map((c) => peakOf(c, width));
  const top = Math.max(...peaks.map((p) => p.smoothed));
  return peaks.filter((p) => p.smoothed >= top - tie).reduce((a, b) => (b.l2 > a.l2 ? b : a));
}
