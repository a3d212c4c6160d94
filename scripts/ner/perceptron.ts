/**
 * Averaged structured perceptron over hashed feature keys (Collins 2002). Rows are allocated the
 * first time a feature is updated; averaging uses the accumulated-update trick (w − u / c), so an
 * update costs O(features) and no per-step averaging pass is needed.
 */
import type { LinearModelData } from '../../src/ml/linear-model.js';
import { LABEL_COUNT } from '../../src/stages/entities/labels.js';
import { NER_CLASSES } from '../../src/stages/entities/model.js';
import type { Scorer } from '../../src/ml/linear-model.js';

export class Perceptron implements Scorer {
  private readonly rows = new Map<number, number>();
  private w = new Float32Array(1 << 20);
  private u = new Float64Array(1 << 20);
  /** Averaged weights, when `average()` has been called; scoring then uses them. */
  private avg: Float32Array | undefined;
  /** Update counter (one tick per token). */
  c = 1;

  addScores(keys: Uint32Array, from: number, to: number, scores: Float64Array): void {
    const weights = this.avg ?? this.w;
    for (let k = from; k < to; k++) {
      const row = this.rows.get(keys[k]);
      if (row === undefined) continue;
      const base = row * LABEL_COUNT;
      for (let y = 0; y < LABEL_COUNT; y++) scores[y] += weights[base + y];
    }
  }

  /** Move the weights of keys towards `gold` and away from `predicted`. */
  update(keys: Uint32Array, from: number, to: number, gold: number, predicted: number): void {
    for (let k = from; k < to; k++) {
      const base = this.row(keys[k]) * LABEL_COUNT;
      this.w[base + gold] += 1;
      this.u[base + gold] += this.c;
      this.w[base + predicted] -= 1;
      this.u[base + predicted] -= this.c;
    }
  }

  private row(key: number): number {
    let row = this.rows.get(key);
    if (row === undefined) {
      row = this.rows.size;
      this.rows.set(key, row);
      if ((row + 1) * LABEL_COUNT > this.w.length) {
        const w = new Float32Array(this.w.length * 2);
        w.set(this.w);
        this.w = w;
        const u = new Float64Array(this.u.length * 2);
        u.set(this.u);
        this.u = u;
      }
    }
    return row;
  }

  /** Switch scoring to the averaged weights (call `resume()` to keep training). */
  average(): void {
    const n = this.rows.size * LABEL_COUNT;
    const avg = new Float32Array(n);
    for (let i = 0; i < n; i++) avg[i] = this.w[i] - this.u[i] / this.c;
    this.avg = avg;
  }

  resume(): void {
    this.avg = undefined;
  }

  /**
   * Quantise the averaged weights to int16 with one global scale, dropping weights that round to
   * zero or whose magnitude is below `minMagnitude`, and features left with none (int8 cost 10 F1 points: averaged weights are mostly tiny). Keys come out sorted, so the output is deterministic.
   */
  quantise(minMagnitude = 0): { weights: LinearModelData; scale: number } {
    if (!this.avg) this.average();
    const avg = this.avg as Float32Array;
    let top = 0;
    for (const v of avg) top = Math.max(top, Math.abs(v));
    const scale = (top || 1) / 32767;
    const keys: number[] = [];
    const starts: number[] = [0];
    const labels: number[] = [];
    const weights: number[] = [];
    for (const [key, row] of [...this.rows].sort((a, b) => a[0] - b[0])) {
      const before = labels.length;
      for (let y = 0; y < LABEL_COUNT; y++) {
        const v = avg[row * LABEL_COUNT + y];
        const q = Math.round(v / scale);
        if (q !== 0 && Math.abs(v) >= minMagnitude) {
          labels.push(y);
          weights.push(q);
        }
      }
      if (labels.length > before) {
        keys.push(key);
        starts.push(labels.length);
      }
    }
    return {
      weights: { classes: NER_CLASSES, keys: Uint32Array.from(keys), offsets: Uint32Array.from(starts), entryClass: Uint16Array.from(labels), entryWeight: Int16Array.from(weights) },
      scale,
    };
  }

  get size(): number {
    return this.rows.size;
  }
}
