/**
 * Feature extraction for the tagger. Every feature is a 32-bit hash of (template, value): word
 * strings are hashed once per token and combined with integer mixing, so a token costs a few
 * dozen multiplications and no string building. Training and inference share this file, so the
 * keys the model stores are the keys inference computes.
 */
import { hashText, pairKey } from '../../ml/feature-hash.js';
import { KeyTable } from '../../core/key-table.js';
import { WordSlab } from '../../core/word-slab.js';
import type { Gazetteer } from './gazetteer.js';
import { letterCounts, shapeHash as shapeHashOf } from './word-forms.js';

const SLASHED = /^\/([\p{L}\p{N}][^/]*)\/$/u;

/**
 * Curly quotes and apostrophes as their ASCII forms, so `Putin’s` reads like CoNLL's `'s`; an
 * agency tag such as `/TASS/`, which the tokenizer keeps whole, reads as its name.
 */
export function normalizeToken(text: string): string {
  const slashed = SLASHED.exec(text);
  if (slashed) return slashed[1];
  return /[‘’“”]/.test(text) ? text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"') : text;
}

const DIGIT = /[0-9]/;
const DIGITS = /[0-9]/g;

/** Lower case with digits folded to `0`: numbers share weights regardless of value. */
export function foldWord(text: string): string {
  return text.toLowerCase().replace(DIGITS, '0');
}

// Template ids. Changing any of them changes every key: retrain after editing this list.
const T = {
  bias: 0, word: 1, low: 2, lowPrev2: 3, lowPrev: 4, lowNext: 5, lowNext2: 6, shapePrev: 7, shape: 8, shapeNext: 9,
  shapePrevCur: 10, shapeCurNext: 11, prefix: 12, suffix: 16, bigramPrev: 20, bigramNext: 21, firstShape: 22,
  capsLow: 23, gaz: 24, gazPrev: 25, gazNext: 26, gazShape: 27, cluster: 28, clusterPrev: 32, clusterNext: 33,
  tagPrev: 40, tagPrev2: 41, tagPrevLow: 42, tagPrevShape: 43, history: 44, historyShape: 45, gazTail: 46, prevLowShape: 47, clusterShape: 48,
} as const;

/** Distributional word classes at several granularities (coarse to fine), keyed by folded word. */
export type Clusters = KeyTable;

