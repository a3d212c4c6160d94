import { describe, expect, it } from 'vitest';
import { LANE_SHIFT } from '../../ml/linear-model.js';
import { hashWords, sentenceWordsFor } from './tag-features.js';
import { BOUNDARY_TYPE, NOT_IN_DICTIONARY, NO_PAIR_ROW, OWN_ROW, WordTypes } from './word-types.js';

const dictionary = new Map([['the', 5]]);
const ambiguity = new Map([['talks', 9]]);

/** The `classes` scores of the row at `at` of `table`, split from its lanes (two classes a double). */
function scoresIn(table: Float64Array, at: number, classes: number): number[] {
  return Array.from({ length: classes }, (_, c) => {
    const lane = table[at + (c >> 1)];
    const high = Math.round(lane / LANE_SHIFT);
    return c & 1 ? high : lane - high * LANE_SHIFT;
  });
}

/** Read one sentence; its hashes and type ids. */
function read(types: WordTypes, words: string[]) {
  const hashed = sentenceWordsFor(words.length);
  const ids = new Int32Array(words.length);
  types.read(words, hashed, ids);
  return { hashed, ids };
}

describe('WordTypes', () => {
  it('gives each sentence the hashes hashWords gives, the first time and from memory', () => {
    const types = new WordTypes(3, dictionary, ambiguity, 16);
    const words = ['The', 'Talks', 'resumed', 'the', 'Talks'];
    const fresh = hashWords(words, ambiguity);
    for (let pass = 0; pass < 2; pass++) {
      const { hashed } = read(types, words);
      expect(hashed.length).toBe(words.length);
      for (const part of ['form', 'lower', 'shape', 'suffix', 'prefix', 'ambiguity'] as const) expect(hashed[part]).toEqual(fresh[part]);
    }
  });

  it('gives a repeated word one id and its dictionary class', () => {
    const types = new WordTypes(3, dictionary, ambiguity, 16);
    const { ids } = read(types, ['the', 'talks', 'the']);
    expect(ids[0]).toBe(ids[2]);
    expect(types.knownClass(ids[0])).toBe(5);
    expect(types.knownClass(ids[1])).toBe(NOT_IN_DICTIONARY);
  });

  it('remembers score rows by type and row, the boundary\'s apart, and forgets a type\'s when it starts over past its limit', () => {
    const types = new WordTypes(3, dictionary, ambiguity, 4);
    const { ids } = read(types, ['a', 'b']);
    expect(ids[0]).not.toBe(BOUNDARY_TYPE);
    expect(types.hasRow(ids[1], OWN_ROW)).toBe(false);
    types.writeRow(ids[1], OWN_ROW, Float64Array.from([1, -2, 3]));
    types.writeRow(ids[1], OWN_ROW + 2, Float64Array.from([4, 5, 6]));
    types.writeRow(BOUNDARY_TYPE, OWN_ROW + 1, Float64Array.from([7, 8, 9]));
    expect([types.hasRow(ids[1], OWN_ROW), types.hasRow(ids[1], OWN_ROW + 1), types.hasRow(ids[1], OWN_ROW + 2)]).toEqual([true, false, true]);
    const row = (id: number, k: number) => scoresIn(types.table, types.rowAt(id, k), 3);
    expect([row(ids[1], OWN_ROW), row(ids[1], OWN_ROW + 2), row(BOUNDARY_TYPE, OWN_ROW + 1)]).toEqual([[1, -2, 3], [4, 5, 6], [7, 8, 9]]);
    // The boundary's own row stays zero: the first word of a sentence adds its own keys afresh.
    expect(row(BOUNDARY_TYPE, OWN_ROW)).toEqual([0, 0, 0]);
    // Three more types pass the limit of four: the memory starts over before this sentence; the boundary's rows stay.
    const next = read(types, ['c', 'd', 'b']);
    expect(types.hasRow(next.ids[2], OWN_ROW)).toBe(false);
    expect(types.hasRow(next.ids[2], OWN_ROW + 2)).toBe(false);
    expect(types.hasRow(BOUNDARY_TYPE, OWN_ROW + 1)).toBe(true);
  });

  it('keeps a row in lanes, two classes a double, whose sums over rows split back exactly', () => {
    // The tagger adds five rows a lane and splits the sum (#13): their 26 keys of int16 weights at most a class.
    const types = new WordTypes(5, dictionary, ambiguity, 16);
    const { ids } = read(types, ['a']);
    const extreme = 26 * 32_768;
    const rows = [[extreme, -extreme, 1, -1, extreme], [-3, extreme, 0, 7, -extreme], [1, 2, 3, 4, 5], [0, 0, 0, 0, 0]];
    rows.forEach((scores, k) => types.writeRow(ids[0], OWN_ROW + k, Float64Array.from(scores)));
    expect(types.lanes).toBe(3);
    expect(types.rowAt(ids[0], OWN_ROW + 1) - types.rowAt(ids[0], OWN_ROW)).toBe(3);
    rows.forEach((scores, k) => expect(scoresIn(types.table, types.rowAt(ids[0], OWN_ROW + k), 5)).toEqual(scores));
    const lanes = Float64Array.from({ length: 3 }, (_, l) => rows.reduce((total, _row, k) => total + types.table[types.rowAt(ids[0], OWN_ROW + k) + l], 0));
    expect(scoresIn(lanes, 0, 5)).toEqual([0, 1, 2, 3, 4].map((c) => rows.reduce((total, row) => total + row[c], 0)));
  });

  it('keeps rows through growing past its first size', () => {
    const types = new WordTypes(2, dictionary, ambiguity, 10_000);
    const first = read(types, ['w']).ids[0];
    types.writeRow(first, OWN_ROW + 3, Float64Array.from([-5, 6]));
    read(types, Array.from({ length: 600 }, (_, i) => `v${i}`));
    expect(types.hasRow(first, OWN_ROW + 3)).toBe(true);
    expect(scoresIn(types.table, types.rowAt(first, OWN_ROW + 3), 2)).toEqual([-5, 6]);
  });

  it('holds the rows of at most 4,096 types by default, its table no bigger after a run of new words (#13)', () => {
    const types = new WordTypes(3, dictionary, ambiguity);
    const slotSize = types.rowAt(1, 0) - types.rowAt(0, 0);
    for (let s = 0; s < 300; s++) read(types, Array.from({ length: 40 }, (_, i) => `w${s}-${i}`));
    // 12,000 types read: the memory started over past its bound, and its table grew to the bound, not past it.
    expect(types.table.length).toBe(4096 * slotSize);
  });

  it('remembers a type read 4,000 new types ago and forgets one read 4,120 ago, by default (#13)', () => {
    // The table's size rounds up to a power of two, so only what is forgotten pins the bound (review rv-b).
    const types = new WordTypes(3, dictionary, ambiguity);
    const x = read(types, ['x']).ids[0];
    types.writeRow(x, OWN_ROW, Float64Array.from([1, 2, 3]));
    const sentences = (from: number, count: number) => {
      for (let s = from; s < from + count; s++) read(types, Array.from({ length: 40 }, (_, i) => `w${s}-${i}`));
    };
    sentences(0, 100);
    expect(types.hasRow(read(types, ['x']).ids[0], OWN_ROW)).toBe(true);
    // Three sentences more pass 4,096 slots: the memory starts over before the third, and x is read afresh.
    sentences(100, 3);
    expect(types.hasRow(read(types, ['x']).ids[0], OWN_ROW)).toBe(false);
  });

  it('grows past its first size', () => {
    const types = new WordTypes(2, dictionary, ambiguity, 10_000);
    const words = Array.from({ length: 600 }, (_, i) => `w${i}`);
    const { hashed } = read(types, words);
    expect(hashed.lower).toEqual(hashWords(words, ambiguity).lower);
    expect(read(types, ['w599']).hashed.form[0]).toBe(hashed.form[599]);
  });
});

