/**
 * The one feature hasher of dyad's linear models: 32-bit hashing of feature parts. Features are built from integers (template id, word hashes,
 * tag ids) instead of concatenated strings, so extracting one costs a few multiplications.
 *
 * `mix`, `finish` and `featureN` return their 32 bits as a signed int32 (the same bits as the
 * unsigned hash; store them in a Uint32Array or Int32Array). Node keeps an int32 as a small integer,
 * while an unsigned value of 2^31 or more is a heap number: when V8 does not inline these calls
 * (the feature functions are large), every such result or argument was an allocation (#13).
 */

/** FNV-1a hash of a string's UTF-16 code units, from `start` to `end`. */
export function hashText(text: string, start = 0, end = text.length): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Combine a running hash with one more integer (murmur3's mixing steps). */
export function mix(h: number, value: number): number {
  let k = Math.imul(value | 0, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** Final avalanche, so that the low bits used by the lookup table are well spread. */
export function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Seed of every chained feature hash: the tagger's and parser's models were trained with it. */
export const FEATURE_SEED = 0x2545f491;

/** Hash of a feature template applied to one value. */
export function feature1(template: number, a: number): number {
  return finish(mix(mix(FEATURE_SEED, template), a));
}

/** Hash of a feature template applied to two values. */
export function feature2(template: number, a: number, b: number): number {
  return finish(mix(mix(mix(FEATURE_SEED, template), a), b));
}

/** Hash of a feature template applied to three values. */
export function feature3(template: number, a: number, b: number, c: number): number {
  return finish(mix(mix(mix(mix(FEATURE_SEED, template), a), b), c));
}

/**
 * Key of a template applied to up to two values in one step (a murmur3-style finaliser); never 0.
 * The entity model's keys were trained with this combiner, the tagger's and parser's with the
 * chained `featureN`: both start from `hashText` word hashes. As `mix`, it returns its 32 bits as a
 * signed int32 and takes `a` and `b` as either (the same bits give the same key): an unsigned
 * result or argument of 2^31 or more was a heap number at every call V8 did not inline, ~0.1 KB
 * a token in the entities stage (#13).
 */
export function pairKey(template: number, a: number, b = 0): number {
  let h = Math.imul(template + 1, 0x9e3779b1) ^ a;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return h || 1;
}
