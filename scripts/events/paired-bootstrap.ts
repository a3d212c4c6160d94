/**
 * A paired bootstrap of the F1 difference between two codings of the same articles (Efron and Tibshirani 1993; Koehn
 * 2004 for its use in NLP): articles are drawn with replacement, both codings are scored on each draw, and the spread
 * of the differences says whether a gain is larger than the choice of articles could make it. Session 37 (ev-filter)
 * used it to judge filter retrains on unseen training gold, where one found item of a check folder is 0.02.
 */
import { prfOf, type Tally } from '../../eval/events/newsdev.js';

export interface BootstrapResult {
  /** F1 of `other` minus F1 of `base` on all the articles. */
  readonly diff: number;
  /** The 2.5% and 97.5% points of the resampled differences. */
  readonly low: number;
  readonly high: number;
  /** The share of resamples where `other` does not beat `base`. */
  readonly notAbove: number;
}

function f1Of(tallies: readonly Tally[], draw: readonly number[]): number {
  const t: Tally = { required: 0, found: 0, predicted: 0, false: 0 };
  for (const i of draw) {
    t.required += tallies[i].required; t.found += tallies[i].found; t.predicted += tallies[i].predicted; t.false += tallies[i].false;
  }
  return prfOf(t).f1;
}

/** A small deterministic generator (mulberry32), so that a result can be repeated. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `base` and `other` hold one tally per article, in the same order. */
export function pairedBootstrap(base: readonly Tally[], other: readonly Tally[], resamples = 4000, seed = 1): BootstrapResult {
  const n = base.length;
  const all = Array.from({ length: n }, (_, i) => i);
  const random = generator(seed);
  const diffs: number[] = [];
  for (let k = 0; k < resamples; k++) {
    const draw = all.map(() => Math.floor(random() * n));
    diffs.push(f1Of(other, draw) - f1Of(base, draw));
  }
  diffs.sort((x, y) => x - y);
  const at = (q: number) => diffs[Math.min(resamples - 1, Math.floor(q * resamples))];
  return { diff: f1Of(other, all) - f1Of(base, all), low: at(0.025), high: at(0.975), notAbove: diffs.filter((d) => d <= 0).length / resamples };
}
