import { describe, expect, it } from 'vitest';
import { feature1, feature2, feature3, hashText } from '../../ml/feature-hash.js';
import {
  CONTEXT_TEMPLATES, MAX_TAG_FEATURES, NEIGHBOUR_ROLES, NEIGHBOUR_STEPS, NO_TAG, WORD_TEMPLATES, contextFeatures, hashWords, labelFeatures,
  neighbourFeatures, shapeHash, tagFeatures, tokenFeatures,
} from './tag-features.js';

describe('tagger word hashes', () => {
  it.each([
    ['McCain', 'XxXxxx'],
    ['1,250', 'd,ddd'],
    ['Zürich', 'Xxxx'],
    ['straße', 'xxx'],
    ['—', '—'],
    ['U.S.-backed', 'X.X.-xxx'],
    ['aaaaaaaaaaaaaaaaaaaa1', 'xxxd'],
    ['a-b-c-d-e-f-g-h', 'x-x-x-x-x-x-'],
  ])('hash the shape of %s as that of %s', (word, shape) => {
    expect(shapeHash(word)).toBe(hashText(shape));
  });

  it('fill a reused buffer exactly as fresh arrays', () => {
    const ambiguity = new Map([['the', 7]]);
    const long = hashWords(['A', 'much', 'longer', 'sentence', 'than', 'the', 'next'], ambiguity);
    const reused = hashWords(['The', 'Talks'], ambiguity, long);
    const fresh = hashWords(['The', 'Talks'], ambiguity);
    expect(reused).toBe(long);
    expect(reused.length).toBe(2);
    expect(reused.lower.subarray(0, 2)).toEqual(fresh.lower);
    expect(reused.suffix.subarray(0, 8)).toEqual(fresh.suffix);
    expect(reused.ambiguity.subarray(0, 2)).toEqual(fresh.ambiguity);
  });

  it('key every template as the featureN calls the shipped model was trained with', () => {
    // The templates written out as the trainer first hashed them: a wrong recipe would misread pos.bin.
    const w = hashWords(['Rebels', 'shelled', 'the', 'town'], new Map([['the', 7], ['town', 9]]));
    const [i, prev1, prev2, n] = [1, 12, NO_TAG, w.length];
    const at = (a: Int32Array, j: number, before: number, after: number) => (j < 0 ? before : j >= n ? after : a[j]);
    const lower = (j: number) => at(w.lower, j, hashText('<s>'), hashText('</s>'));
    const suffix3 = (j: number) => (j < 0 ? hashText('<s>') : j >= n ? hashText('</s>') : w.suffix[j * 4 + 2]);
    const shape = (j: number) => at(w.shape, j, hashText('<s>'), hashText('</s>'));
    const ambiguity = (j: number) => at(w.ambiguity, j, hashText('<s>'), hashText('</s>'));
    const expected = new Map<number, number>([
      [0, feature1(0, 0)], [1, feature1(1, w.lower[i])], [2, feature1(2, w.form[i])],
      ...[0, 1, 2, 3].map((s): [number, number] => [3 + s, feature1(3 + s, w.suffix[i * 4 + s])]),
      ...[0, 1, 2].map((p): [number, number] => [7 + p, feature1(7 + p, w.prefix[i * 3 + p])]),
      [10, feature1(10, w.shape[i])], [23, feature2(23, 0, w.shape[i])], [31, feature2(31, 0, w.lower[i])], [33, feature1(33, w.ambiguity[i])],
      [11, feature1(11, prev1)], [12, feature2(12, prev1, prev2)], [13, feature2(13, prev1, lower(i))], [14, feature1(14, lower(i - 1))],
      [15, feature1(15, suffix3(i - 1))], [16, feature1(16, lower(i + 1))], [17, feature1(17, suffix3(i + 1))],
      [18, feature1(18, lower(i - 2))], [19, feature1(19, lower(i + 2))], [20, feature2(20, lower(i - 1), lower(i))],
      [21, feature2(21, lower(i), lower(i + 1))], [22, feature1(22, shape(i + 1))], [24, feature2(24, prev1, suffix3(i))],
      [25, feature2(25, lower(i + 1), lower(i + 2))], [26, feature1(26, prev2)], [27, feature1(27, shape(i - 1))],
      [28, feature3(28, prev1, lower(i), lower(i + 1))], [29, feature2(29, prev1, lower(i + 1))],
      [30, feature3(30, lower(i - 1), lower(i), lower(i + 1))], [32, feature2(32, w.shape[i], lower(i + 1))],
      [34, feature1(34, ambiguity(i + 1))], [35, feature1(35, ambiguity(i + 2))], [36, feature2(36, ambiguity(i), ambiguity(i + 1))],
      [37, feature2(37, prev1, ambiguity(i))], [38, feature3(38, prev1, ambiguity(i), ambiguity(i + 1))],
    ]);
    const out = new Uint32Array(MAX_TAG_FEATURES);
    expect(tagFeatures(w, i, prev1, prev2, out)).toBe(WORD_TEMPLATES.length + CONTEXT_TEMPLATES.length);
    expect(new Map([...expected.keys()].map((t) => [t, out[t]]))).toEqual(new Map([...expected].map(([t, k]) => [t, k >>> 0])));
    expect(expected.size).toBe(WORD_TEMPLATES.length + CONTEXT_TEMPLATES.length);
    // At the end of the sentence the words after are the boundary.
    const last = new Uint32Array(MAX_TAG_FEATURES);
    contextFeatures(w, n - 1, prev1, prev2, last, 0);
    expect(last[CONTEXT_TEMPLATES.indexOf(19)]).toBe(feature1(19, hashText('</s>')) >>> 0);
  });

  it.each([['Talks'], ['Talks', 'resumed'], ['Rebels', 'shelled', 'towns'], ['The', 'rebels', 'shelled', 'the', 'town', '.']])(
    'split the context keys of %s into token, label and neighbour keys, the boundary a neighbour of its own',
    (...words: string[]) => {
      // The tagger sums the label and neighbour keys once per tag pair and per word type and role (#13): together
      // with the token's own they must be contextFeatures' keys at every position, both boundaries included.
      const w = hashWords(words, new Map([['the', 7]]));
      const [prev1, prev2] = [12, NO_TAG];
      for (let i = 0; i < words.length; i++) {
        const context = new Uint32Array(MAX_TAG_FEATURES);
        const expected = Array.from(context.subarray(0, contextFeatures(w, i, prev1, prev2, context, 0))).sort();
        const split = new Uint32Array(MAX_TAG_FEATURES);
        let k = tokenFeatures(w, i, prev1, prev2, split, 0);
        k = labelFeatures(prev1, prev2, split, k);
        for (let role = 0; role < NEIGHBOUR_ROLES; role++) {
          const j = i + NEIGHBOUR_STEPS[role];
          k = neighbourFeatures(w, j >= 0 && j < words.length ? j : -1, role, split, k);
        }
        expect(Array.from(split.subarray(0, k)).sort()).toEqual(expected);
      }
    },
  );
});
