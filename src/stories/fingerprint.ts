import { createHash } from 'node:crypto';

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
const SEED_A = Int32Array.from(SEEDS, ([a]) => a);
const SEED_B = Uint32Array.from(SEEDS, ([, b]) => b);

/** The distinct shingle hashes of a body (one shingle of all words when it is shorter than a shingle), in text order. */
export function shingles(bodyWords: readonly string[]): Uint32Array {
  return Uint32Array.from(new Set(shingleHashes(bodyWords)));
}

/**
 * The hash of every shingle of a body in text order, repeats included: what `minhash` reads, since
 * a least value is the same over a shingle read twice. The set that made them distinct was most of
 * a signature's allocation, made for every article stored (#13).
 */
function shingleHashes(bodyWords: readonly string[]): Uint32Array {
  if (bodyWords.length === 0) return new Uint32Array(0);
  const out = new Uint32Array(Math.max(1, bodyWords.length - SHINGLE_WORDS + 1));
  for (let i = 0; i < out.length; i++) out[i] = shingleHash(bodyWords, i, Math.min(bodyWords.length, i + SHINGLE_WORDS));
  return out;
}

/**
 * `hashText` of words `from…to` joined by spaces, without building the joined string: FNV-1a reads
 * one code unit at a time, so hashing the words and the spaces in turn gives the same number. A
 * slice and a joined string per word were most of the cost of an article's story features (#13).
 */
function shingleHash(bodyWords: readonly string[], from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let w = from; w < to; w++) {
    if (w > from) h = Math.imul(h ^ SPACE, 0x01000193);
    const word = bodyWords[w];
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

const SPACE = 0x20;

/** MinHash signature: per hash function, the least hash of any shingle; empty for an empty body. */
export function minhash(bodyWords: readonly string[]): number[] {
  const hashes = shingleHashes(bodyWords);
  if (hashes.length === 0) return [];
  // One pass over the shingles for all hash functions, into typed arrays (#13). The last `^=`
  // leaves a signed 32-bit value, and stored signatures hold those: the least is taken signed.
  const mins = new Int32Array(MINHASH_SIZE).fill(0x7fffffff);
  for (let s = 0; s < hashes.length; s++) {
    const h = hashes[s];
    for (let f = 0; f < MINHASH_SIZE; f++) {
      // Multiply-add mod 2^32, then a final mix so low bits depend on all input bits.
      let v = (Math.imul(h, SEED_A[f]) + SEED_B[f]) >>> 0;
      v ^= v >>> 16;
      v = Math.imul(v, 0x45d9f3b) >>> 0;
      v ^= v >>> 16;
      if (v < mins[f]) mins[f] = v;
    }
  }
  return Array.from(mins);
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
