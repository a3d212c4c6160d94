/** Pruning of a trained linear model's small weights (#13), for the trainers and for re-encoding shipped models. */
import type { LinearModelData } from './linear-model.js';

/**
 * `data` without its weights smaller than `min` in absolute value (quantised units); rows left
 * without weights are dropped and rows come out sorted by key, as a trainer's export has them.
 */
export function pruneWeights(data: LinearModelData, min: number): LinearModelData {
  const order = Array.from(data.keys.keys()).sort((a, b) => data.keys[a] - data.keys[b]);
  const keys: number[] = [];
  const offsets = [0];
  const entryClass: number[] = [];
  const entryWeight: number[] = [];
  for (const r of order) {
    const before = entryClass.length;
    for (let e = data.offsets[r]; e < data.offsets[r + 1]; e++) {
      if (Math.abs(data.entryWeight[e]) < min) continue;
      entryClass.push(data.entryClass[e]);
      entryWeight.push(data.entryWeight[e]);
    }
    if (entryClass.length === before) continue;
    keys.push(data.keys[r]);
    offsets.push(entryClass.length);
  }
  return {
    classes: data.classes,
    keys: Uint32Array.from(keys),
    offsets: Uint32Array.from(offsets),
    entryClass: Uint16Array.from(entryClass),
    entryWeight: Int16Array.from(entryWeight),
  };
}
