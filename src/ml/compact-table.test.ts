import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../scripts/seeded-random.js';
import { COMPACT_STRIDE } from './compact-table.js';
import { LinearModel, layOut, rowsOf, type LinearModelData } from './linear-model.js';
import { decodeModelFile, encodeModelFile, linearModelOf, linearModelSections } from './model-file.js';

type Row = [number, number][];

/** 5,000 random rows of every form: one weight, an opposite pair (either sign first), any other pair, longer rows, none. */
function mixedRows(classCount: number): { data: LinearModelData; rows: Map<number, Row> } {
  const random = seededRandom(13);
  const weight = () => (Math.floor(random() * 65535) - 32767) || 1;
  const rows = new Map<number, Row>();
  while (rows.size < 5000) {
    const c = Math.floor(random() * classCount);
    const d = (c + 1 + Math.floor(random() * (classCount - 1))) % classCount;
    const w = weight();
    const form = Math.floor(random() * 5);
    const row: Row =
      form === 0 ? [[c, w]]
      : form === 1 ? [[c, w], [d, -w]]
      : form === 2 ? [[c, w], [d, w === 1 ? 2 : 1]]
      : form === 3 ? Array.from({ length: 3 + Math.floor(random() * 20) }, (_, i) => [(c + i) % classCount, weight()])
      : [];
    rows.set(Math.floor(random() * 4294967296), row);
  }
  // The extremes: the most negative weight alone, the largest pair, keys 0 and 2^32 − 1.
  rows.set(0, [[classCount - 1, -32768]]);
  rows.set(0xffffffff, [[0, -32767], [classCount - 1, 32767]]);
  const keys = [...rows.keys()];
  const entries = keys.flatMap((k) => rows.get(k)!);
  const offsets = [0];
  for (const k of keys) offsets.push(offsets[offsets.length - 1] + rows.get(k)!.length);
  const data: LinearModelData = {
    classes: Array.from({ length: classCount }, (_, c) => `c${c}`),
    keys: Uint32Array.from(keys),
    offsets: Uint32Array.from(offsets),
    entryClass: Uint16Array.from(entries, ([c]) => c),
    entryWeight: Int16Array.from(entries, ([, w]) => w),
  };
  return { data, rows };
}

describe('compact linear model tables', () => {
  it.each([5, 51, 102, 128])('score like a plain lookup, rows of every form, stored or not (%i classes)', (classCount) => {
    const { data, rows } = mixedRows(classCount);
    const compact = new LinearModel(layOut(data, { ordered: true, compact: true }));
    expect(compact.layout().compact).toBe(true);
    const random = seededRandom(5);
    const keys = [...rows.keys()];
    for (let trial = 0; trial < 200; trial++) {
      const query = Uint32Array.from({ length: 30 }, () => (random() < 0.6 ? keys[Math.floor(random() * keys.length)] : Math.floor(random() * 4294967296)));
      const expected = new Float64Array(classCount);
      for (const k of query) for (const [c, w] of rows.get(k) ?? []) expected[c] += w;
      const scores = new Float64Array(classCount);
      compact.addScores(query, 0, query.length, scores);
      expect(scores).toEqual(expected);
    }
  });

  it('keep single weights and opposite pairs in the slot, every other row in the overflow', () => {
    const { data, rows } = mixedRows(40);
    const layout = new LinearModel(layOut(data, { ordered: true, compact: true })).layout();
    const inline = (row: Row) => row.length === 1 || (row.length === 2 && row[0][1] === -row[1][1]);
    const spilled = [...rows.values()].filter((row) => !inline(row)).reduce((n, row) => n + row.length, 0);
    expect(layout.overflow.length).toBe(spilled);
    expect(layout.slots.length % COMPACT_STRIDE).toBe(0);
    // The stored keys ascend (free slots, payload 0, hold the largest key).
    const slotCount = layout.slots.length / COMPACT_STRIDE;
    const stored = Array.from({ length: slotCount }, (_, i) => i).filter((i) => layout.slots[i * COMPACT_STRIDE + 1] !== 0).map((i) => layout.slots[i * COMPACT_STRIDE] >>> 0);
    expect(stored.length).toBe([...rows.values()].filter((row) => row.length > 0).length);
    expect(stored).toEqual([...stored].sort((a, b) => a - b));
  });

  it('give back the rows they were laid out from', () => {
    const { data, rows } = mixedRows(40);
    const back = rowsOf(new LinearModel(layOut(data, { ordered: true, compact: true })).layout());
    const sorted = (row: Row) => [...row].sort((a, b) => a[0] - b[0]);
    const found = new Map<number, Row>();
    back.keys.forEach((key, r) => {
      const row: Row = [];
      for (let e = back.offsets[r]; e < back.offsets[r + 1]; e++) row.push([back.entryClass[e], back.entryWeight[e]]);
      found.set(key, sorted(row));
    });
    expect(found).toEqual(new Map([...rows].filter(([, row]) => row.length > 0).map(([key, row]) => [key, sorted(row)])));
  });

  it('are stored and read back from a model file under a prefix', () => {
    const { data } = mixedRows(40);
    const file = linearModelSections(data, 'p.', { ordered: true, compact: true });
    expect(file.meta['p.compact']).toBe(true);
    const model = linearModelOf(decodeModelFile(encodeModelFile(file)), 'p.');
    expect(model.layout().compact).toBe(true);
    const scores = new Float64Array(40);
    model.addScores(Uint32Array.from([0, 0xffffffff]), 0, 2, scores);
    expect([scores[0], scores[39]]).toEqual([-32767, 32767 - 32768]);
  });

  it('leave a model of at most four classes dense, and refuse more than 128 classes', () => {
    const { data } = mixedRows(5);
    expect(layOut({ ...data, classes: ['a', 'b', 'c', 'd'], entryClass: data.entryClass.map((c) => c % 4) }, { ordered: true, compact: true }).dense).toBe(true);
    expect(() => layOut({ ...data, classes: Array.from({ length: 129 }, (_, c) => `c${c}`) }, { ordered: true, compact: true })).toThrow(RangeError);
  });

  it('refuse a compact layout that is not ordered', () => {
    const { data } = mixedRows(40);
    const { homeSlots, ...unordered } = layOut(data, { ordered: true, compact: true });
    expect(homeSlots).toBeGreaterThan(0);
    expect(() => new LinearModel(unordered)).toThrow(RangeError);
  });
});
