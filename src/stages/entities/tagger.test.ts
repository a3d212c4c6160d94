import { describe, expect, it } from 'vitest';
import { clusterTable, extractFeatures, FeatureScratch } from './features.js';
import { Gazetteer } from './gazetteer.js';
import { isAllowed, LABEL_COUNT, labelOf, NER_TYPES, U, B, I, L } from './labels.js';
import type { Scorer } from '../../ml/linear-model.js';
import { decodeSentence, labelConfidence, labelSpans, spansOf } from './tagger.js';
import { loadModel } from './model.js';
import { tokenize } from '../tokens/tokenize.js';

describe('spansOf and labelSpans', () => {
  it('round-trip spans of one and several tokens', () => {
    const spans = [
      { start: 0, end: 2, type: 0 },
      { start: 3, end: 4, type: 2 },
      { start: 4, end: 7, type: 1 },
    ];
    const labels = new Uint8Array(8);
    labelSpans(spans, labels);
    expect(spansOf(labels)).toEqual(spans);
  });

  it('reads B…L and U labels', () => {
    const gpe = NER_TYPES.indexOf('GPE');
    expect(spansOf([labelOf(gpe, B), labelOf(gpe, L), 0, labelOf(gpe, U)])).toEqual([
      { start: 0, end: 2, type: gpe },
      { start: 3, end: 4, type: gpe },
    ]);
  });
});

describe('decodeSentence', () => {
  // A scorer that always prefers labels that open a span and never close it: decoding must still
  // produce a well-formed sequence that ends outside any span.
  const greedy: Scorer = {
    addScores(_keys, _from, _to, scores) {
      for (let y = 0; y < LABEL_COUNT; y++) scores[y] += (y - 1) % 4 === 0 || (y - 1) % 4 === 1 ? 10 : 0;
    },
  };

  it('keeps BILOU well-formed whatever the scores', () => {
    const words = ['a', 'b', 'c', 'd'];
    const labels = new Uint8Array(words.length);
    const tokenScores = new Float64Array(words.length * LABEL_COUNT);
    decodeSentence(extractFeatures(words, new Gazetteer(), clusterTable([])), greedy, new Map(), labels, tokenScores);
    let prev = -1;
    for (const label of labels) {
      expect(isAllowed(prev, label)).toBe(true);
      prev = label;
    }
    expect(spansOf(labels).at(-1)?.end).toBe(words.length);
    for (let i = 0; i < words.length; i++) expect(labelConfidence(tokenScores, labels, i, 1)).toBeGreaterThan(0);
  });

  it('gives a label the float32 softmax probability among the labels allowed after the one before', () => {
    const labels = Uint8Array.from([labelOf(0, B), labelOf(0, L)]);
    const tokenScores = new Float64Array(2 * LABEL_COUNT);
    for (let y = 0; y < LABEL_COUNT; y++) tokenScores[LABEL_COUNT + y] = y % 3;
    // After B of type 0 only I and L of type 0 may follow.
    const allowed = [...Array(LABEL_COUNT).keys()].filter((y) => isAllowed(labels[0], y));
    expect(allowed).toEqual([labelOf(0, I), labelOf(0, L)]);
    const best = tokenScores[LABEL_COUNT + labels[1]];
    const sum = allowed.reduce((total, y) => total + Math.exp((tokenScores[LABEL_COUNT + y] - best) * 0.5), 0);
    expect(labelConfidence(tokenScores, labels, 1, 0.5)).toBe(Math.fround(1 / sum));
    // The first token follows no label: all that may open a sentence count.
    expect(labelConfidence(tokenScores, labels, 0, 0.5)).toBe(Math.fround(1 / [...Array(LABEL_COUNT).keys()].filter((y) => isAllowed(-1, y)).length));
  });

  it('labels as scoring every key would when the word-only sums are remembered', () => {
    // Integer weights that depend on the key, as a loaded model's do.
    const keyed: Scorer = {
      addScores(keys, from, to, scores) {
        for (let f = from; f < to; f++) for (let y = 0; y < LABEL_COUNT; y++) scores[y] += (Math.imul(keys[f], 2 * y + 1) >>> 0) % 97;
      },
    };
    const gazetteer = new Gazetteer();
    gazetteer.add(0, 'Russia');
    const sentences = [
      ['Putin', 'of', 'Russia', 'met', 'Macron', 'in', 'Paris', '.'],
      ['Macron', 'and', 'Putin', 'spoke', 'of', 'Russia', 'again', '.'],
    ];
    const decode = (remember: boolean, scratch?: FeatureScratch) => {
      const history = new Map<string, number>();
      return sentences.map((words) => {
        const labels = new Uint8Array(words.length);
        const tokenScores = new Float64Array(words.length * LABEL_COUNT);
        decodeSentence(extractFeatures(words, gazetteer, clusterTable([]), scratch), keyed, history, labels, tokenScores, undefined, remember);
        return [Array.from(labels), Array.from(tokenScores)];
      });
    };
    expect(decode(true)).toEqual(decode(false));
    // Own keys left apart (as the stage runs) score the same, remembered or not.
    expect(decode(true, new FeatureScratch(true))).toEqual(decode(false));
    expect(decode(false, new FeatureScratch(true))).toEqual(decode(false));
  });

  it('refuses to remember sums for a trainer, whose weights change and whose update is given every key', () => {
    const f = extractFeatures(['Putin', 'spoke'], new Gazetteer(), clusterTable([]));
    const zero: Scorer = { addScores() {} };
    expect(() => decodeSentence(f, zero, new Map(), new Uint8Array(2), undefined, () => {}, true)).toThrow(RangeError);
    expect(() => decodeSentence(f, zero, new Map(), new Uint8Array(2), undefined, () => {}, false)).not.toThrow();
  });
});

