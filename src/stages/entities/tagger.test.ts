import { describe, expect, it } from 'vitest';
import { clusterTable, extractFeatures } from './features.js';
import { Gazetteer } from './gazetteer.js';
import { isAllowed, LABEL_COUNT, labelOf, NER_TYPES, U, B, L } from './labels.js';
import type { Scorer } from '../../ml/linear-model.js';
import { decodeSentence, labelSpans, spansOf } from './tagger.js';

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
    const confidence = new Float32Array(words.length);
    decodeSentence(extractFeatures(words, new Gazetteer(), clusterTable([])), greedy, new Map(), labels, confidence);
    let prev = -1;
    for (const label of labels) {
      expect(isAllowed(prev, label)).toBe(true);
      prev = label;
    }
    expect(spansOf(labels).at(-1)?.end).toBe(words.length);
    for (const c of confidence) expect(c).toBeGreaterThan(0);
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
    const decode = (remember: boolean) => {
      const history = new Map<string, number>();
      return sentences.map((words) => {
        const labels = new Uint8Array(words.length);
        const confidence = new Float32Array(words.length);
        decodeSentence(extractFeatures(words, gazetteer, clusterTable([])), keyed, history, labels, confidence, 0.1, undefined, remember);
        return [Array.from(labels), Array.from(confidence)];
      });
    };
    expect(decode(true)).toEqual(decode(false));
  });
});
