import { describe, expect, it } from 'vitest';
import { loadPosModel } from './pos-model.js';
import { MAX_TAG_FEATURES, NO_TAG, labelFeatures } from './tag-features.js';
import { TagPairRows } from './tag-pair-rows.js';

describe('TagPairRows', () => {
  it('sum the previous tags\' keys once per pair, the start of a sentence a pair of its own', () => {
    const { model } = loadPosModel().tagger;
    const rows = new TagPairRows(model);
    const pairs: [number, number][] = [[NO_TAG, NO_TAG], [3, NO_TAG], [3, 7], [7, 3]];
    const at = pairs.map(([prev1, prev2]) => rows.rowAt(prev1, prev2));
    expect(new Set(at).size).toBe(pairs.length);
    pairs.forEach(([prev1, prev2], p) => {
      expect(rows.rowAt(prev1, prev2)).toBe(at[p]);
      const keys = new Uint32Array(MAX_TAG_FEATURES);
      const scores = new Float64Array(model.classes.length);
      model.addScores(keys, 0, labelFeatures(prev1, prev2, keys, 0), scores);
      expect(Array.from(rows.table.subarray(at[p], at[p] + scores.length))).toEqual(Array.from(scores));
    });
  });

  it('keep their rows through growing past their first room', () => {
    const { model } = loadPosModel().tagger;
    const rows = new TagPairRows(model);
    const first = Array.from(rows.table.subarray(rows.rowAt(5, 6), rows.rowAt(5, 6) + model.classes.length));
    for (let prev2 = 0; prev2 < 100; prev2++) rows.rowAt(9, prev2);
    expect(Array.from(rows.table.subarray(rows.rowAt(5, 6), rows.rowAt(5, 6) + model.classes.length))).toEqual(first);
  });
});
