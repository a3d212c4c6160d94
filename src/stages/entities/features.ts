/**
 * Feature extraction for the tagger. Every feature is a 32-bit hash of (template, value): word
 * strings are hashed once per token and combined with integer mixing, so a token costs a few
 * dozen multiplications and no string building. Training and inference share this file, so the
 * keys the model stores are the keys inference computes.
 */
import type { Gazetteer } from './gazetteer.js';

/** FNV-1a over UTF-16 code units. */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Combine a template id with up to two value hashes (murmur3 finaliser). */
export function mix(template: number, a: number, b = 0): number {
  let h = Math.imul(template + 1, 0x9e3779b1) ^ a;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0 || 1;
}

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

/** Lower case with digits folded to `0`: numbers share weights regardless of value. */
export function foldWord(text: string): string {
  return text.toLowerCase().replace(/[0-9]/g, '0');
}

/** Compressed word shape: `Putin` → `Xx`, `U.S.` → `X.X.`, `1996` → `d`, `Russian-French` → `Xx-Xx`. */
export function wordShape(text: string): string {
  let shape = '';
  let last = '';
  for (const ch of text) {
    const c = ch >= 'A' && ch <= 'Z' ? 'X' : ch >= 'a' && ch <= 'z' ? 'x' : ch >= '0' && ch <= '9' ? 'd' : ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
    if (c !== last) shape += c;
    last = c;
  }
  return shape;
}

// Template ids. Changing any of them changes every key: retrain after editing this list.
const T = {
  bias: 0, word: 1, low: 2, lowPrev2: 3, lowPrev: 4, lowNext: 5, lowNext2: 6, shapePrev: 7, shape: 8, shapeNext: 9,
  shapePrevCur: 10, shapeCurNext: 11, prefix: 12, suffix: 16, bigramPrev: 20, bigramNext: 21, firstShape: 22,
  capsLow: 23, gaz: 24, gazPrev: 25, gazNext: 26, gazShape: 27, cluster: 28, clusterPrev: 32, clusterNext: 33,
  tagPrev: 40, tagPrev2: 41, tagPrevLow: 42, tagPrevShape: 43, history: 44, historyShape: 45, gazTail: 46,
} as const;

/** Distributional word classes at several granularities, keyed by folded word. */
export type Clusters = ReadonlyMap<string, readonly number[]>;

/** What the tagger needs about each token of one sentence. */
export interface SentenceFeatures {
  /** Static feature keys of token i are `keys[offsets[i]] … keys[offsets[i + 1] - 1]`. */
  readonly keys: Uint32Array;
  readonly offsets: Uint32Array;
  /** Per-token hashes reused by the tag-dependent features. */
  readonly lowHash: Uint32Array;
  readonly shapeHash: Uint32Array;
  /** Folded words, for the document-level label history. */
  readonly low: readonly string[];
  /** Whether the token starts with a capital letter (history applies only to those). */
  readonly capital: Uint8Array;
}

const MAX_PER_TOKEN = 64;
const NONE = hashText('<none>');

