import { describe, expect, it } from 'vitest';
import { pruneWeights } from './prune-weights.js';

const data = {
  classes: ['a', 'b', 'c'],
  keys: Uint32Array.from([30, 10, 20]),
  offsets: Uint32Array.from([0, 2, 3, 5]),
  entryClass: Uint16Array.from([0, 2, 1, 0, 1]),
  entryWeight: Int16Array.from([-600, 100, 511, 512, -512]),
};

describe('pruneWeights', () => {
  it('drops weights below the threshold in absolute value and rows left empty, sorting rows by key', () => {
    const pruned = pruneWeights(data, 512);
    expect(Array.from(pruned.keys)).toEqual([20, 30]);
    expect(Array.from(pruned.offsets)).toEqual([0, 2, 3]);
    expect(Array.from(pruned.entryClass)).toEqual([0, 1, 0]);
    expect(Array.from(pruned.entryWeight)).toEqual([512, -512, -600]);
    expect(pruned.classes).toBe(data.classes);
  });

  it('keeps every weight at threshold 0 and changes nothing when applied twice', () => {
    expect(pruneWeights(data, 0).entryWeight.length).toBe(5);
    const once = pruneWeights(data, 512);
    expect(pruneWeights(once, 512)).toEqual(once);
  });
});
