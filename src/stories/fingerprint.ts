import { createHash } from 'node:crypto';
import { hashText } from '../ml/feature-hash.js';

/**
 * Fingerprints of an article's body for exact and near-duplicate detection: a hash of its words
 * (case, punctuation and spacing ignored) and a MinHash signature over word shingles, whose bands
 * are the lookup keys (locality-sensitive hashing) so that a new article finds its near-duplicates
 * without comparing it to the whole store.
 */

/** Words per shingle: five words rarely repeat across unrelated stories of the same genre. */
export const SHINGLE_WORDS = 5;
/** Signature length and its bands: 16 bands of 4 make a pair with Jaccard 0.5 meet in a band 66% of the time, 0.7 in 98%. */
export const MINHASH_SIZE = 64;
export const BANDS = 16;
const ROWS = MINHASH_SIZE / BANDS;

/** The body's words, lower-cased (letters and digits only). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Hash of the body's words: equal for texts that differ only in case, punctuation or spacing. */
/** Hash of the figures of a text (its tokens with digits, in order): what a filled-in template changes. */
export function figuresHash(text: string): string {
  return exactHash(text.match(/\d[\d.,/-]*/g) ?? []);
}

export function exactHash(bodyWords: readonly string[]): string {
  return createHash('sha256').update(bodyWords.join(' '), 'utf8').digest('hex').slice(0, 16);
}

// Fixed odd multipliers and offsets of the hash family (a deterministic generator, so every store
// and every run computes the same signatures).
const SEEDS = (() => {
  let x = 0x9e3779b9;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
  return Array.from({ length: MINHASH_SIZE }, () => [next() | 1, next()] as const);
})();

/** The distinct shingle hashes of a body (one shingle of all words when it is shorter than a shingle). */
export function shingles(bodyWords: readonly string[]): Uint32Array {
  const out = new Set<number>();
  const last = Math.max(0, bodyWords.length - SHINGLE_WORDS);
  for (let i = 0; i <= last && bodyWords.length > 0; i++) out.add(hashText(bodyWords.slice(i, i + SHINGLE_WORDS).join(' ')));
  return Uint32Array.from(out);
}

/** MinHash signature: per hash function, the least hash of any shingle; empty for an empty body. */
export function minhash(bodyWords: readonly string[]): number[] {
  const hashes = shingles(bodyWords);
  if (hashes.length === 0) return [];
  return SEEDS.map(([a, b]) => {
    let min = 0xffffffff;
    for (const h of hashes) {
      // Multiply-add mod 2^32, then a final mix so low bits depend on all input bits.
      let v = (Math.imul(h, a) + b) >>> 0;
      v ^= v >>> 16;
      v = Math.imul(v, 0x45d9f3b) >>> 0;
      v ^= v >>> 16;
      if (v < min) min = v;
    }
    return min;
  });
}

/** Estimated Jaccard similarity of two shingle sets from their signatures (0 when either is empty). */
export function similarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== MINHASH_SIZE || b.length !== MINHASH_SIZE) return 0;
  let same = 0;
  for (let i = 0; i < MINHASH_SIZE; i++) if (a[i] === b[i]) same++;
  return same / MINHASH_SIZE;
}

/** The band keys of a signature: two signatures sharing one are near-duplicate candidates. */
export function bandKeys(signature: readonly number[]): string[] {
  if (signature.length !== MINHASH_SIZE) return [];
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) keys.push(`b${b}:${signature.slice(b * ROWS, (b + 1) * ROWS).map((v) => v.toString(36)).join('.')}`);
  return keys;
}
