import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../scripts/seeded-random.js';
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

  it('is rebuilt from its layout without change', () => {
    const copy = new LinearModel(model.layout());
    const scores = new Float64Array(3);
    copy.addScores(Uint32Array.from([0, 0xffffffff, 17, 5]), 0, 4, scores);
    expect(Array.from(scores)).toEqual([32767, -5, -32768]);
    expect(copy.size).toEqual(model.size);
  });

  it('refuses a layout that is not whole slots', () => {
    expect(() => new LinearModel({ ...model.layout(), slots: new Int32Array(6) })).toThrow(RangeError);
  });
  it('scores like a plain lookup for many rows of every length, stored or not', () => {
    const random = seededRandom(7);
    const classes = Array.from({ length: 40 }, (_, c) => `c${c}`);
    const rows = new Map<number, [number, number][]>();
    while (rows.size < 5000) {
      const length = Math.floor(random() * random() * 12);
      rows.set(Math.floor(random() * 4294967296), Array.from({ length }, (_, i) => [(i * 7 + rows.size) % 40, Math.floor(random() * 65536) - 32768]));
    }
    const keys = [...rows.keys()];
    const entries = keys.flatMap((k) => rows.get(k)!);
    const offsets = [0];
    for (const k of keys) offsets.push(offsets[offsets.length - 1] + rows.get(k)!.length);
    const big = new LinearModel({
      classes,
      keys: Uint32Array.from(keys),
      offsets: Uint32Array.from(offsets),
      entryClass: Uint16Array.from(entries, ([c]) => c),
      entryWeight: Int16Array.from(entries, ([, w]) => w),
    });
    for (let trial = 0; trial < 200; trial++) {
      const query = Uint32Array.from({ length: 30 }, () => (random() < 0.5 ? keys[Math.floor(random() * keys.length)] : Math.floor(random() * 4294967296)));
      const expected = new Float64Array(40);
      for (const k of query) for (const [c, w] of rows.get(k) ?? []) expected[c] += w;
      const scores = new Float64Array(40);
      big.addScores(query, 0, query.length, scores);
      expect(scores).toEqual(expected);
    }
  });
});
