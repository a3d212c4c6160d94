/**
 * Features of the part-of-speech tagger: the word, its lowercase form, affixes and shape, the
 * words around it and the two tags predicted before it. Shared by the trainer and the tagger so
 * both see exactly the same hashes.
 */
import { feature1, feature2, feature3, hashText } from '../../ml/feature-hash.js';
import type { Lookup } from '../../ml/record-lookup.js';

/**
 * What the tagger knows about each word of a sentence, hashed once per word. Int32 arrays: the
 * hashes are passed to the feature functions, and an int32 argument is never boxed (feature-hash.ts).
 */
export interface SentenceWords {
  /** Words in use; the arrays may be longer when a buffer is reused. */
  length: number;
  readonly form: Int32Array;
  readonly lower: Int32Array;
  readonly shape: Int32Array;
  /** Lowercase suffixes of length 1 to 4, four per word. */
  readonly suffix: Int32Array;
  /** Lowercase prefixes of length 1 to 3, three per word. */
  readonly prefix: Int32Array;
  /** The word's ambiguity class: the set of tags it had in training, hashed (UNSEEN if rare). */
  readonly ambiguity: Int32Array;
}

/** Ambiguity class of words too rare in training to have one. */
export const UNSEEN = hashText('<unseen>') | 0;

/** Most features a token can have; sizes the caller's buffer. */
export const MAX_TAG_FEATURES = 48;

const BOUNDARY_BEFORE = hashText('<s>') | 0;
const BOUNDARY_AFTER = hashText('</s>') | 0;
/** Previous-tag value at the start of a sentence; real tags are 0 … classes-1. */
export const NO_TAG = 0xffff;

/**
 * Hash of the word's shape: letters, digits and other characters mapped to X/x/d and kept as-is,
 * runs longer than three cut, at most 12 characters (`McCain` → `XxXxxx`, `1,250` → `d,ddd`), so
 * unknown words fall into families. Hashed as it is built, with no string made.
 */
export function shapeHash(word: string): number {
  let h = 0x811c9dc5;
  let length = 0;
  let last = -1;
  let run = 0;
  for (let i = 0; i < word.length && length < 12; i++) {
    const ch = word.charCodeAt(i);
    const c = ch >= 97 && ch <= 122 ? 120 : ch >= 65 && ch <= 90 ? 88 : ch >= 48 && ch <= 57 ? 100 : ch < 128 ? ch : otherShape(word[i]);
    run = c === last ? run + 1 : 1;
    last = c;
    if (run > 3) continue;
    h ^= c;
    h = Math.imul(h, 0x01000193);
    length++;
  }
  return h >>> 0;
}

/** Shape character of a non-ASCII code unit: X if it has a lowercase, x if an uppercase, else itself. */
function otherShape(ch: string): number {
  return ch.toLowerCase() !== ch ? 88 : ch.toUpperCase() !== ch ? 120 : ch.charCodeAt(0);
}

/** Room for `n` words' hashes. */
export function sentenceWordsFor(n: number): SentenceWords {
  return {
    length: 0,
    form: new Int32Array(n),
    lower: new Int32Array(n),
    shape: new Int32Array(n),
    suffix: new Int32Array(n * 4),
    prefix: new Int32Array(n * 3),
    ambiguity: new Int32Array(n),
  };
}

/** Hash one word into position `i` of `out`; `ambiguity` maps lowercase words to their ambiguity class. */
export function hashWordInto(word: string, ambiguity: Lookup<number>, out: SentenceWords, i: number): void {
  const lower = word.toLowerCase();
  const len = lower.length;
  out.form[i] = hashText(word);
  out.lower[i] = hashText(lower);
  out.shape[i] = shapeHash(word);
  out.ambiguity[i] = ambiguity.get(lower) ?? UNSEEN;
  for (let k = 1; k <= 4; k++) out.suffix[i * 4 + k - 1] = hashText(lower, Math.max(0, len - k), len) + k;
  for (let k = 1; k <= 3; k++) out.prefix[i * 3 + k - 1] = hashText(lower, 0, Math.min(k, len)) + k;
}

/** Copy the hashes of position `from` of `source` to position `to` of `target`. */
export function copyWordHashes(source: SentenceWords, from: number, target: SentenceWords, to: number): void {
  target.form[to] = source.form[from];
  target.lower[to] = source.lower[from];
  target.shape[to] = source.shape[from];
  target.ambiguity[to] = source.ambiguity[from];
  for (let k = 0; k < 4; k++) target.suffix[to * 4 + k] = source.suffix[from * 4 + k];
  for (let k = 0; k < 3; k++) target.prefix[to * 3 + k] = source.prefix[from * 3 + k];
}

/**
 * Hash every word of a sentence once. `ambiguity` maps lowercase words to their ambiguity class
 * (from the model file). `reuse`, when given and large enough, is filled instead of new arrays.
 */
export function hashWords(words: readonly string[], ambiguity: Lookup<number>, reuse?: SentenceWords): SentenceWords {
  const n = words.length;
  const out = reuse !== undefined && reuse.form.length >= n ? reuse : sentenceWordsFor(n);
  out.length = n;
  for (let i = 0; i < n; i++) hashWordInto(words[i], ambiguity, out, i);
  return out;
}

