/**
 * Training half of the linear models: a multiclass perceptron whose weights are averaged over
 * every update (Collins 2002), stored densely per feature row while training and exported sparse
 * and quantized for `LinearModel`.
 */
import type { LinearModelData } from '../../src/ml/linear-model.js';

export class AveragedPerceptron {
  readonly classes: readonly string[];
  private readonly width: number;
  private readonly rows = new Map<number, number>();
  private weights: Float32Array;
  /** Sum of step × update, so that the average is weights − cumulative / steps. */
  private cumulative: Float64Array;
  private steps = 1;

  constructor(classes: readonly string[], initialRows = 1 << 16) {
    this.classes = classes;
    this.width = classes.length;
    this.weights = new Float32Array(initialRows * this.width);
    this.cumulative = new Float64Array(initialRows * this.width);
  }

  /** Add current weights of the features into scores (zeroed by the caller). */
  score(features: Uint32Array, count: number, scores: Float32Array): void {
    const w = this.weights;
    const width = this.width;
    for (let f = 0; f < count; f++) {
      const row = this.rows.get(features[f]);
      if (row === undefined) continue;
      const base = row * width;
      for (let c = 0; c < width; c++) scores[c] += w[base + c];
    }
  }

  /** Count one training example (advances the averaging clock). */
  tick(): void {
    this.steps++;
  }

  /** Move weights toward `truth` and away from `guess` for these features. */
  update(features: Uint32Array, count: number, truth: number, guess: number, amount = 1): void {
    if (truth === guess) return;
    for (let f = 0; f < count; f++) {
      const base = this.rowOf(features[f]) * this.width;
      this.weights[base + truth] += amount;
      this.cumulative[base + truth] += this.steps * amount;
      this.weights[base + guess] -= amount;
      this.cumulative[base + guess] -= this.steps * amount;
    }
  }

  private rowOf(key: number): number {
    let row = this.rows.get(key);
    if (row !== undefined) return row;
    row = this.rows.size;
    this.rows.set(key, row);
    if ((row + 1) * this.width > this.weights.length) {
      const grownWeights = new Float32Array(this.weights.length * 2);
      grownWeights.set(this.weights);
      this.weights = grownWeights;
      const grownCumulative = new Float64Array(this.cumulative.length * 2);
      grownCumulative.set(this.cumulative);
      this.cumulative = grownCumulative;
    }
    return row;
  }

  /**
   * Averaged weights, quantized to int16 with one scale for the whole model. Averaged weights
   * smaller than `minWeight` (in update units: 1 is one perceptron step) are dropped, which prunes
   * most features seen only once or twice, and rows left empty are not stored.
   */
  export(minWeight: number): LinearModelData {
    const width = this.width;
    const average = (row: number, c: number) => this.weights[row * width + c] - this.cumulative[row * width + c] / this.steps;
    let max = 0;
    for (const row of this.rows.values()) for (let c = 0; c < width; c++) max = Math.max(max, Math.abs(average(row, c)));
    const scale = max > 0 ? 32767 / max : 1;
    const keys: number[] = [];
    const offsets: number[] = [0];
    const entryClass: number[] = [];
    const entryWeight: number[] = [];
    // Sorted keys make the file independent of Map insertion order.
    const ordered = [...this.rows.entries()].sort((a, b) => a[0] - b[0]);
    for (const [key, row] of ordered) {
      const before = entryClass.length;
      for (let c = 0; c < width; c++) {
        const value = average(row, c);
        const q = Math.round(value * scale);
        if (Math.abs(value) < minWeight || q === 0) continue;
        entryClass.push(c);
        entryWeight.push(q);
      }
      if (entryClass.length === before) continue;
      keys.push(key);
      offsets.push(entryClass.length);
    }
    return {
      classes: this.classes,
      keys: Uint32Array.from(keys),
      offsets: Uint32Array.from(offsets),
      entryClass: Uint16Array.from(entryClass),
      entryWeight: Int16Array.from(entryWeight),
    };
  }
}

/** Shuffle in place with the given generator. */
export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}
