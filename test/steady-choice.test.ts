import { describe, expect, it } from 'vitest';
import type { RescueExample } from '../scripts/events/event-rescue-data.js';
import { RESCUE_CHOICE, trainRescue } from '../scripts/events/rescue-recipe.js';
import { choiceOptions, peakOf, smooth, steadyChoice, type PenaltyCurve } from '../scripts/events/steady-choice.js';

// The steady choice of a learned step's penalty and threshold (scripts/events/steady-choice.ts).
const curve = (l2: number, f1: number[], off = 0.5, safe = f1.map(() => true)): PenaltyCurve => ({ l2, f1, safe, off });

describe('smooth', () => {
  it('averages each place with its neighbours, fewer at the ends', () => {
    expect(smooth([0, 3, 0, 3], 1)).toEqual([1.5, 1, 2, 1.5]);
  });
});

describe('peakOf', () => {
  it('takes the middle of a broad rise, not a lone spike beside it', () => {
    const f1 = [0.5, 0.5, 0.6, 0.5, 0.5, 0.54, 0.55, 0.56, 0.55, 0.54];
    expect(peakOf(curve(16, f1), 0).at).toBe(2);
    expect(peakOf(curve(16, f1), 1).at).toBe(7);
  });

  it('skips thresholds where a group falls, and does nothing when nothing beats doing nothing', () => {
    expect(peakOf(curve(16, [0.6, 0.55], 0.5, [false, true]), 0).at).toBe(1);
    expect(peakOf(curve(16, [0.49, 0.5], 0.5), 0)).toEqual({ l2: 16, at: -1, smoothed: 0.5 });
  });
});

describe('steadyChoice', () => {
  it('prefers the stronger penalty within the tie, the better one beyond it', () => {
    const weak = curve(16, [0.6, 0.62]);
    const strong = curve(64, [0.6, 0.619]);
    expect(steadyChoice([weak, strong], 0.002, 0).l2).toBe(64);
    expect(steadyChoice([weak, strong], 0, 0)).toEqual({ l2: 16, at: 1, smoothed: 0.62 });
  });

  it('turns nothing down when no penalty gains', () => {
    expect(steadyChoice([curve(16, [0.4]), curve(32, [0.45])]).at).toBe(-1);
  });
});

describe('steadyChoice with no penalty', () => {
  it('chooses nothing rather than failing', () => {
    expect(steadyChoice([])).toEqual({ l2: 0, at: -1, smoothed: 0 });
  });
});

describe('choiceOptions', () => {
  it('reads the options as numbers, and leaves absent ones to the defaults', () => {
    expect(choiceOptions('0', '0.004')).toEqual({ smoothing: 0, penaltyTie: 0.004 });
    expect(choiceOptions(undefined, undefined)).toEqual({ smoothing: undefined, penaltyTie: undefined });
  });

  it('refuses a width or tie that is not finite, negative, or (a width) not whole, naming the option (E1020)', () => {
    expect(() => choiceOptions('-1', undefined)).toThrow('E1020: Cross-fit (scripts/events/cross-fit.ts): option --smoothing is "-1", not a whole number of at least 0.');
    expect(() => choiceOptions('1.5', undefined)).toThrow(/E1020: .*option --smoothing is "1\.5"/);
    expect(() => choiceOptions(undefined, 'Infinity')).toThrow('E1020: Cross-fit (scripts/events/cross-fit.ts): option --penalty-tie is "Infinity", not a finite number of at least 0.');
    expect(() => choiceOptions(undefined, 'abc')).toThrow(/option --penalty-tie is "abc"/);
    expect(() => choiceOptions(undefined, '-0.1')).toThrow(/option --penalty-tie is "-0\.1"/);
  });
});

describe('trainRescue\'s choice', () => {
  // Triggers of three kinds: most "good" ones fill an item, few "mid" ones do (below what F1 needs), no "bad" one.
  const examples: RescueExample[] = [];
  for (const [kind, fills] of [['good', 36], ['mid', 6], ['bad', 0]] as const) {
    for (let i = 0; i < 40; i++) {
      const fill = i < fills;
      examples.push({ group: 'train/reuters', docId: `${kind}${i}`, story: `${kind}${i}`, rule: 'r', trigger: 0, event: 'E', features: [kind], dFound: fill ? 1 : 0, dFalse: fill ? 0 : 1 });
    }
  }
  const training = { examples, totals: new Map([['train/reuters', { required: 100, found: 50, predicted: 100, false: 50 }]]), penalties: [2, 4], log: () => {} };

  it('is the plain argmax unless told otherwise: the steady choice is the filter\'s, not inherited', () => {
    const steady = trainRescue({ ...training, smoothing: 3, penaltyTie: 0.002 });
    const plain = trainRescue({ ...training, ...RESCUE_CHOICE });
    expect(steady.threshold).not.toBe(plain.threshold);
    expect(trainRescue(training)).toEqual(plain);
    expect(trainRescue({ ...training, smoothing: undefined, penaltyTie: undefined })).toEqual(plain);
  });
});
