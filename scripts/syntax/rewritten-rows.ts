/**
 * A stored linear model rewritten without retraining (`drop-retired-rows.ts` takes rows out, `relayout-models.ts` lays
 * the same rows out anew), and the check that the rewrite did only that: every kept row scores as before, alone, and
 * every dropped row scores nothing.
 */
import { DyadError } from '../../src/core/errors.js';
import type { LinearModelData, Scorer } from '../../src/ml/linear-model.js';

/** `data` without the rows whose key is in `drop`, the kept rows in key order with their weights unchanged. */
export function rowsWithout(data: LinearModelData, drop: ReadonlySet<number>): LinearModelData {
  const keys: number[] = [];
  const offsets = [0];
  const entryClass: number[] = [];
  const entryWeight: number[] = [];
  const order = Array.from(data.keys.keys()).sort((a, b) => data.keys[a] - data.keys[b]);
  for (const r of order) {
    if (drop.has(data.keys[r])) continue;
    for (let e = data.offsets[r]; e < data.offsets[r + 1]; e++) {
      entryClass.push(data.entryClass[e]);
      entryWeight.push(data.entryWeight[e]);
    }
    keys.push(data.keys[r]);
    offsets.push(entryClass.length);
  }
  return { classes: data.classes, keys: Uint32Array.from(keys), offsets: Uint32Array.from(offsets), entryClass: Uint16Array.from(entryClass), entryWeight: Int16Array.from(entryWeight) };
}

/**
 * Score each of `keys` alone with the model before and after the rewrite: a kept key must give the same score for
 * every one of the `classes`, a `dropped` one zero; anything else throws E1251 naming the model, the key and the class.
 */
export function checkRowScores(model: string, before: Scorer, after: Scorer, classes: number, keys: Iterable<number>, dropped: ReadonlySet<number> = new Set()): void {
  const one = new Uint32Array(1);
  const a = new Float64Array(classes);
  const b = new Float64Array(classes);
  for (const key of keys) {
    one[0] = key;
    a.fill(0);
    b.fill(0);
    before.addScores(one, 0, 1, a);
    after.addScores(one, 0, 1, b);
    const gone = dropped.has(key);
    for (let c = 0; c < classes; c++) {
      const expected = gone ? 0 : a[c];
      if (b[c] !== expected) throw new DyadError('E1251', { model, key, class: c, before: a[c], after: b[c], expected });
    }
  }
}