/** Compute the static features of every token of a sentence. */
export function extractFeatures(words: readonly string[], gazetteer: Gazetteer, clusters: Clusters): SentenceFeatures {
  const n = words.length;
  const norm = words.map(normalizeToken);
  const low = norm.map(foldWord);
  const lowHash = new Uint32Array(n);
  const shapeHash = new Uint32Array(n);
  const capital = new Uint8Array(n);
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < n; i++) {
    lowHash[i] = hashText(low[i]);
    shapeHash[i] = hashText(wordShape(norm[i]));
    const first = norm[i].charAt(0);
    capital[i] = first !== first.toLowerCase() ? 1 : 0;
    for (const ch of norm[i]) {
      if (ch.toLowerCase() !== ch.toUpperCase()) {
        letters++;
        if (ch !== ch.toLowerCase()) upper++;
      }
    }
  }
  // Headlines in capitals carry no case signal; let the model know (CoNLL has many).
  const caps = letters > 8 && upper / letters > 0.9 ? 1 : 0;
  const gaz = gazetteer.match(norm.map((w) => w.toLowerCase()));
  const cls = low.map((w) => clusters.get(w));
  const keys = new Uint32Array(n * MAX_PER_TOKEN);
  const offsets = new Uint32Array(n + 1);
  let k = 0;
  const at = (h: Uint32Array, i: number) => (i < 0 ? hashText('<s>') : i >= n ? hashText('</s>') : h[i]);
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    const w = norm[i];
    keys[k++] = mix(T.bias, 0);
    keys[k++] = mix(T.word, hashText(w));
    keys[k++] = mix(T.low, lowHash[i]);
    keys[k++] = mix(T.lowPrev2, at(lowHash, i - 2));
    keys[k++] = mix(T.lowPrev, at(lowHash, i - 1));
    keys[k++] = mix(T.lowNext, at(lowHash, i + 1));
    keys[k++] = mix(T.lowNext2, at(lowHash, i + 2));
    keys[k++] = mix(T.shapePrev, at(shapeHash, i - 1));
    keys[k++] = mix(T.shape, shapeHash[i]);
    keys[k++] = mix(T.shapeNext, at(shapeHash, i + 1));
    keys[k++] = mix(T.shapePrevCur, at(shapeHash, i - 1), shapeHash[i]);
    keys[k++] = mix(T.shapeCurNext, shapeHash[i], at(shapeHash, i + 1));
    const lw = low[i];
    for (let a = 1; a <= 4 && a < lw.length; a++) {
      keys[k++] = mix(T.prefix + a - 1, hashText(lw.slice(0, a)));
      keys[k++] = mix(T.suffix + a - 1, hashText(lw.slice(-a)));
    }
    keys[k++] = mix(T.bigramPrev, at(lowHash, i - 1), lowHash[i]);
    keys[k++] = mix(T.bigramNext, lowHash[i], at(lowHash, i + 1));
    if (i === 0) keys[k++] = mix(T.firstShape, shapeHash[i]);
    if (caps) keys[k++] = mix(T.capsLow, lowHash[i]);
    for (const code of gaz[i]) {
      if (k > offsets[i] + MAX_PER_TOKEN - 12) break;
      keys[k++] = mix(T.gaz, code);
      keys[k++] = mix(T.gazShape, code, shapeHash[i]);
    }
    // "intra-Libyan", "post-Soviet": the tokenizer keeps prefixed words whole; look up the name part.
    const hyphen = w.lastIndexOf('-');
    if (hyphen > 0 && hyphen < w.length - 1) {
      const lists = gazetteer.listsOf([w.slice(hyphen + 1).toLowerCase()]);
      for (let list = 0; lists >> list; list++) if ((lists >> list) & 1) keys[k++] = mix(T.gazTail, list);
    }
    if (i > 0) for (const code of gaz[i - 1]) if (k < offsets[i] + MAX_PER_TOKEN - 10) keys[k++] = mix(T.gazPrev, code);
    if (i + 1 < n) for (const code of gaz[i + 1]) if (k < offsets[i] + MAX_PER_TOKEN - 8) keys[k++] = mix(T.gazNext, code);
    const c = cls[i];
    if (c) for (let g = 0; g < c.length; g++) keys[k++] = mix(T.cluster + g, c[g]);
    else keys[k++] = mix(T.cluster, NONE);
    const cp = i > 0 ? cls[i - 1] : undefined;
    const cn = i + 1 < n ? cls[i + 1] : undefined;
    keys[k++] = mix(T.clusterPrev, cp ? cp[cp.length - 1] : NONE);
    keys[k++] = mix(T.clusterNext, cn ? cn[cn.length - 1] : NONE);
  }
  offsets[n] = k;
  return { keys, offsets, lowHash, shapeHash, low, capital };
}

/**
 * Keys of the features that depend on earlier decisions: the previous one or two labels, and
 * the label this word last got in the same document (Ratinov & Roth's prediction history, which
 * keeps "Macron … Macron" consistent). `history` is -1 when the word was not seen.
 */
export function dynamicFeatures(f: SentenceFeatures, i: number, prev: number, prev2: number, history: number, out: Uint32Array): number {
  out[0] = mix(T.tagPrev, prev);
  out[1] = mix(T.tagPrev2, prev2, prev);
  out[2] = mix(T.tagPrevLow, prev, f.lowHash[i]);
  out[3] = mix(T.tagPrevShape, prev, f.shapeHash[i]);
  out[4] = mix(T.history, history);
  out[5] = mix(T.historyShape, history, f.shapeHash[i]);
  return 6;
}
