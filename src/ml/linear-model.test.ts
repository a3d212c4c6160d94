import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../scripts/seeded-random.js';
import { LinearModel, MAX_WIDE_KEYS, WIDE_CLASSES, WIDE_LANES, layOut, provideWideRows, rowsOf, wideRows, type LinearModelData, type LinearModelLayout } from './linear-model.js';

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
    expect(() => new LinearModel({ ...model.layout(), slots: new Int32Array(5) })).toThrow(RangeError);
  });
  it.each([
    ['sparse', 40, false],
    ['dense', 4, false],
    ['dense', 3, false],
    ['sparse', 40, true],
    ['dense', 4, true],
    ['dense', 3, true],
    ['sparse', 25, true],
    ['sparse', 26, true],
    ['sparse', 9, true],
    ['sparse', 25, false],
  ])('scores like a plain lookup for many rows of every length, stored or not (%s, %i classes, ordered %s)', (layout, classCount, ordered) => {
    const random = seededRandom(7);
    const { data, rows } = randomRows(random, classCount);
    const big = new LinearModel(layOut(data, { ordered }));
    expect(big.layout().homeSlots !== undefined).toBe(ordered);
    expect(big.layout().dense).toBe(layout === 'dense');
    const keys = [...rows.keys()];
    for (let trial = 0; trial < 200; trial++) {
      const query = Uint32Array.from({ length: 30 }, () => (random() < 0.5 ? keys[Math.floor(random() * keys.length)] : Math.floor(random() * 4294967296)));
      const expected = new Float64Array(classCount);
      for (const k of query) for (const [c, w] of rows.get(k) ?? []) expected[c] += w;
      const scores = new Float64Array(classCount);
      big.addScores(query, 0, query.length, scores);
      expect(scores).toEqual(expected);
    }
  });

  it.each([
    [40, false],
    [4, false],
    [40, true],
    [4, true],
  ])('gives back the rows it was laid out from (%i classes, ordered %s)', (classCount, ordered) => {
    const { data, rows } = randomRows(seededRandom(11), classCount);
    const back = rowsOf(new LinearModel(layOut(data, { ordered })).layout());
    const found = new Map<number, [number, number][]>();
    back.keys.forEach((key, r) => {
      const entries: [number, number][] = [];
      for (let e = back.offsets[r]; e < back.offsets[r + 1]; e++) entries.push([back.entryClass[e], back.entryWeight[e]]);
      found.set(key, entries);
    });
    const sorted = (entries: [number, number][]) => [...entries].sort((a, b) => a[0] - b[0]);
    const stored = new Map([...rows].filter(([, entries]) => entries.length > 0).map(([key, entries]) => [key, sorted(entries)]));
    expect(new Map([...found].map(([key, entries]) => [key, sorted(entries)]))).toEqual(stored);
  });

  it('lays out a model of at most four classes dense and one of more sparse', () => {
    expect(model.layout().dense).toBe(true);
    expect(model.layout().slots.length % 3).toBe(0);
    expect(new LinearModel({ ...rowsOf(model.layout()), classes: ['a', 'b', 'c', 'd', 'e'] }).layout().dense).toBe(false);
  });

  it('orders a table by key and scores the smallest and largest keys', () => {
    const rows = rowsOf(model.layout());
    for (const classes of [rows.classes, ['a', 'b', 'c', 'd', 'e']]) {
      const ordered = new LinearModel(layOut({ ...rows, classes }, { ordered: true }));
      const scores = new Float64Array(classes.length);
      ordered.addScores(Uint32Array.from([0, 0xffffffff, 17, 5, 0xfffffffe]), 0, 5, scores);
      expect(Array.from(scores.subarray(0, 3))).toEqual([32767, -5, -32768]);
      const layout = ordered.layout();
      const stride = layout.dense ? 3 : 4;
      const stored = Array.from({ length: layout.slots.length / stride }, (_, i) => layout.slots[i * stride] >>> 0);
      expect(stored).toEqual([...stored].sort((a, b) => a - b));
    }
  });

  it.each([9, 25, 26])('copies an ordered table of at most WIDE_CLASSES classes into wide rows, every weight in its lane (%i classes)', (classCount) => {
    const { data } = randomRows(seededRandom(13), classCount);
    const layout = layOut(data, { ordered: true });
    const { keys, lanes } = wideRows(layout)!;
    expect(keys.length).toBe(layout.slots.length / 4);
    expect(lanes.length).toBe(keys.length * WIDE_LANES);
    const back = rowsOf(layout);
    const bySlot = new Map<number, number>();
    keys.forEach((key, slot) => {
      if (lanes.subarray(slot * WIDE_LANES, (slot + 1) * WIDE_LANES).some((w) => w !== 0)) bySlot.set(key, slot);
    });
    expect(bySlot.size).toBe(back.keys.length);
    back.keys.forEach((key, r) => {
      const row = new Float64Array(WIDE_LANES);
      for (let e = back.offsets[r]; e < back.offsets[r + 1]; e++) row[back.entryClass[e] >> 1] += back.entryWeight[e] * (back.entryClass[e] & 1 ? 2 ** 26 : 1);
      const slot = bySlot.get(key)!;
      expect(Array.from(lanes.subarray(slot * WIDE_LANES, (slot + 1) * WIDE_LANES))).toEqual(Array.from(row));
    });
    expect(classCount).toBeLessThanOrEqual(WIDE_CLASSES);
  });

  it('scores the most extreme weights exactly from wide rows, over as many keys as a call may hold and more', () => {
    // MAX_WIDE_KEYS rows, each of every class at ±32,768: the lanes' sums at their largest (#13).
    // 1,025 keys are the fewest whose lanes would overflow (1,025 × 32,767 > 2^25): a larger key limit fails here.
    for (const [keyCount, weight] of [[MAX_WIDE_KEYS, -32768], [MAX_WIDE_KEYS, 32767], [MAX_WIDE_KEYS + 1, -32768], [1025, 32767], [1025, -32768], [2048, 32767]]) {
      const classes = Array.from({ length: 25 }, (_, c) => `c${c}`);
      const keys = Array.from({ length: keyCount }, (_, i) => i * 4_000_037 + 1);
      const data: LinearModelData = {
        classes,
        keys: Uint32Array.from(keys),
        offsets: Uint32Array.from({ length: keys.length + 1 }, (_, r) => r * 25),
        entryClass: Uint16Array.from({ length: keys.length * 25 }, (_, e) => e % 25),
        entryWeight: Int16Array.from({ length: keys.length * 25 }, (_, e) => (e % 25 === 3 ? -weight - 1 : weight)),
      };
      const model = new LinearModel(layOut(data, { ordered: true }));
      const scores = new Float64Array(25).fill(0.5);
      model.addScores(Uint32Array.from(keys), 0, keys.length, scores);
      expect(Array.from(scores)).toEqual(classes.map((_, c) => 0.5 + keyCount * (c === 3 ? -weight - 1 : weight)));
    }
  });

  it('keeps to the sparse path when a row holds a class twice, whose lane could pass the wide rows\' bound', () => {
    // 600 rows each giving class 0 two weights of 32,767: within MAX_WIDE_KEYS keys, but 1,200 weights in one lane (#13).
    const keys = Array.from({ length: 600 }, (_, i) => i * 4_000_037 + 1);
    const data: LinearModelData = {
      classes: ['a', 'b', 'c', 'd', 'e'],
      keys: Uint32Array.from(keys),
      offsets: Uint32Array.from({ length: keys.length + 1 }, (_, r) => r * 2),
      entryClass: new Uint16Array(keys.length * 2),
      entryWeight: new Int16Array(keys.length * 2).fill(32767),
    };
    const layout = layOut(data, { ordered: true });
    expect(wideRows(layout)).toBeUndefined();
    const scores = new Float64Array(5);
    new LinearModel(layout).addScores(Uint32Array.from(keys), 0, keys.length, scores);
    expect(Array.from(scores)).toEqual([600 * 2 * 32767, 0, 0, 0, 0]);
  });

  it.each([4, 25, 40])('finds rows far from their home slot in an ordered table, and not the keys between them (%i classes)', (classCount) => {
    // Eight keys with one home slot among 4,000 rows: the walk passes the probe's unrolled steps (#13).
    const crowd = Array.from({ length: 8 }, (_, i) => 0x80000000 + 2 * i);
    const keys = [...crowd, ...Array.from({ length: 3992 }, (_, i) => i * 1_000_003)];
    const data: LinearModelData = {
      classes: Array.from({ length: classCount }, (_, c) => `c${c}`),
      keys: Uint32Array.from(keys),
      offsets: Uint32Array.from({ length: keys.length + 1 }, (_, r) => r),
      entryClass: Uint16Array.from(keys, (_, r) => r % 4),
      entryWeight: Int16Array.from(keys, (_, r) => r + 1),
    };
    const ordered = new LinearModel(layOut(data, { ordered: true }));
    crowd.forEach((key, r) => {
      const scores = new Float64Array(classCount);
      ordered.addScores(Uint32Array.from([key, key + 1]), 0, 2, scores);
      expect(scores[r % 4]).toBe(r + 1);
      expect(scores.reduce((a, b) => a + b)).toBe(r + 1);
    });
  });

  it('refuses an ordered layout whose last slot is not free', () => {
    const layout = new LinearModel(layOut(rowsOf(model.layout()), { ordered: true })).layout();
    const slots = layout.slots.slice();
    slots[slots.length - 3] = 5;
    expect(() => new LinearModel({ ...layout, slots })).toThrow(RangeError);
    expect(() => new LinearModel({ ...layout, homeSlots: layout.slots.length / 3 })).toThrow(RangeError);
  });

  it('builds wide rows in shared memory holding the same values as its own copy', () => {
    const layout = layOut(randomRows(seededRandom(29), 25).data, { ordered: true });
    const own = wideRows(layout)!;
    const shared = wideRows(layout, true)!;
    expect(shared.lanes.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(shared.keys.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(Array.from(shared.keys)).toEqual(Array.from(own.keys));
    expect(Array.from(shared.lanes)).toEqual(Array.from(own.lanes));
  });

  it('scores from the wide rows provided for its slots\' memory, and builds its own for other memory (#13)', () => {
    const { data } = randomRows(seededRandom(31), 25);
    const inShared = (layout: LinearModelLayout): LinearModelLayout => {
      const slots = new Int32Array(new SharedArrayBuffer(layout.slots.byteLength + 16), 16, layout.slots.length);
      slots.set(layout.slots);
      return { ...layout, slots };
    };
    const layout = inShared(layOut(data, { ordered: true }));
    const keys = Uint32Array.from(data.keys.subarray(0, 40));
    const scoresOf = (model: LinearModel) => {
      const scores = new Float64Array(25);
      model.addScores(keys, 0, keys.length, scores);
      return Array.from(scores);
    };
    const expected = scoresOf(new LinearModel(layOut(data, { ordered: true })));
    // Provided rows with every weight doubled: a model over these slots scores from them, one over a copy does not.
    const doubled = wideRows(layout, true)!;
    doubled.lanes.forEach((lane, i) => (doubled.lanes[i] = lane * 2));
    provideWideRows(layout.slots.buffer, layout.slots.byteOffset, doubled);
    expect(scoresOf(new LinearModel(layout))).toEqual(expected.map((score) => score * 2));
    expect(scoresOf(new LinearModel(inShared(layout)))).toEqual(expected);
    provideWideRows(layout.slots.buffer, layout.slots.byteOffset, wideRows(layout, true)!);
    expect(scoresOf(new LinearModel(layout))).toEqual(expected);
  });

  it('refuses a dense layout of more than four classes', () => {
    expect(() => new LinearModel({ ...model.layout(), classes: ['a', 'b', 'c', 'd', 'e'] })).toThrow(RangeError);
  });
});

/** 5,000 random rows (some without weights, each class at most once per row) over `classCount` classes. */
function randomRows(random: () => number, classCount: number): { data: LinearModelData; rows: Map<number, [number, number][]> } {
  const rows = new Map<number, [number, number][]>();
  while (rows.size < 5000) {
    const length = Math.min(classCount, Math.floor(random() * random() * 12));
    rows.set(
      Math.floor(random() * 4294967296),
      Array.from({ length }, (_, i): [number, number] => [(i * 7 + rows.size) % classCount, (Math.floor(random() * 65535) - 32767) || 1]),
    );
  }
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
