/**
 * Features of the part-of-speech tagger: the word, its lowercase form, affixes and shape, the
 * words around it and the two tags predicted before it. Shared by the trainer and the tagger so
 * both see exactly the same hashes.
 */
import { hashText } from '../../ml/feature-hash.js';
import { compileRecipes, writeKeys } from '../../ml/key-recipes.js';
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
 * Atoms of a token (`wordFeatures`, `contextFeatures`): its own hashes, those of the words around
 * it (before1 is the word just before, after2 the second after), their suffixes of length 3,
 * shapes and ambiguity classes, the two previous tags, the first-word flag and a constant 0 (the bias).
 */
const LOWER = 0, FORM = 1, SHAPE = 2, AMBIGUITY = 3, SUFFIX1 = 4, SUFFIX2 = 5, SUFFIX3 = 6, SUFFIX4 = 7, PREFIX1 = 8,
  PREFIX2 = 9, PREFIX3 = 10, FIRST = 11, BIAS = 12, PREV1 = 13, PREV2 = 14, BEFORE1 = 15, BEFORE2 = 16, AFTER1 = 17,
  AFTER2 = 18, SUFFIX_BEFORE = 19, SUFFIX_AFTER = 20, SHAPE_BEFORE = 21, SHAPE_AFTER = 22, AMBIGUITY_AFTER = 23,
  AMBIGUITY_AFTER2 = 24;

/**
 * The templates of `tagFeatures` in two groups, each as recipes `[template, ...atoms]`
 * (`key-recipes.ts`) in the order its function writes them. The word's group depends on the word
 * alone (bias, lowercase, form, affixes, shape, ambiguity class) and on whether it is the first of
 * its sentence, which is the same for every word but the first: the tagger sums it once per word
 * type (its word-type memory, #13). The context group is the rest: the words around, their
 * affixes, shapes and ambiguity classes, and the previous tags.
 */
const WORD_RECIPES: readonly (readonly number[])[] = [
  [0, BIAS], [1, LOWER], [2, FORM], [3, SUFFIX1], [4, SUFFIX2], [5, SUFFIX3], [6, SUFFIX4], [7, PREFIX1], [8, PREFIX2],
  [9, PREFIX3], [10, SHAPE], [23, FIRST, SHAPE], [31, FIRST, LOWER], [33, AMBIGUITY],
];
const CONTEXT_RECIPES: readonly (readonly number[])[] = [
  [11, PREV1], [12, PREV1, PREV2], [13, PREV1, LOWER], [14, BEFORE1], [15, SUFFIX_BEFORE], [16, AFTER1], [17, SUFFIX_AFTER],
  [18, BEFORE2], [19, AFTER2], [20, BEFORE1, LOWER], [21, LOWER, AFTER1], [22, SHAPE_AFTER], [24, PREV1, SUFFIX3],
  [25, AFTER1, AFTER2], [26, PREV2], [27, SHAPE_BEFORE], [28, PREV1, LOWER, AFTER1], [29, PREV1, AFTER1],
  [30, BEFORE1, LOWER, AFTER1], [32, SHAPE, AFTER1], [34, AMBIGUITY_AFTER], [35, AMBIGUITY_AFTER2],
  [36, AMBIGUITY, AMBIGUITY_AFTER], [37, PREV1, AMBIGUITY], [38, PREV1, AMBIGUITY, AMBIGUITY_AFTER],
];

/**
 * The context group split for the tagger (#13), its keys the same as a multiset: the keys of the
 * previous tags alone (summed once per tag pair), of one neighbour alone in each role
 * (`NEIGHBOUR_STEPS`: summed once per word type and role, the boundary a type of its own), and the
 * rest, asked per token. The word two before has one key, with few weights: asked per token, it
 * costs less than a fourth row read for every class.
 */
const LABEL_RECIPES: readonly (readonly number[])[] = [[11, PREV1], [12, PREV1, PREV2], [26, PREV2]];
const NEIGHBOUR_RECIPES: readonly (readonly (readonly number[])[])[] = [
  [[14, BEFORE1], [15, SUFFIX_BEFORE], [27, SHAPE_BEFORE]],
  [[16, AFTER1], [17, SUFFIX_AFTER], [22, SHAPE_AFTER], [34, AMBIGUITY_AFTER]],
  [[19, AFTER2], [35, AMBIGUITY_AFTER2]],
];
const TOKEN_RECIPES: readonly (readonly number[])[] = [
  [13, PREV1, LOWER], [18, BEFORE2], [20, BEFORE1, LOWER], [21, LOWER, AFTER1], [24, PREV1, SUFFIX3], [25, AFTER1, AFTER2],
  [28, PREV1, LOWER, AFTER1], [29, PREV1, AFTER1], [30, BEFORE1, LOWER, AFTER1], [32, SHAPE, AFTER1],
  [36, AMBIGUITY, AMBIGUITY_AFTER], [37, PREV1, AMBIGUITY], [38, PREV1, AMBIGUITY, AMBIGUITY_AFTER],
];

/** The neighbour roles: the word before, the word after, the second word after. */
export const NEIGHBOUR_ROLES = NEIGHBOUR_RECIPES.length;
/** Where each neighbour role's word is, from the token. */
export const NEIGHBOUR_STEPS: readonly number[] = [-1, 1, 2];

/** The word's group's templates, in the order `wordFeatures` writes them. */
export const WORD_TEMPLATES: readonly number[] = WORD_RECIPES.map(([t]) => t);
/** The context group's templates, in the order `contextFeatures` writes them. */
export const CONTEXT_TEMPLATES: readonly number[] = CONTEXT_RECIPES.map(([t]) => t);

