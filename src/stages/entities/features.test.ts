import { describe, expect, it } from 'vitest';
import { clusterTable, dynamicFeatures, extractFeatures, FeatureScratch, foldWord, NEIGHBOUR_KEY_COUNT, NEIGHBOUR_STEPS, neighbourKeys, normalizeToken } from './features.js';
import { hashText, pairKey } from '../../ml/feature-hash.js';
import { wordShape } from './word-forms.js';
import { Gazetteer } from './gazetteer.js';

describe('word forms', () => {
  it.each([
    ['Putin', 'Xx'],
    ['U.S.', 'X.X.'],
    ['1996', 'd'],
    ['Russian-French', 'Xx-Xx'],
    ['intra-Libyan', 'x-Xx'],
    ['Émile', 'Xx'],
  ])('shape of %s is %s', (word, shape) => {
    expect(wordShape(word)).toBe(shape);
  });

  it.each([
    ['’s', "'s"],
    ['“', '"'],
    ['/TASS/', 'TASS'],
    ['and/or', 'and/or'],
  ])('normalises %s to %s', (token, norm) => {
    expect(normalizeToken(token)).toBe(norm);
  });

  it('folds case and digits', () => {
    expect(foldWord('G7-2019')).toBe('g0-0000');
  });
});

describe('extractFeatures', () => {
  it('gives every token its own non-empty, deterministic key range', () => {
    const words = ['Presidents', 'Vladimir', 'Putin', 'of', 'Russia'];
    const a = extractFeatures(words, new Gazetteer(), clusterTable([]));
    const b = extractFeatures(words, new Gazetteer(), clusterTable([]));
    for (let i = 0; i < words.length; i++) expect(a.offsets[i + 1]).toBeGreaterThan(a.offsets[i]);
    expect(a.keys.subarray(0, a.offsets[5])).toEqual(b.keys.subarray(0, b.offsets[5]));
  });

  it('adds gazetteer features for listed names', () => {
    const gaz = new Gazetteer();
    gaz.add(0, 'Russia');
    const words = ['Putin', 'of', 'Russia'];
    const without = extractFeatures(words, new Gazetteer(), clusterTable([]));
    const withGaz = extractFeatures(words, gaz, clusterTable([]));
    expect(withGaz.offsets[3] - withGaz.offsets[2]).toBeGreaterThan(without.offsets[3] - without.offsets[2]);
  });
});

describe('extractFeatures with own keys apart', () => {
  it('gives each token its own keys, its neighbour keys and the same context keys, gazetteer caps included', () => {
    const gaz = new Gazetteer();
    // Every list and overlapping phrases: "York" gets more gazetteer codes than its key budget holds.
    for (let list = 0; list < 9; list++) for (const phrase of ['new', 'new york', 'new york city', 'york', 'york city', 'city']) gaz.add(list, phrase);
    const words = ['in', 'New', 'York', 'City', 'today'];
    const inPlace = extractFeatures(words, gaz, clusterTable([['york', [1, 2]]]));
    const apart = extractFeatures(words, gaz, clusterTable([['york', [1, 2]]]), new FeatureScratch(true));
    expect(apart.ownApart).toBe(true);
    const neighbours = new Uint32Array(NEIGHBOUR_KEY_COUNT);
    const sorted = (keys: Iterable<number>) => [...keys].sort((a, b) => a - b);
    for (let i = 0; i < words.length; i++) {
      expect(apart.contextStart[i]).toBe(apart.offsets[i]);
      let k = 0;
      for (let r = 0; r < NEIGHBOUR_STEPS.length; r++) k = neighbourKeys(apart, i, r, neighbours, k);
      expect(k).toBe(NEIGHBOUR_KEY_COUNT);
      // The same keys as in place, gazetteer keys and all; only their order differs, and scores are sums.
      const joined = [...apart.own[i].keys, ...neighbours, ...apart.keys.subarray(apart.offsets[i], apart.offsets[i + 1])];
      expect(sorted(joined)).toEqual(sorted(inPlace.keys.subarray(inPlace.offsets[i], inPlace.offsets[i + 1])));
    }
    // The cap binds on "York": fewer keys than all its codes would give.
    expect(inPlace.offsets[3] - inPlace.offsets[2]).toBeLessThan(64);
  });
});

describe('extractFeatures word memory', () => {
  const keysOf = (words: string[], gaz: Gazetteer) => {
    const f = extractFeatures(words, gaz, clusterTable([]));
    return Array.from(f.keys.subarray(0, f.offsets[words.length]));
  };

  it('sees a phrase added to a gazetteer after a word was read with it', () => {
    const gaz = new Gazetteer();
    const before = keysOf(['pro-Moscow'], gaz);
    gaz.add(1, 'Moscow');
    const after = keysOf(['pro-Moscow'], gaz);
    expect(after.length).toBeGreaterThan(before.length);
    expect(after).toEqual(keysOf(['pro-Moscow'], gaz));
  });

  it('gives a word the keys of the word classes it is read with', () => {
    const words = ['Kyiv'];
    const plain = extractFeatures(words, new Gazetteer(), clusterTable([]));
    const classed = extractFeatures(words, new Gazetteer(), clusterTable([['kyiv', [3, 7]]]));
    expect(classed.offsets[1]).toBeGreaterThan(plain.offsets[1]);
  });

  it('gives a word the same keys after its cache generation was dropped (open vocabulary)', () => {
    const gaz = new Gazetteer();
    const sentence = ['Presidents', 'Vladimir', 'Putin', 'of', 'Russia'];
    const first = keysOf(sentence, gaz);
    // More word types than two generations hold: the sentence's words are forgotten, then rebuilt.
    for (let i = 0; i < 10_000; i += 100) keysOf(Array.from({ length: 100 }, (_, j) => `Word${i + j}`), gaz);
    expect(keysOf(sentence, gaz)).toEqual(first);
  });
});