/**
 * The templates of `tagFeatures` in two groups, each in the order its function writes them.
 * WORD_TEMPLATES depend on the word alone (bias, lowercase, form, affixes, shape, ambiguity class)
 * and on whether it is the first of its sentence, which is the same for every word but the first:
 * the tagger sums them once per word type (its word-type memory, #13). CONTEXT_TEMPLATES are the
 * rest: the words around, their affixes, shapes and ambiguity classes, and the previous tags.
 */
export const WORD_TEMPLATES: readonly number[] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 23, 31, 33];
export const CONTEXT_TEMPLATES: readonly number[] = [
  11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 24, 25, 26, 27, 28, 29, 30, 32, 34, 35, 36, 37, 38,
];

/** How many templates `tagFeatures` writes. */
const TEMPLATE_COUNT = WORD_TEMPLATES.length + CONTEXT_TEMPLATES.length;

const scratch = new Uint32Array(MAX_TAG_FEATURES);

/**
 * Write the features of token `i` into `out` and return how many there are. `prev1`/`prev2` are
 * the tags predicted for the two tokens before (NO_TAG at the sentence start). A feature's
 * position in `out` is its template id (the trainer's order; the ablation script drops templates by it).
 */
export function tagFeatures(w: SentenceWords, i: number, prev1: number, prev2: number, out: Uint32Array): number {
  wordFeatures(w, i, i === 0 ? 1 : 0, scratch, 0);
  for (let j = 0; j < WORD_TEMPLATES.length; j++) out[WORD_TEMPLATES[j]] = scratch[j];
  contextFeatures(w, i, prev1, prev2, scratch, 0);
  for (let j = 0; j < CONTEXT_TEMPLATES.length; j++) out[CONTEXT_TEMPLATES[j]] = scratch[j];
  return TEMPLATE_COUNT;
}

/**
 * WORD_TEMPLATES of token `i`, written into `out` from position `k`; `first` is 1 for the first
 * word of the sentence, else 0. Returns the end.
 */
export function wordFeatures(w: SentenceWords, i: number, first: number, out: Uint32Array, k: number): number {
  out[k++] = feature1(0, 0);
  out[k++] = feature1(1, w.lower[i]);
  out[k++] = feature1(2, w.form[i]);
  for (let s = 0; s < 4; s++) out[k++] = feature1(3 + s, w.suffix[i * 4 + s]);
  for (let p = 0; p < 3; p++) out[k++] = feature1(7 + p, w.prefix[i * 3 + p]);
  out[k++] = feature1(10, w.shape[i]);
  out[k++] = feature2(23, first, w.shape[i]);
  out[k++] = feature2(31, first, w.lower[i]);
  out[k++] = feature1(33, w.ambiguity[i]);
  return k;
}

/**
 * CONTEXT_TEMPLATES of token `i`: the words, affixes, shapes and ambiguity classes around it and
 * the previous tags, written into `out` from position `k`; returns the end.
 */
export function contextFeatures(w: SentenceWords, i: number, prev1: number, prev2: number, out: Uint32Array, k: number): number {
  const n = w.length;
  const lower = w.lower[i];
  const before1 = i > 0 ? w.lower[i - 1] : BOUNDARY_BEFORE;
  const before2 = i > 1 ? w.lower[i - 2] : BOUNDARY_BEFORE;
  const after1 = i + 1 < n ? w.lower[i + 1] : BOUNDARY_AFTER;
  const after2 = i + 2 < n ? w.lower[i + 2] : BOUNDARY_AFTER;
  const suffix3 = w.suffix[i * 4 + 2];
  out[k++] = feature1(11, prev1);
  out[k++] = feature2(12, prev1, prev2);
  out[k++] = feature2(13, prev1, lower);
  out[k++] = feature1(14, before1);
  out[k++] = feature1(15, i > 0 ? w.suffix[(i - 1) * 4 + 2] : BOUNDARY_BEFORE);
  out[k++] = feature1(16, after1);
  out[k++] = feature1(17, i + 1 < n ? w.suffix[(i + 1) * 4 + 2] : BOUNDARY_AFTER);
  out[k++] = feature1(18, before2);
  out[k++] = feature1(19, after2);
  out[k++] = feature2(20, before1, lower);
  out[k++] = feature2(21, lower, after1);
  out[k++] = feature1(22, i + 1 < n ? w.shape[i + 1] : BOUNDARY_AFTER);
  out[k++] = feature2(24, prev1, suffix3);
  out[k++] = feature2(25, after1, after2);
  out[k++] = feature1(26, prev2);
  out[k++] = feature1(27, i > 0 ? w.shape[i - 1] : BOUNDARY_BEFORE);
  out[k++] = feature3(28, prev1, lower, after1);
  out[k++] = feature2(29, prev1, after1);
  out[k++] = feature3(30, before1, lower, after1);
  out[k++] = feature2(32, w.shape[i], after1);
  const ambiguity = w.ambiguity[i];
  const ambiguityAfter = i + 1 < n ? w.ambiguity[i + 1] : BOUNDARY_AFTER;
  out[k++] = feature1(34, ambiguityAfter);
  out[k++] = feature1(35, i + 2 < n ? w.ambiguity[i + 2] : BOUNDARY_AFTER);
  out[k++] = feature2(36, ambiguity, ambiguityAfter);
  out[k++] = feature2(37, prev1, ambiguity);
  out[k++] = feature3(38, prev1, ambiguity, ambiguityAfter);
  return k;
}