describe('WordTypes tag-pair rows', () => {
  const NONE = 0xffff;
  const row = (types: WordTypes, at: number, classes: number) => scoresIn(types.table, at, classes);

  it('keep one row per pair of tags (the start of a sentence in pairs of its own), apart from the types\' rows', () => {
    const types = new WordTypes(3, dictionary, ambiguity, 64);
    const { ids } = read(types, ['a', 'b']);
    types.writeRow(ids[1], OWN_ROW + 3, Float64Array.from([1, 2, 3]));
    const pairs = [[NONE, NONE], [2, NONE], [2, 1], [1, 2], [0, 0], [NONE, 0]].map(([p1, p2]) => types.pairIndex(p1, p2, NONE));
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(pairs.map((p) => types.pairRowAt(p))).toEqual(pairs.map(() => NO_PAIR_ROW));
    const at = pairs.map((p, k) => types.writePairRow(p, Float64Array.from([k + 1, -k - 1, 10 * k])));
    expect(pairs.map((p) => types.pairRowAt(p))).toEqual(at);
    pairs.forEach((_, k) => expect(row(types, at[k], 3)).toEqual([k + 1, -k - 1, 10 * k]));
    // The type rows are untouched, and a type read after the pairs takes a slot past theirs.
    expect(row(types, types.rowAt(ids[1], OWN_ROW + 3), 3)).toEqual([1, 2, 3]);
    const later = read(types, ['c']).ids[0];
    types.writeRow(later, OWN_ROW, Float64Array.from([7, 7, 7]));
    pairs.forEach((_, k) => expect(row(types, at[k], 3)).toEqual([k + 1, -k - 1, 10 * k]));
  });

  it('keep their rows through growing, and are forgotten when the memory starts over', () => {
    const types = new WordTypes(2, dictionary, ambiguity, 1000);
    read(types, ['w']);
    const pair = types.pairIndex(1, 0, NONE);
    types.writePairRow(pair, Float64Array.from([-3, 4]));
    read(types, Array.from({ length: 600 }, (_, i) => `v${i}`));
    expect(row(types, types.pairRowAt(pair), 2)).toEqual([-3, 4]);
    // 600 types and their pairs' slots do not fit again in 1,000: the memory starts over.
    read(types, Array.from({ length: 600 }, (_, i) => `u${i}`));
    expect(types.pairRowAt(pair)).toBe(NO_PAIR_ROW);
  });
});