describe('the keys the entity model was trained with', () => {
  // The template ids and value order of the trained model (`models/entities/ner.bin.gz`), written as the
  // `pairKey` calls it was trained with: any faster way of making these keys must give the same bits (#13).
  const words = ['the', 'minister', 'Sergei', 'Lavrov', 'said'];
  const clusters = clusterTable([['minister', [5, 6]], ['said', [7]]]);
  const f = extractFeatures(words, new Gazetteer(), clusters, new FeatureScratch(true));
  const inPlace = extractFeatures(words, new Gazetteer(), clusters);
  const { lowHash: low, shapeHash: shape } = f;
  const none = hashText('<none>') | 0;
  const start = hashText('<s>') | 0;
  const end = hashText('</s>') | 0;
  const context = (g: typeof f, i: number) => [...g.keys.subarray(g.contextStart[i], g.offsets[i + 1])];
  const unsigned = (keys: number[]) => keys.map((k) => k >>> 0);

  it('gives a token its context keys, gazetteer-free, in the trained order', () => {
    expect(context(inPlace, 2)).toEqual(
      unsigned([
        pairKey(3, low[0]), pairKey(4, low[1]), pairKey(5, low[3]), pairKey(6, low[4]), pairKey(7, shape[1]), pairKey(9, shape[3]),
        pairKey(10, shape[1], shape[2]), pairKey(11, shape[2], shape[3]), pairKey(20, low[1], low[2]), pairKey(21, low[2], low[3]),
        pairKey(32, 6), pairKey(47, low[1], shape[2]), pairKey(33, none),
      ]),
    );
    // The sentence's ends: start and end marks, the first word's shape key.
    expect(context(inPlace, 4)).toEqual(
      unsigned([
        pairKey(3, low[2]), pairKey(4, low[3]), pairKey(5, end), pairKey(6, end), pairKey(7, shape[3]), pairKey(9, end),
        pairKey(10, shape[3], shape[4]), pairKey(11, shape[4], end), pairKey(20, low[3], low[4]), pairKey(21, low[4], end),
        pairKey(32, none), pairKey(47, low[3], shape[4]), pairKey(33, none),
      ]),
    );
    expect(context(inPlace, 0)[0]).toBe(pairKey(3, start) >>> 0);
    expect(context(inPlace, 0)[10]).toBe(pairKey(22, shape[0]) >>> 0);
  });

  it('leaves the keys of one neighbouring word alone apart, and makes them when asked', () => {
    // Token 2 ("Sergei"): the rest, in order: the shape pairs, the bigrams, the word before's form with this word's shape.
    expect(context(f, 2)).toEqual(
      unsigned([pairKey(10, shape[1], shape[2]), pairKey(11, shape[2], shape[3]), pairKey(20, low[1], low[2]), pairKey(21, low[2], low[3]), pairKey(47, low[1], shape[2])]),
    );
    const keysOf = (i: number) =>
      NEIGHBOUR_STEPS.map((_, r) => {
        const out = new Uint32Array(NEIGHBOUR_KEY_COUNT);
        return [...out.subarray(0, neighbourKeys(f, i, r, out, 0))];
      });
    // "the" two before, "minister" (finest class 6) before, "Lavrov" after, "said" two after: its form, shape and finest class.
    expect(NEIGHBOUR_STEPS).toEqual([-2, -1, 1, 2]);
    expect(keysOf(2)).toEqual(
      [[pairKey(3, low[0])], [pairKey(4, low[1]), pairKey(7, shape[1]), pairKey(32, 6)], [pairKey(5, low[3]), pairKey(9, shape[3]), pairKey(33, none)], [pairKey(6, low[4])]].map(
        unsigned,
      ),
    );
    // Outside the sentence, the start and end marks (and no class).
    expect(keysOf(0).slice(0, 2)).toEqual([[pairKey(3, start)], [pairKey(4, start), pairKey(7, start), pairKey(32, none)]].map(unsigned));
    expect(keysOf(4).slice(2)).toEqual([[pairKey(5, end), pairKey(9, end), pairKey(33, none)], [pairKey(6, end)]].map(unsigned));
    // The first word's shape key stays in place.
    expect(context(f, 0)[4]).toBe(pairKey(22, shape[0]) >>> 0);
  });

  it('gives a decision its keys of the labels before it and the word\'s history', () => {
    const out = new Uint32Array(8);
    for (const [prev, prev2, history] of [[3, 1, 4], [-1, -1, -2]]) {
      expect(dynamicFeatures(f, 2, prev, prev2, history, out)).toBe(6);
      expect([...out.subarray(0, 6)]).toEqual(
        [pairKey(40, prev), pairKey(41, prev2, prev), pairKey(42, prev, low[2]), pairKey(43, prev, shape[2]), pairKey(44, history), pairKey(45, history, shape[2])].map(
          (k) => k >>> 0,
        ),
      );
    }
  });
});
