/**
 * The compact ordered layout of a sparse linear model (#13): 8-byte slots, key and one payload word,
 * eight to a cache line, half the 16 bytes of the ordered sparse layout. Most stored rows are one
 * perceptron update: a weight on one class, or +w on one class and −w on another (the tagger 72%
 * of its rows, the parser's relation model 62%, the entity model 51%); such a row fits in the
 * payload. Every other row's entries live in `overflow` and the payload points to them.
 *
 * Payload bits, low first: a 2-bit form, then
 * - form 1, one weight: class (7 bits at 2), the int16 weight in the top half;
 * - form 2, opposite pair: class of +w (7 bits at 2), class of −w (7 bits at 9), w in the top half;
 * - form 0, a pointer: entry count (8 bits at 2), first overflow entry (22 bits at 10).
 * A free slot has the largest key and payload 0 (a pointer to no entries). Keys ascend with no
 * wraparound, as in every ordered table (`LayoutOptions.ordered`): a probe stops at the first
 * slot whose key is not smaller.
 */
import type { LinearModelData } from './linear-model.js';

/** Int32 words per compact slot: the key and the payload. */
export const COMPACT_STRIDE = 2;
/** The most classes a compact table can name in 7 bits. */
export const COMPACT_CLASSES = 128;
/** Overflow entries a pointer can address (22 bits). */
const MAX_OVERFLOW = 1 << 22;
/** Entries a pointed row can hold (8 bits). */
const MAX_POINTED = 255;
/** The key of a free slot (as int32): no key is larger, so every probe stops at one. */
const FREE_KEY = -1;

/** The table a compact layout is made of. */
export interface CompactTable {
  readonly slots: Int32Array;
  readonly overflow: Int32Array;
  readonly homeSlots: number;
}

/** The payload of row `r` if it fits in one word (forms 1 and 2), else undefined. */
function inlinePayload(data: LinearModelData, r: number): number | undefined {
  const first = data.offsets[r];
  const count = data.offsets[r + 1] - first;
  const weight = data.entryWeight[first];
  if (count === 1) return ((weight & 0xffff) << 16) | (data.entryClass[first] << 2) | 1;
  if (count !== 2 || data.entryWeight[first + 1] !== -weight) return undefined;
  // The pair's +w goes to the first class: a row (c1: −5, c2: 5) is stored as (c2, c1, 5).
  const [plus, minus] = weight > 0 ? [first, first + 1] : [first + 1, first];
  return ((Math.abs(weight) & 0xffff) << 16) | (data.entryClass[minus] << 9) | (data.entryClass[plus] << 2) | 2;
}

/**
 * Lay out trained rows compact. `homeSlots` home slots (load 2/3, as the other layouts), rows
 * inserted by ascending key with linear probing, so the table is sorted; at least one free slot
 * ends it, so every probe stops inside.
 */
export function layOutCompact(data: LinearModelData, homeSlots: number): CompactTable {
  const { keys, offsets, entryClass, entryWeight } = data;
  if (data.classes.length > COMPACT_CLASSES) throw new RangeError(`a compact linear model has at most ${COMPACT_CLASSES} classes`);
  const stored: number[] = [];
  let spill = 0;
  for (let r = 0; r < keys.length; r++) {
    const count = offsets[r + 1] - offsets[r];
    if (count === 0) continue;
    if (count > MAX_POINTED) throw new RangeError('linear model row too long for the compact layout');
    stored.push(r);
    if (inlinePayload(data, r) === undefined) spill += count;
  }
  if (spill > MAX_OVERFLOW) throw new RangeError('linear model too large for the compact layout');
  stored.sort((a, b) => keys[a] - keys[b]);
  const scale = homeSlots / 4294967296;
  const at = new Int32Array(stored.length);
  let next = 0;
  stored.forEach((r, i) => {
    at[i] = Math.max(Math.floor(keys[r] * scale), next);
    next = at[i] + 1;
  });
  const end = Math.max(next, homeSlots);
  const slots = new Int32Array((end + 1) * COMPACT_STRIDE);
  for (let slot = 0; slot <= end; slot++) slots[slot * COMPACT_STRIDE] = FREE_KEY;
  const overflow = new Int32Array(spill);
  spill = 0;
  stored.forEach((r, i) => {
    const slot = at[i] * COMPACT_STRIDE;
    slots[slot] = keys[r] | 0;
    const payload = inlinePayload(data, r);
    if (payload !== undefined) {
      slots[slot + 1] = payload;
      return;
    }
    const first = offsets[r];
    const count = offsets[r + 1] - first;
    slots[slot + 1] = (spill << 10) | (count << 2);
    for (let e = first; e < first + count; e++) overflow[spill++] = (entryClass[e] << 16) | (entryWeight[e] & 0xffff);
  });
  return { slots, overflow, homeSlots };
}

/** Calls `add(class, weight)` for each entry of one payload (and the overflow entries it points to). */
export function compactEntries(payload: number, overflow: Int32Array, add: (c: number, weight: number) => void): void {
  const form = payload & 3;
  if (form === 0) {
    const first = payload >>> 10;
    for (let e = first; e < first + ((payload >>> 2) & 0xff); e++) add(overflow[e] >>> 16, (overflow[e] << 16) >> 16);
    return;
  }
  add((payload >>> 2) & 0x7f, payload >> 16);
  if (form === 2) add((payload >>> 9) & 0x7f, -(payload >> 16));
}

/**
 * Add the weights of features `keys[from…to)` from a compact table to `scores`. As the ordered
 * sparse probe: touch every home slot first so the cache misses overlap, walk the first two steps
 * and match without a branch (a slot that is not the key's reads as payload 0, no weights); the
 * pointed rows' entries are added last, in one pass. `pending` must hold `to − from` numbers.
 * Returns the touch pass's loads folded into one number, for the caller to keep (so the engine
 * cannot drop them).
 */
export function addCompactScores(
  slots: Int32Array,
  overflow: Int32Array,
  scale: number,
  keys: Uint32Array,
  from: number,
  to: number,
  scores: Float64Array,
  pending: Int32Array,
): number {
  let sink = 0;
  let waiting = 0;
  for (let f = from; f < to; f++) sink ^= slots[((keys[f] * scale) | 0) * COMPACT_STRIDE];
  for (let f = from; f < to; f++) {
    const key = keys[f];
    let at = ((key * scale) | 0) * COMPACT_STRIDE;
    at += COMPACT_STRIDE * +(slots[at] >>> 0 < key);
    at += COMPACT_STRIDE * +(slots[at] >>> 0 < key);
    while (slots[at] >>> 0 < key) at += COMPACT_STRIDE;
    const payload = slots[at + 1] & -+(slots[at] >>> 0 === key);
    const form = payload & 3;
    // Forms 1 and 2 add w to their first class, form 2 −w to its second; a pointer's class bits
    // are its count's, so its weight is masked to 0 and its class to 0.
    const inline = -+(form !== 0);
    const weight = (payload >> 16) & inline;
    scores[((payload >>> 2) & 0x7f) & inline] += weight;
    scores[((payload >>> 9) & 0x7f) & -+(form === 2)] -= weight & -+(form === 2);
    if (payload !== 0 && form === 0) {
      sink ^= overflow[payload >>> 10];
      pending[waiting++] = payload;
    }
  }
  for (let p = 0; p < waiting; p++) {
    const first = pending[p] >>> 10;
    const end = first + ((pending[p] >>> 2) & 0xff);
    for (let e = first; e < end; e++) {
      const packed = overflow[e];
      scores[packed >>> 16] += (packed << 16) >> 16;
    }
  }
  return sink;
}