describe('WordTypes lemmas', () => {
  it('remember a lemma per type, for the tag class it was found with', () => {
    const types = new WordTypes(3, dictionary, ambiguity, 16);
    const { ids } = read(types, ['said']);
    expect(types.lemmaOf(ids[0], 1)).toBeUndefined();
    types.rememberLemma(ids[0], 1, 'say');
    expect(types.lemmaOf(ids[0], 1)).toBe('say');
    expect(types.lemmaOf(ids[0], 2)).toBeUndefined();
  });

  it('remember a second tag class beside the first, and a third replaces the second', () => {
    const types = new WordTypes(3, dictionary, ambiguity, 16);
    const id = read(types, ['cut']).ids[0];
    types.rememberLemma(id, 1, 'cut1');
    types.rememberLemma(id, 2, 'cut2');
    expect([types.lemmaOf(id, 1), types.lemmaOf(id, 2)]).toEqual(['cut1', 'cut2']);
    types.rememberLemma(id, 0, 'cut0');
    expect([types.lemmaOf(id, 1), types.lemmaOf(id, 2), types.lemmaOf(id, 0)]).toEqual(['cut1', undefined, 'cut0']);
  });

  it('forget lemmas when the memory starts over', () => {
    const types = new WordTypes(3, dictionary, ambiguity, 2);
    types.rememberLemma(read(types, ['said']).ids[0], 1, 'say');
    const { ids } = read(types, ['was', 'told']);
    expect(types.lemmaOf(ids[0], 1)).toBeUndefined();
  });
});