describe('decodeSentence with a loaded model', () => {
  const model = loadModel();
  const text = 'Russian President Vladimir Putin met French President Emmanuel Macron in Moscow on Monday, the Kremlin said.';
  const words = tokenize(text, [{ start: 0, end: text.length }]).map((t) => text.slice(t.start, t.end));
  // The model, with the keys it is asked about counted.
  let asked = 0;
  const counting = {
    ...model,
    addScores(keys: Uint32Array, from: number, to: number, scores: Float64Array) {
      asked += to - from;
      model.addScores(keys, from, to, scores);
    },
  };
  const decode = (scorer: Scorer, remember: boolean, sentence = words) => {
    const labels = new Uint8Array(sentence.length);
    const tokenScores = new Float64Array(sentence.length * LABEL_COUNT);
    const f = extractFeatures(sentence, model.gazetteer, model.clusters, new FeatureScratch(true));
    decodeSentence(f, scorer, new Map(), labels, tokenScores, undefined, remember);
    return { labels: Array.from(labels), tokenScores: Array.from(tokenScores), contextKeys: f.offsets[sentence.length] - f.contextStart[0] };
  };
  const inPlaceContextKeys = (sentence: string[]) => {
    const inPlace = extractFeatures(sentence, model.gazetteer, model.clusters);
    let keys = 0;
    for (let i = 0; i < sentence.length; i++) keys += inPlace.offsets[i + 1] - inPlace.contextStart[i];
    return keys;
  };

  it('asks the model of its context keys alone for a word that meets the label before and history its type last met', () => {
    // A sentence of distinct words, decoded twice: the second time every word type meets the label
    // before it and the history it met the first time.
    const distinct = words.filter((w, i) => words.indexOf(w) === i);
    decode(counting, true, distinct);
    asked = 0;
    const { contextKeys } = decode(counting, true, distinct);
    // The word's own sums, the sums of the keys of the labels before it and its history, and those of its
    // three keys of a label with its form (`tagPrevLow`, `tagPrevShape`, `historyShape`) are remembered; so
    // are those of the eight context keys of single neighbours (`neighbourKeys`), remembered with the
    // neighbours' word types and left out of the features' keys, which are made no more.
    expect(contextKeys).toBe(inPlaceContextKeys(distinct) - 8 * distinct.length);
    expect(asked).toBe(contextKeys);
  });

  it('asks again of the keys of a label with the form when the label before or the history differs', () => {
    decode(counting, true);
    asked = 0;
    const { contextKeys, labels } = decode(counting, true);
    // "President" twice: each time it meets the history (-1 unseen, then its label) and perhaps the
    // label before that its other token met last.
    const president = words.flatMap((w, i) => (w === 'President' ? [i] : []));
    expect(president.length).toBe(2);
    const prevOf = (i: number) => (i === 0 ? -1 : labels[i - 1]);
    const prevAsks = prevOf(president[0]) === prevOf(president[1]) ? 0 : 2 * 2;
    expect(asked).toBe(contextKeys + 2 * 1 + prevAsks);
  });

  it('keeps the scores of the labels allowed after the label before, and leaves the others as they were', () => {
    const { labels, tokenScores: expected } = decode(model, false);
    for (const remember of [false, true]) {
      const tokenScores = new Float64Array(words.length * LABEL_COUNT).fill(NaN);
      const f = extractFeatures(words, model.gazetteer, model.clusters, new FeatureScratch(true));
      decodeSentence(f, model, new Map(), new Uint8Array(words.length), tokenScores, undefined, remember);
      for (let i = 0; i < words.length; i++) {
        for (let y = 0; y < LABEL_COUNT; y++) {
          const at = i * LABEL_COUNT + y;
          expect(tokenScores[at]).toBe(isAllowed(i === 0 ? -1 : labels[i - 1], y) ? expected[at] : NaN);
        }
      }
    }
  });

  it('labels and scores as asking every key does', () => {
    const expected = decode(model, false);
    expect(decode(counting, true)).toEqual(expected);
    expect(decode(counting, true)).toEqual(expected);
    expect(expected.labels.some((label) => label !== 0)).toBe(true);
  });
});