const WORD_PROGRAM = compileRecipes(WORD_RECIPES);
const CONTEXT_PROGRAM = compileRecipes(CONTEXT_RECIPES);
const LABEL_PROGRAM = compileRecipes(LABEL_RECIPES);
const NEIGHBOUR_PROGRAMS = NEIGHBOUR_RECIPES.map(compileRecipes);
const TOKEN_PROGRAM = compileRecipes(TOKEN_RECIPES);
const atoms = new Int32Array(AMBIGUITY_AFTER2 + 1);

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
  atoms[LOWER] = w.lower[i];
  atoms[FORM] = w.form[i];
  atoms[SHAPE] = w.shape[i];
  atoms[AMBIGUITY] = w.ambiguity[i];
  for (let s = 0; s < 4; s++) atoms[SUFFIX1 + s] = w.suffix[i * 4 + s];
  for (let p = 0; p < 3; p++) atoms[PREFIX1 + p] = w.prefix[i * 3 + p];
  atoms[FIRST] = first;
  return writeKeys(WORD_PROGRAM, atoms, out, k);
}

/**
 * CONTEXT_TEMPLATES of token `i`: the words, affixes, shapes and ambiguity classes around it and
 * the previous tags, written into `out` from position `k`; returns the end.
 */
export function contextFeatures(w: SentenceWords, i: number, prev1: number, prev2: number, out: Uint32Array, k: number): number {
  setContextAtoms(w, i, prev1, prev2);
  return writeKeys(CONTEXT_PROGRAM, atoms, out, k);
}

/** Fill the atoms of token `i`'s context keys. */
function setContextAtoms(w: SentenceWords, i: number, prev1: number, prev2: number): void {
  const n = w.length;
  atoms[LOWER] = w.lower[i];
  atoms[SHAPE] = w.shape[i];
  atoms[AMBIGUITY] = w.ambiguity[i];
  atoms[SUFFIX3] = w.suffix[i * 4 + 2];
  atoms[PREV1] = prev1;
  atoms[PREV2] = prev2;
  atoms[BEFORE1] = i > 0 ? w.lower[i - 1] : BOUNDARY_BEFORE;
  atoms[BEFORE2] = i > 1 ? w.lower[i - 2] : BOUNDARY_BEFORE;
  atoms[AFTER1] = i + 1 < n ? w.lower[i + 1] : BOUNDARY_AFTER;
  atoms[AFTER2] = i + 2 < n ? w.lower[i + 2] : BOUNDARY_AFTER;
  atoms[SUFFIX_BEFORE] = i > 0 ? w.suffix[(i - 1) * 4 + 2] : BOUNDARY_BEFORE;
  atoms[SUFFIX_AFTER] = i + 1 < n ? w.suffix[(i + 1) * 4 + 2] : BOUNDARY_AFTER;
  atoms[SHAPE_BEFORE] = i > 0 ? w.shape[i - 1] : BOUNDARY_BEFORE;
  atoms[SHAPE_AFTER] = i + 1 < n ? w.shape[i + 1] : BOUNDARY_AFTER;
  atoms[AMBIGUITY_AFTER] = i + 1 < n ? w.ambiguity[i + 1] : BOUNDARY_AFTER;
  atoms[AMBIGUITY_AFTER2] = i + 2 < n ? w.ambiguity[i + 2] : BOUNDARY_AFTER;
}

/** The keys of the previous tags alone (`LABEL_RECIPES`), written into `out` from position `k`; returns the end. */
export function labelFeatures(prev1: number, prev2: number, out: Uint32Array, k: number): number {
  atoms[PREV1] = prev1;
  atoms[PREV2] = prev2;
  return writeKeys(LABEL_PROGRAM, atoms, out, k);
}

/**
 * The keys of word `j` of `w` as the token's neighbour in role `role` (`NEIGHBOUR_STEPS`), or of the
 * sentence boundary when `j` is -1, written into `out` from position `k`; returns the end.
 */
export function neighbourFeatures(w: SentenceWords, j: number, role: number, out: Uint32Array, k: number): number {
  const boundary = NEIGHBOUR_STEPS[role] < 0 ? BOUNDARY_BEFORE : BOUNDARY_AFTER;
  const lower = j < 0 ? boundary : w.lower[j];
  const suffix3 = j < 0 ? boundary : w.suffix[j * 4 + 2];
  const shape = j < 0 ? boundary : w.shape[j];
  const ambiguity = j < 0 ? boundary : w.ambiguity[j];
  atoms[BEFORE1] = atoms[AFTER1] = atoms[AFTER2] = lower;
  atoms[SUFFIX_BEFORE] = atoms[SUFFIX_AFTER] = suffix3;
  atoms[SHAPE_BEFORE] = atoms[SHAPE_AFTER] = shape;
  atoms[AMBIGUITY_AFTER] = atoms[AMBIGUITY_AFTER2] = ambiguity;
  return writeKeys(NEIGHBOUR_PROGRAMS[role], atoms, out, k);
}

/**
 * The context keys of token `i` that neither `labelFeatures` nor `neighbourFeatures` writes: the word
 * with a neighbour or a previous tag, and the word two before; written into `out` from position `k`.
 */
export function tokenFeatures(w: SentenceWords, i: number, prev1: number, prev2: number, out: Uint32Array, k: number): number {
  setContextAtoms(w, i, prev1, prev2);
  return writeKeys(TOKEN_PROGRAM, atoms, out, k);
}
