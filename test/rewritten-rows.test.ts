import { describe, expect, it } from 'vitest';
import { LinearModel, type LinearModelData } from '../src/ml/linear-model.js';
import { checkRowScores, rowsWithout } from '../scripts/syntax/rewritten-rows.js';

// Three rows over two classes, stored out of key order as a trainer may export them.
const data: LinearModelData = {
  classes: ['a', 'b'],
  keys: Uint32Array.from([30, 10, 20]),
  offsets: Uint32Array.from([0, 2, 3, 5]),
  entryClass: Uint16Array.from([0, 1, 1, 0, 1]),
  entryWeight: Int16Array.from([3, -4, 7, 5, 6]),
};

describe('rowsWithout (drop-retired-rows.ts)', () => {
  it('drops the named rows and keeps the others, in key order, with their weights', () => {
    const out = rowsWithout(data, new Set([20]));
    expect([...out.keys]).toEqual([10, 30]);
    expect([...out.offsets]).toEqual([0, 1, 3]);
    expect([...out.entryClass]).toEqual([1, 0, 1]);
    expect([...out.entryWeight]).toEqual([7, 3, -4]);
  });
});

describe('checkRowScores', () => {
  const before = new LinearModel(data);
  const dropped = new Set([20]);

  it('passes a rewrite whose kept rows score as before and whose dropped rows score nothing', () => {
    expect(() => checkRowScores('deps.bin labels.', before, new LinearModel(rowsWithout(data, dropped)), 2, data.keys, dropped)).not.toThrow();
  });

  it('refuses a rewrite that kept a dropped row, naming the model, row and class (E1251)', () => {
    expect(() => checkRowScores('deps.bin labels.', before, before, 2, data.keys, dropped))
      .toThrow('E1251: Rewritten model deps.bin labels.: row 20 gives class 0 the score 5 (before the rewrite 5; expected 0).');
  });

  it('passes a relayout of the same rows (nothing dropped)', () => {
    expect(() => checkRowScores('deps.bin actions.', before, new LinearModel(rowsWithout(data, new Set())), 2, data.keys)).not.toThrow();
  });

  it('refuses a rewrite that lost a kept row (E1251)', () => {
    expect(() => checkRowScores('deps.bin actions.', before, new LinearModel(rowsWithout(data, new Set([10, 20]))), 2, data.keys, dropped)).toThrow('E1251: Rewritten model deps.bin actions.: row 10 gives class 1 the score 0 (before the rewrite 7; expected 7).');
  });
});