/** The classes table of word → classes pairs, keys sorted so the model's bytes are stable. */
export function clusterTable(classes: Iterable<readonly [string, readonly number[]]>): Clusters {
  return KeyTable.build([...classes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** What the tagger needs about each token of one sentence. */
export interface SentenceFeatures {
  /** Static feature keys of token i are `keys[offsets[i]] … keys[offsets[i + 1] - 1]`. */
  readonly keys: Uint32Array;
  readonly offsets: Uint32Array;
  /**
   * Token i's keys from `offsets[i]` up to `contextStart[i]` depend on its word alone (bias, form,
   * affixes, shape, word classes), so their summed weights can be remembered per word (#13).
   */
  readonly contextStart: Uint32Array;
  /**
   * Whether token i's own keys were left out of `keys` (`contextStart[i] === offsets[i]`) and are
   * only in `own[i].keys`, and so were its keys of one neighbouring word alone, which
   * `neighbourKeys` makes when asked: a `FeatureScratch` made for a scorer that remembers each
   * word's sums.
   */
  readonly ownApart: boolean;
  /** Per-token hashes reused by the tag-dependent features (int32 bits, see `pairKey`). */
  readonly lowHash: Int32Array;
  readonly shapeHash: Int32Array;
  /** Each token's finest word class (`lastClass`), which its neighbours' keys read (`neighbourKeys`). */
  readonly last: Int32Array;
  /** The words the features are of. */
  readonly words: readonly string[];
  /** Each token's word-type entry, where the summed weights of its own features are remembered. */
  readonly own: readonly OwnScores[];
  /** Folded words, for the document-level label history. */
  readonly low: readonly string[];
  /** Whether the token starts with a capital letter (history applies only to those). */
  readonly capital: Uint8Array;
}

const MAX_PER_TOKEN = 64;
// Word hashes are kept as int32 bits (`| 0`), as `pairKey` returns its keys: the same keys, and no
// heap number for a hash of 2^31 or more where V8 does not inline a call (#13).
const NONE = hashText('<none>') | 0;
const START = hashText('<s>') | 0;
const END = hashText('</s>') | 0;
const BIAS = pairKey(T.bias, 0);

/** What features need about one word type, computed once and cached: news repeats its words. */
interface WordInfo {
  readonly norm: string;
  /** `norm` lower-cased (digits kept), as the gazetteer matches it. */
  readonly lower: string;
  readonly low: string;
  readonly lowHash: number;
  readonly shapeHash: number;
  readonly wordKey: number;
  /** Prefix and suffix feature keys. */
  readonly affixes: Int32Array;
  readonly capital: number;
  readonly letters: number;
  readonly upper: number;
  /** The word's own keys under the model last used with it (`ownKeysOf`). */
  own?: OwnKeys;
}

/**
 * A word type's own keys, and where the decoder remembers its summed weights (`word-sums.ts`), kept with
 * the word's other per-type data: a separate memory keyed by the word was a second map lookup per token (#13).
 */
export interface OwnScores {
  /** The word's own feature keys (the same as its tokens' keys from `offsets[i]` to `contextStart[i]`). */
  readonly keys: Uint32Array;
  /** The word's slot in the decoder's `RememberedSums` (-1: none yet); its own if that table's owner of the slot is this. */
  slot: number;
}

/**
 * The keys of a word's own features (bias, form, affixes, shape, word classes, hyphen tail) under
 * one model's word classes and gazetteer, computed once per word type: they were rebuilt, with a
 * word-class lookup, for every token (#13).
 */
interface OwnKeys extends OwnScores {
  readonly clusters: Clusters;
  /** The gazetteer's table the keys were made with (a gazetteer given a phrase gets a new one). */
  readonly names: KeyTable;
  /** The word's finest word class (`lastClass`), which its neighbours' features read. */
  readonly last: number;
  /** The entry of the word alone in the gazetteer's table (`names`), or -1: where `Gazetteer.match` starts. */
  readonly gazEntry: number;
  /** How many of `keys` are word-class keys (with their shape pair) and hyphen-tail keys. */
  readonly classKeys: number;
  readonly tailKeys: number;
}

/** Room for one word's own keys while they are made (4, up to 8 affixes, the classes, a shape pair, the lists). */
let ownScratch: Uint32Array = new Uint32Array(64);

/** `ownScratch` with room for `more` keys after its first `k`, which it keeps. */
function growScratch(k: number, more: number): Uint32Array {
  const grown = new Uint32Array(k + more);
  grown.set(ownScratch.subarray(0, k));
  return grown;
}

/**
 * The word-type cache's own keys, cut from slabs: each was an `ArrayBuffer` of its own (over 64 bytes), ~10 times
 * the cost of a view (#13, `word-slab.ts`). Their summed scores are rows of one table (`word-sums.ts`).
 */
export const wordTypeSlab = new WordSlab();

/** The first `k` of `keys`, in their own array. */
function copyKeys(keys: Uint32Array, k: number): Uint32Array {
  const out = wordTypeSlab.uint32s(k);
  for (let j = 0; j < k; j++) out[j] = keys[j];
  return out;
}

/** `names` is `gazetteer.table()`, which the caller reads once per sentence. */
function ownKeysOf(info: WordInfo, clusters: Clusters, gazetteer: Gazetteer, names: KeyTable): OwnKeys {
  const known = info.own;
  if (known !== undefined && known.clusters === clusters && known.names === names) return known;
  // Written into one reused buffer and copied out: no growing array per new word (#13).
  let keys: Uint32Array = ownScratch;
  let k = 0;
  keys[k++] = BIAS;
  keys[k++] = info.wordKey;
  keys[k++] = pairKey(T.low, info.lowHash);
  keys[k++] = pairKey(T.shape, info.shapeHash);
  for (let a = 0; a < info.affixes.length; a++) keys[k++] = info.affixes[a];
  const c = clusters.find(info.low);
  const classes = c < 0 ? 0 : clusters.valueCount(c);
  if (ownScratch.length < k + classes + 34) ownScratch = keys = growScratch(k, classes + 34);
  for (let g = 0; g < classes; g++) keys[k++] = pairKey(T.cluster + g, clusters.value(c, g));
  if (classes === 0) keys[k++] = pairKey(T.cluster, NONE);
  const last = lastClass(clusters, c);
  keys[k++] = pairKey(T.clusterShape, last, info.shapeHash);
  const beforeTail = k;
  // "intra-Libyan", "post-Soviet": the tokenizer keeps prefixed words whole; look up the name part.
  const w = info.norm;
  const hyphen = w.lastIndexOf('-');
  if (hyphen > 0 && hyphen < w.length - 1) {
    const lists = gazetteer.listsOfWord(w.slice(hyphen + 1).toLowerCase());
    for (let list = 0; lists >> list; list++) if ((lists >> list) & 1) keys[k++] = pairKey(T.gazTail, list);
  }
  const own: OwnKeys = {
    clusters,
    names,
    keys: copyKeys(keys, k),
    last,
    gazEntry: names.find(info.lower),
    classKeys: beforeTail - info.affixes.length - 4,
    tailKeys: k - beforeTail,
    // Set when the word is first scored; present from the start, so that every entry has one shape.
    slot: -1,
  };
  info.own = own;
  return own;
}

/**
 * Word types per generation of the cache. An entry (three strings, two typed arrays, the per-class
 * sums) is ~2 KB, and a worker's heap is sized by the most it has held: 20,000 entries in one map
 * made the cache ~40 MB of each worker's heap at its fullest (#13). Two generations of 4,096 hold
 * at most 8,192 and keep the words in use when a generation is dropped: over the 3.0 million
 * tokens of Reuters-21578 they miss 11.2% of tokens, one map of 8,192 emptied when full 13.4%,
 * one of 20,000 7.2% (each miss is one word type's features, a few microseconds).
 */
const GENERATION_SIZE = 4096;
let cache = new Map<string, WordInfo>();
/** The generation before `cache`: a word found here moves to `cache`, the rest go when it is replaced. */
let previous = new Map<string, WordInfo>();

/** Remember `info` in the current generation, starting a new one when it is full. */
function remember(word: string, info: WordInfo): void {
  if (cache.size >= GENERATION_SIZE) {
    previous = cache;
    cache = new Map();
  }
  cache.set(word, info);
}

function wordInfo(word: string): WordInfo {
  const hit = cache.get(word);
  if (hit) return hit;
  const kept = previous.get(word);
  if (kept) {
    remember(word, kept);
    return kept;
  }
  const norm = normalizeToken(word);
  // `foldWord(norm)`, with the lower case made once.
  const lower = norm.toLowerCase();
  const low = DIGIT.test(lower) ? lower.replace(DIGITS, '0') : lower;
  // Affix hashes read in place (`hashText` of a range), not of a slice each.
  const affixes = new Int32Array(2 * Math.max(0, Math.min(4, low.length - 1)));
  for (let a = 1; a <= 4 && a < low.length; a++) {
    affixes[2 * a - 2] = pairKey(T.prefix + a - 1, hashText(low, 0, a) | 0);
    affixes[2 * a - 1] = pairKey(T.suffix + a - 1, hashText(low, low.length - a) | 0);
  }
  const { letters, upper } = letterCounts(norm);
  const first = norm.charAt(0);
  const info: WordInfo = {
    norm,
    lower,
    low,
    lowHash: hashText(low) | 0,
    shapeHash: shapeHashOf(norm),
    wordKey: pairKey(T.word, hashText(norm) | 0),
    affixes,
    capital: first !== first.toLowerCase() ? 1 : 0,
    letters,
    upper,
  };
  // A long-running process sees an open vocabulary: the generations bound what it keeps.
  remember(word, info);
  return info;
}

/** Word hash `i` of a sentence of `n` words, or the start or end mark outside it. */
function at(n: number, hashes: Int32Array, i: number): number {
  return i < 0 ? START : i >= n ? END : hashes[i];
}

/** The finest word class of cluster entry `e`, or NONE for a word without classes. */
function lastClass(clusters: Clusters, e: number): number {
  return e < 0 ? NONE : clusters.value(e, clusters.valueCount(e) - 1);
}

/**
 * Arrays `extractFeatures` fills instead of allocating new ones for each sentence: inference
 * reuses one (a zeroed key buffer of 64 keys per token was 17% of the stage's feature time, #13),
 * the trainer keeps each sentence's features and so passes none.
 */
export class FeatureScratch {
  /**
   * With `ownApart`, a word's own keys are not copied into `keys` (`SentenceFeatures.ownApart`): a
   * decoder that remembers each word type's summed weights reads them once per type, and the copy
   * was ~4% of the stage (#13). The trainer, which needs every key in place, passes no scratch.
   */
  constructor(readonly ownApart = false) {}

  keys = new Uint32Array(0);
  offsets = new Uint32Array(0);
  contextStart = new Uint32Array(0);
  lowHash = new Int32Array(0);
  shapeHash = new Int32Array(0);
  capital = new Uint8Array(0);
  last = new Int32Array(0);
  gazEntry = new Int32Array(0);

  /** Make room for a sentence of `n` words (contents are overwritten, not cleared). */
  fit(n: number): this {
    if (this.offsets.length < n + 1) {
      const size = Math.max(n + 1, this.offsets.length * 2);
      this.keys = new Uint32Array(size * MAX_PER_TOKEN);
      this.offsets = new Uint32Array(size);
      this.contextStart = new Uint32Array(size);
      this.lowHash = new Int32Array(size);
      this.shapeHash = new Int32Array(size);
      this.capital = new Uint8Array(size);
      this.last = new Int32Array(size);
      this.gazEntry = new Int32Array(size);
    }
    return this;
  }
}

/**
 * Compute the static features of every token of a sentence. With `scratch`, the result's arrays
 * are the scratch's (valid until its next use, and longer than the sentence).
 */
export function extractFeatures(words: readonly string[], gazetteer: Gazetteer, clusters: Clusters, scratch?: FeatureScratch): SentenceFeatures {
  const n = words.length;
  const room = scratch ?? new FeatureScratch();
  room.fit(n);
  // One pass over the words; plain loops, as typed-array `from` with a mapping function is slow.
  const owns = new Array<OwnKeys>(n);
  const low = new Array<string>(n);
  const lower = new Array<string>(n);
  const { lowHash, shapeHash, capital, last, gazEntry, keys, offsets, contextStart } = room;
  const apart = room.ownApart;
  let letters = 0;
  let upper = 0;
  const names = gazetteer.table();
  for (let i = 0; i < n; i++) {
    const info = wordInfo(words[i]);
    const own = ownKeysOf(info, clusters, gazetteer, names);
    owns[i] = own;
    low[i] = info.low;
    lower[i] = info.lower;
    lowHash[i] = info.lowHash;
    shapeHash[i] = info.shapeHash;
    capital[i] = info.capital;
    last[i] = own.last;
    gazEntry[i] = own.gazEntry;
    letters += info.letters;
    upper += info.upper;
  }
  // Headlines in capitals carry no case signal; let the model know (CoNLL has many).
  const caps = letters > 8 && upper / letters > 0.9 ? 1 : 0;
  const gaz = gazetteer.match(lower, gazEntry);
  let k = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    // The word's own features first (see `contextStart`). A loop, not `keys.set`: the builtin's
    // call costs more than copying a dozen keys.
    const own = owns[i];
    if (!apart) for (let j = 0; j < own.keys.length; j++) keys[k++] = own.keys[j];
    contextStart[i] = k;
    // The gazetteer caps below count the keys before them as the model was trained, when the
    // word classes, their shape pair and the hyphen tail came after the gazetteer codes; own keys
    // and neighbour keys left apart count as if they were in place.
    const classKeys = own.classKeys - (apart ? own.keys.length + NEIGHBOUR_KEYS_BEFORE_GAZ : 0);
    const { tailKeys } = own;
    // Apart, a decoder reads these eight keys' sums with the neighbour's word type and seldom
    // asks for the keys themselves: making them for every token was most of this loop (#13).
    if (!apart) {
      keys[k++] = pairKey(T.lowPrev2, at(n, lowHash, i - 2));
      keys[k++] = pairKey(T.lowPrev, at(n, lowHash, i - 1));
      keys[k++] = pairKey(T.lowNext, at(n, lowHash, i + 1));
      keys[k++] = pairKey(T.lowNext2, at(n, lowHash, i + 2));
      keys[k++] = pairKey(T.shapePrev, at(n, shapeHash, i - 1));
      keys[k++] = pairKey(T.shapeNext, at(n, shapeHash, i + 1));
    }
    keys[k++] = pairKey(T.shapePrevCur, at(n, shapeHash, i - 1), shapeHash[i]);
    keys[k++] = pairKey(T.shapeCurNext, shapeHash[i], at(n, shapeHash, i + 1));
    keys[k++] = pairKey(T.bigramPrev, at(n, lowHash, i - 1), lowHash[i]);
    keys[k++] = pairKey(T.bigramNext, lowHash[i], at(n, lowHash, i + 1));
    if (i === 0) keys[k++] = pairKey(T.firstShape, shapeHash[i]);
    if (caps) keys[k++] = pairKey(T.capsLow, lowHash[i]);
    for (const code of gaz[i]) {
      if (k - classKeys - tailKeys > offsets[i] + MAX_PER_TOKEN - 12) break;
      keys[k++] = pairKey(T.gaz, code);
      keys[k++] = pairKey(T.gazShape, code, shapeHash[i]);
    }
    if (i > 0) for (const code of gaz[i - 1]) if (k - classKeys < offsets[i] + MAX_PER_TOKEN - 10) keys[k++] = pairKey(T.gazPrev, code);
    if (i + 1 < n) for (const code of gaz[i + 1]) if (k - classKeys < offsets[i] + MAX_PER_TOKEN - 8) keys[k++] = pairKey(T.gazNext, code);
    if (!apart) keys[k++] = pairKey(T.clusterPrev, i > 0 ? last[i - 1] : NONE);
    // "president Xx", "minister Xx": a lower-case word before a capitalised one says much.
    keys[k++] = pairKey(T.prevLowShape, at(n, lowHash, i - 1), shapeHash[i]);
    if (!apart) keys[k++] = pairKey(T.clusterNext, i + 1 < n ? last[i + 1] : NONE);
  }
  offsets[n] = k;
  return { keys, offsets: scratch ? offsets.subarray(0, n + 1) : offsets, contextStart, ownApart: apart, words, own: owns, lowHash, shapeHash, last, low, capital };
}

/** The words whose keys `neighbourKeys` makes, by role: the word two before, the word before, after, and two after. */
export const NEIGHBOUR_STEPS: readonly number[] = [-2, -1, 1, 2];
/** How many keys `neighbourKeys` makes for a token, over its four roles. */
export const NEIGHBOUR_KEY_COUNT = 8;
/** How many of a token's keys of single neighbours come before its gazetteer keys, which the caps count. */
const NEIGHBOUR_KEYS_BEFORE_GAZ = 6;

/**
 * Token i's context keys that depend on the word at `NEIGHBOUR_STEPS[r]` from it alone (its form,
 * shape and finest class as the word before or after; the start or end mark outside the sentence),
 * written into `out` from `k`; returns the end. With `ownApart` they are left out of `keys`, as
 * their summed weights are a property of the neighbour's word type, which a decoder remembers (#13).
 */
export function neighbourKeys(f: SentenceFeatures, i: number, r: number, out: Uint32Array, k: number): number {
  const n = f.offsets.length - 1;
  const { lowHash, shapeHash, last } = f;
  if (r === 0) out[k++] = pairKey(T.lowPrev2, at(n, lowHash, i - 2));
  else if (r === 1) {
    out[k++] = pairKey(T.lowPrev, at(n, lowHash, i - 1));
    out[k++] = pairKey(T.shapePrev, at(n, shapeHash, i - 1));
    out[k++] = pairKey(T.clusterPrev, i > 0 ? last[i - 1] : NONE);
  } else if (r === 2) {
    out[k++] = pairKey(T.lowNext, at(n, lowHash, i + 1));
    out[k++] = pairKey(T.shapeNext, at(n, shapeHash, i + 1));
    out[k++] = pairKey(T.clusterNext, i + 1 < n ? last[i + 1] : NONE);
  } else out[k++] = pairKey(T.lowNext2, at(n, lowHash, i + 2));
  return k;
}

/**
 * The decision keys of `dynamicFeatures` that depend on the labels alone, not on the word: the
 * previous label, the two before, and the word's label history. A decoder may remember their
 * summed weights per (prev, prev2, history), as it does a word's own sums (#13).
 */
export function labelOnlyKeys(prev: number, prev2: number, history: number, out: Uint32Array): number {
  out[0] = pairKey(T.tagPrev, prev);
  out[1] = pairKey(T.tagPrev2, prev2, prev);
  out[2] = pairKey(T.history, history);
  return 3;
}

/** The other decision keys of `dynamicFeatures`: the previous label or the history with the word's form. */
export function labelWordKeys(f: SentenceFeatures, i: number, prev: number, history: number, out: Uint32Array): number {
  out[0] = pairKey(T.tagPrevLow, prev, f.lowHash[i]);
  out[1] = pairKey(T.tagPrevShape, prev, f.shapeHash[i]);
  out[2] = pairKey(T.historyShape, history, f.shapeHash[i]);
  return 3;
}

/**
 * Keys of the features that depend on earlier decisions: the previous one or two labels, and
 * the label this word last got in the same document (Ratinov & Roth's prediction history, which
 * keeps "Macron … Macron" consistent). `history` is -1 when the word was not seen.
 */
export function dynamicFeatures(f: SentenceFeatures, i: number, prev: number, prev2: number, history: number, out: Uint32Array): number {
  out[0] = pairKey(T.tagPrev, prev);
  out[1] = pairKey(T.tagPrev2, prev2, prev);
  out[2] = pairKey(T.tagPrevLow, prev, f.lowHash[i]);
  out[3] = pairKey(T.tagPrevShape, prev, f.shapeHash[i]);
  out[4] = pairKey(T.history, history);
  out[5] = pairKey(T.historyShape, history, f.shapeHash[i]);
  return 6;
}
