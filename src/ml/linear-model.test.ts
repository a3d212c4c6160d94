import { describe, expect, it } from 'vitest';
import { LinearModel } from './linear-model.js';

const model = new LinearModel({
  classes: ['a', 'b', 'c'],
  keys: Uint32Array.from([0, 0xffffffff, 17]),
  offsets: Uint32Array.from([0, 1, 3, 3]),
  entryClass: Uint16Array.from([2, 0, 1]),
  entryWeight: Int16Array.from([-32768, 32767, -5]),
});

describe('LinearModel', () => {
  it('adds the weights of known keys, including 0 and keys above 2^31', () => {
    const scores = new Float64Array(3);
    model.addScores(Uint32Array.from([0, 0xffffffff]), 0, 2, scores);
    expect(Array.from(scores)).toEqual([32767, -5, -32768]);
  });

  it('ignores unknown keys and rows without weights', () => {
    const scores = new Float64Array(3);
    model.addScores(Uint32Array.from([5, 17, 123456]), 0, 3, scores);
    expect(Array.from(scores)).toEqual([0, 0, 0]);
  });

  it('reads only keys[from…to)', () => {
    const scores = new Float64Array(3);
    model.addScores(Uint32Array.from([0, 0xffffffff, 0]), 1, 2, scores);
    expect(Array.from(scores)).toEqual([32767, -5, 0]);
  });

  it('reports its size', () => {
    expect(model.size).toEqual({ rows: 3, weights: 3 });
  });
});
