import type { Document } from '../core/document.js';
import '../stages/quotes/types.js';
import { SHINGLE_WORDS, shingles, words } from './fingerprint.js';

/**
 * Which address an item quotes (see #15). An official site posts a speech's transcript under a
 * title naming the occasion ("… - address by President Volodymyr Zelenskyy") and items quoting it
 * ("This was stated by President Volodymyr Zelenskyy in his address"), on its day or the next
 * morning; on a day of several addresses only the words tell which one an item quotes. The quoting
 * item keeps a sample of its quotes' shingles, the transcript a Bloom filter of its own, and the
 * share of the sample the filter holds says whether the words were said there (stories-dev: 0.94
 * and 0.71 for an item and its address, 0.0 for the same day's other addresses).
 */

/** Quote shingles kept per item: enough to tell, few enough to store with every item. */
export const QUOTE_SHINGLES = 48;
/** Fewer quote shingles than this say nothing either way (a two-word quote). */
export const MIN_QUOTE_SHINGLES = 8;
/** Filter bits per shingle and bit positions per shingle: about 0.2% false positives. */
const BITS_PER_SHINGLE = 16;
const POSITIONS = 4;

/** The distinct shingle hashes of the item's direct quotes, the first `QUOTE_SHINGLES` in text order; empty when too few. */
export function quoteSample(doc: Document): number[] {
  const out: number[] = [];
  for (const quote of (doc.layers.quotes ?? []).filter((q) => q.kind === 'direct')) {
    const quoted = words(doc.text.slice(quote.start, quote.end));
    if (quoted.length < SHINGLE_WORDS) continue;
    for (const h of shingles(quoted)) if (!out.includes(h) && out.length < QUOTE_SHINGLES) out.push(h);
  }
  return out.length >= MIN_QUOTE_SHINGLES ? out : [];
}

/** A Bloom filter of the body's shingles, base64 (its length gives its size). */
export function transcriptFilter(bodyWords: readonly string[]): string {
  const hashes = shingles(bodyWords);
  const bits = new Uint8Array(Math.max(8, Math.ceil((hashes.length * BITS_PER_SHINGLE) / 8)));
  for (const h of hashes) for (const p of positions(h, bits.length * 8)) bits[p >>> 3] |= 1 << (p & 7);
  return Buffer.from(bits).toString('base64');
}

/** The share of the sample the filter holds (0–1). */
export function heardShare(sample: readonly number[], filter: string): number {
  const bits = Buffer.from(filter, 'base64');
  const size = bits.length * 8;
  const held = sample.filter((h) => positions(h, size).every((p) => (bits[p >>> 3] & (1 << (p & 7))) !== 0)).length;
  return sample.length ? held / sample.length : 0;
}

/** Double hashing: the shingle's hash and a mix of it give `POSITIONS` bits of `size`. */
function positions(h: number, size: number): number[] {
  let g = Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> 0;
  g = (g ^ (g >>> 16)) | 1;
  return Array.from({ length: POSITIONS }, (_, i) => ((h + Math.imul(i, g)) >>> 0) % size);
}
