/**
 * The one sparse linear classifier of dyad (the inference half of an averaged perceptron), used by
 * the tagger, the parser and the entity recogniser. Feature hashes map to
 * rows through an open-addressing table; each row holds only its non-zero class weights, quantized
 * to int16, so the model is small and scoring touches few memory cells. A model of at most four
 * classes (the parser's transitions) is laid out dense instead: each slot holds the key and all
 * four weights, so one probe yields the whole row (#13). Either table may be ordered (all the
 * shipped models' are: tagger, parser, entities): keys ascending with no wraparound, so a probe
 * stops at the first larger key. An ordered sparse table of at most WIDE_CLASSES classes (the entity
 * model's) is also copied at load into wide rows, every class's weight in place (`wideRows`).
 */

/** Anything that adds the weights of feature keys to class scores: a loaded model, or a trainer's live weights. */
export interface Scorer {
  addScores(keys: Uint32Array, from: number, to: number, scores: Float64Array): void;
}

/** The arrays a trained linear model is made of, as the trainers export them. */
export interface LinearModelData {
  readonly classes: readonly string[];
  /** Feature hash of each row. */
  readonly keys: Uint32Array;
  /** Row r's weights are entries offsets[r] .. offsets[r+1]. */
  readonly offsets: Uint32Array;
  readonly entryClass: Uint16Array;
  readonly entryWeight: Int16Array;
}

/**
 * A model as laid out for scoring, which is also how model files store it, so that loading one
 * is wrapping arrays (laying out 260,000 rows took ~90 ms of CPU per model at every start, #13).
 */
export interface LinearModelLayout {
  readonly classes: readonly string[];
  /**
   * Sparse: STRIDE words per slot: key, header (overflow start << 8 | entry count; 0 = empty),
   * entries. Dense: DENSE_STRIDE words per slot: key, then the weights of classes 0–1 and 2–3, two
   * int16 per word, low half first (both 0 = empty: a row without weights is not stored).
   */
  readonly slots: Int32Array;
  /** Sparse only: entries beyond the first INLINE of each row, (class << 16) | (weight & 0xffff). */
  readonly overflow: Int32Array;
  /** Whether `slots` is in the dense layout. */
  readonly dense: boolean;
  /**
   * Ordered tables only (`layOut`'s `ordered`): how many slots are home slots; the slots after them
   * pad the end, and the last is always empty, so every probe stops inside the table.
   */
  readonly homeSlots?: number;
  /** How many rows and weights the model was trained with, for reports. */
  readonly rows: number;
  readonly weights: number;
}

/** Int32 words per table slot: the key, the row header and two inline entries (16 bytes, four slots per cache line). */
const STRIDE = 4;
/** Entries stored in the slot itself; the rest of a longer row lives in `overflow`. */
const INLINE = 2;

/** Models with at most this many classes are laid out dense. */
export const DENSE_CLASSES = 4;
/** Int32 words per dense slot: the key and four int16 weights (12 bytes). */
const DENSE_STRIDE = 3;

/** How a trained model is laid out for scoring. */
export interface LayoutOptions {
  /**
   * Rows in ascending key order with no wraparound, every free slot holding the largest key
   * (0xffffffff) and no weights: a probe walks while the slot's key is smaller and stops at the
   * first that is not, so a key in no model (a quarter of the parser's and tagger's) costs about
   * two slots instead of five at load 2/3, and each step is one comparison (#13).
   */
  readonly ordered?: boolean;
}

/** Classes a wide row holds two to a lane (`wideRows`): a lane is one double. */
export const WIDE_LANES = 13;

/**
 * Ordered sparse tables of at most this many classes (the entity model's 25, not the tagger's 102) are
 * copied at load into wide rows (`wideRows`), two classes a lane.
 */
export const WIDE_CLASSES = 2 * WIDE_LANES;

/**
 * A lane holds the weights of classes 2l and 2l + 1 as one integer, w(2l) + w(2l + 1) × LANE_SHIFT. Summed
 * over at most MAX_WIDE_KEYS rows, each holding a class at most once (`wideRows` checks), the low part stays
 * within ±2^25 and the whole within ±2^52: every sum is an exact integer in a double, and the two parts come
 * back exactly (`addWideScores`; the pos tagger's remembered rows, `pos/word-types.ts`, are such lanes too).
 */
export const LANE_SHIFT = 2 ** 26;
/**
 * At most this many keys a call are scored from wide rows; a longer call takes the sparse path (`addOrderedScores`).
 * A weight is an int16 (|w| <= 2^15) and the low part must stay below half a LANE_SHIFT (2^25) for rounding to give
 * the high part, so the bound is 2^25 / 2^15 = 1,024 keys (1,025 of 32,767 already overflow); 1,000 keeps a margin
 * of 24 and is far above the keys of a call in use (one token's features).
 */
export const MAX_WIDE_KEYS = 1000;

/**
 * The wide rows of an ordered sparse layout: the slots' keys (a free slot's the largest, 0xffffffff)
 * and, per slot, WIDE_LANES doubles, lane l holding class 2l's weight plus class 2l + 1's × LANE_SHIFT
 * (0 where the row has none). Scoring a row is then 13 adds in registers instead of decoding its
 * (class, weight) entries one by one. The entity model (46,847 rows, 70,279 slots) takes 0.3 MB of keys
 * and 7.3 MB of lanes, built in a few ms at load (#13); a thread that hands its workers the models in shared memory
 * builds them there once for all (`shared`, `provideWideRows`; docs/scaling.md, session 56 sp-rss2). Undefined if a row holds a class twice or a class the
 * model does not have: such a lane could pass the bound MAX_WIDE_KEYS is derived from, so the model keeps to the
 * sparse path (training writes one entry per class a row, so no model of ours does).
 */
export function wideRows(layout: LinearModelLayout, shared = false): WideRows | undefined {
  const { slots, overflow } = layout;
  if (layout.classes.length > WIDE_CLASSES) throw new RangeError(`wide rows hold at most ${WIDE_CLASSES} classes`);
  const classCount = layout.classes.length;
  const count = slots.length / STRIDE;
  // In shared memory for a thread that hands them to its workers (`provideWideRows`), else in this thread's.
  const memory = (bytes: number) => (shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  const keys = new Uint32Array(memory(count * 4));
  const lanes = new Float64Array(memory(count * WIDE_LANES * 8));
  for (let slot = 0; slot < count; slot++) {
    const at = slot * STRIDE;
    keys[slot] = slots[at] >>> 0;
    const header = slots[at + 1];
    const entries = header & 0xff;
    let seen = 0;
    for (let e = 0; e < entries; e++) {
      const packed = e < INLINE ? slots[at + 2 + e] : overflow[(header >>> 8) + e - INLINE];
      const c = packed >>> 16;
      if (c >= classCount || seen & (1 << c)) return undefined;
      seen |= 1 << c;
      lanes[slot * WIDE_LANES + (c >> 1)] += ((packed << 16) >> 16) * (c & 1 ? LANE_SHIFT : 1);
    }
  }
  return { keys, lanes };
}

/** A table's wide rows (`wideRows`): the slots' keys, and WIDE_LANES lanes a slot. */
export interface WideRows {
  readonly keys: Uint32Array;
  readonly lanes: Float64Array;
}

/** Wide rows another thread built in shared memory, by the memory of the slots they were built from and the slots' byte offset in it. */
const providedWideRows = new WeakMap<ArrayBufferLike, Map<number, WideRows>>();

/**
 * Score the table whose slots are at `slotsByteOffset` in `memory` from these wide rows, built in shared memory by
 * another thread (`ml/shared-models.ts`), instead of building them again: 7.6 MB of the entity model's rows once
 * in the process rather than once a thread (#13). Only a model whose slots view that very memory uses them.
 */
export function provideWideRows(memory: ArrayBufferLike, slotsByteOffset: number, wide: WideRows): void {
  let byOffset = providedWideRows.get(memory);
  if (!byOffset) providedWideRows.set(memory, (byOffset = new Map<number, WideRows>()));
  byOffset.set(slotsByteOffset, wide);
}

/** The wide rows provided for `layout`'s slots, if they have as many slots; else built here. */
function wideRowsFor(layout: LinearModelLayout): WideRows | undefined {
  const provided = providedWideRows.get(layout.slots.buffer)?.get(layout.slots.byteOffset);
  if (provided && provided.keys.length === layout.slots.length / STRIDE && provided.lanes.length === provided.keys.length * WIDE_LANES) return provided;
  return wideRows(layout);
}

/** The key of a free slot of an ordered table (as int32): no key is larger, so every probe stops at one. */
const FREE_KEY = -1;

/** The number of slots for `rows` rows. */
function slotCountFor(rows: number): number {
  // Load factor 2/3, rounded up to whole cache lines: a smaller table stays in cache better,
  // a fuller one probes further for the many features that are not in the model.
  return Math.ceil((rows * 3) / 2 / 4) * 4 + 4;
}

/**
 * Lay out trained rows for scoring. Each slot of the open-addressing table holds the key, the row
 * header and the row's first two entries; most rows (86% of the tagger's, 90% of the parser's)
 * have at most two, so a feature usually costs one cache line. Each entry packs class and weight
 * into one int32. The home slot of key k is floor(k × slots / 2^32), so any table size works.
 */
export function layOut(data: LinearModelData, options: LayoutOptions = {}): LinearModelLayout {
  if (options.ordered) return layOutOrdered(data);
  if (data.classes.length <= DENSE_CLASSES) return layOutDense(data);
  const { keys, offsets, entryClass, entryWeight } = data;
  if (entryWeight.length >= 1 << 23 || data.classes.length > 255 || data.classes.length >= 1 << 15) {
    throw new RangeError('linear model too large for its slot layout');
  }
  const slotCount = slotCountFor(keys.length);
  const scale = slotCount / 4294967296;
  const slots = new Int32Array(slotCount * STRIDE);
  let spill = 0;
  for (let row = 0; row < keys.length; row++) spill += Math.max(0, offsets[row + 1] - offsets[row] - INLINE);
  const overflow = new Int32Array(spill);
  spill = 0;
  const pack = (e: number) => (entryClass[e] << 16) | (entryWeight[e] & 0xffff);
  for (let row = 0; row < keys.length; row++) {
    const first = offsets[row];
    const count = offsets[row + 1] - first;
    // A row without weights adds nothing: leaving it out keeps its slot free.
    if (count === 0) continue;
    let slot = Math.floor((keys[row] >>> 0) * scale);
    while (slots[slot * STRIDE + 1] !== 0) slot = slot + 1 === slotCount ? 0 : slot + 1;
    const at = slot * STRIDE;
    slots[at] = keys[row];
    slots[at + 1] = (spill << 8) | count;
    for (let e = 0; e < count; e++) {
      if (e < INLINE) slots[at + 2 + e] = pack(first + e);
      else overflow[spill++] = pack(first + e);
    }
  }
  return { classes: data.classes, slots, overflow, rows: keys.length, weights: entryWeight.length, dense: false };
}

/**
 * The dense layout of a model of at most four classes: each slot is the key and the row's four
 * weights (absent classes 0). The parser's transition model has four classes and two thirds of its
 * hits had three or four weights, i.e. a second read in the overflow array; dense, every feature
 * costs one probe and the table is 12 bytes a slot instead of 16 (#13).
 */
function layOutDense(data: LinearModelData): LinearModelLayout {
  const { keys, offsets, entryClass, entryWeight } = data;
  const slotCount = slotCountFor(keys.length);
  const scale = slotCount / 4294967296;
  const slots = new Int32Array(slotCount * DENSE_STRIDE);
  const row = new Int32Array(DENSE_CLASSES);
  for (let r = 0; r < keys.length; r++) {
    row.fill(0);
    for (let e = offsets[r]; e < offsets[r + 1]; e++) row[entryClass[e]] += entryWeight[e];
    const low = (row[0] & 0xffff) | (row[1] << 16);
    const high = (row[2] & 0xffff) | (row[3] << 16);
    // A row without weights adds nothing: leaving it out keeps its slot free.
    if ((low | high) === 0) continue;
    let slot = Math.floor((keys[r] >>> 0) * scale);
    while ((slots[slot * DENSE_STRIDE + 1] | slots[slot * DENSE_STRIDE + 2]) !== 0) slot = slot + 1 === slotCount ? 0 : slot + 1;
    slots[slot * DENSE_STRIDE] = keys[r];
    slots[slot * DENSE_STRIDE + 1] = low;
    slots[slot * DENSE_STRIDE + 2] = high;
  }
  return { classes: data.classes, slots, overflow: new Int32Array(0), rows: keys.length, weights: entryWeight.length, dense: true };
}

/**
 * The ordered layout (`LayoutOptions.ordered`), sparse or dense as `layOut` chooses. Inserting the
 * rows by ascending key with linear probing puts each one after every smaller key, so the table is
 * sorted: a key stored at slot p has only smaller keys between its home slot and p.
 */
function layOutOrdered(data: LinearModelData): LinearModelLayout {
  const { keys, offsets, entryClass, entryWeight } = data;
  const dense = data.classes.length <= DENSE_CLASSES;
  if (!dense && (entryWeight.length >= 1 << 23 || data.classes.length > 255)) throw new RangeError('linear model too large for its slot layout');
  const stride = dense ? DENSE_STRIDE : STRIDE;
  const homeSlots = slotCountFor(keys.length);
  const scale = homeSlots / 4294967296;
  // Dense rows: the four weights packed as in `layOutDense`; a row without weights is not stored.
  const packedRows = new Int32Array(dense ? keys.length * 2 : 0);
  const stored: number[] = [];
  for (let r = 0; r < keys.length; r++) {
    if (dense) {
      const row = [0, 0, 0, 0];
      for (let e = offsets[r]; e < offsets[r + 1]; e++) row[entryClass[e]] += entryWeight[e];
      packedRows[r * 2] = (row[0] & 0xffff) | (row[1] << 16);
      packedRows[r * 2 + 1] = (row[2] & 0xffff) | (row[3] << 16);
      if ((packedRows[r * 2] | packedRows[r * 2 + 1]) !== 0) stored.push(r);
    } else if (offsets[r + 1] > offsets[r]) stored.push(r);
  }
  stored.sort((a, b) => keys[a] - keys[b]);
  const at = new Int32Array(stored.length);
  let next = 0;
  stored.forEach((r, i) => {
    at[i] = Math.max(Math.floor(keys[r] * scale), next);
    next = at[i] + 1;
  });
  // Every home slot, then at least one free slot after the last row: every probe stops inside.
  const end = Math.max(next, homeSlots);
  const slots = new Int32Array((end + 1) * stride);
  for (let slot = 0; slot <= end; slot++) slots[slot * stride] = FREE_KEY;
  let spill = 0;
  for (const r of stored) spill += Math.max(0, offsets[r + 1] - offsets[r] - INLINE);
  const overflow = new Int32Array(dense ? 0 : spill);
  spill = 0;
  stored.forEach((r, i) => {
    const slot = at[i] * stride;
    slots[slot] = keys[r] | 0;
    if (dense) {
      slots[slot + 1] = packedRows[r * 2];
      slots[slot + 2] = packedRows[r * 2 + 1];
      return;
    }
    const first = offsets[r];
    const count = offsets[r + 1] - first;
    slots[slot + 1] = (spill << 8) | count;
    for (let e = 0; e < count; e++) {
      const packed = (entryClass[first + e] << 16) | (entryWeight[first + e] & 0xffff);
      if (e < INLINE) slots[slot + 2 + e] = packed;
      else overflow[spill++] = packed;
    }
  });
  return { classes: data.classes, slots, overflow, rows: keys.length, weights: entryWeight.length, dense, homeSlots };
}

/**
 * The trained rows a layout holds (rows without weights were never stored), in slot order: what
 * re-laying out a stored model starts from (`scripts/syntax/relayout-models.ts`).
 */
export function rowsOf(layout: LinearModelLayout): LinearModelData {
  const { slots, overflow, dense } = layout;
  const stride = dense ? DENSE_STRIDE : STRIDE;
  const keys: number[] = [];
  const offsets = [0];
  const entryClass: number[] = [];
  const entryWeight: number[] = [];
  const add = (c: number, weight: number) => {
    entryClass.push(c);
    entryWeight.push(weight);
  };
  for (let at = 0; at < slots.length; at += stride) {
    if (dense) {
      if ((slots[at + 1] | slots[at + 2]) === 0) continue;
      for (let c = 0; c < DENSE_CLASSES; c++) {
        const weight = (slots[at + 1 + (c >> 1)] << (c & 1 ? 0 : 16)) >> 16;
        if (weight !== 0) add(c, weight);
      }
    } else {
      const header = slots[at + 1];
      if (header === 0) continue;
      const count = header & 0xff;
      for (let e = 0; e < count; e++) {
        const packed = e < INLINE ? slots[at + 2 + e] : overflow[(header >>> 8) + e - INLINE];
        add(packed >>> 16, (packed << 16) >> 16);
      }
    }
    keys.push(slots[at] >>> 0);
    offsets.push(entryClass.length);
  }
  return {
    classes: layout.classes,
    keys: Uint32Array.from(keys),
    offsets: Uint32Array.from(offsets),
    entryClass: Uint16Array.from(entryClass),
    entryWeight: Int16Array.from(entryWeight),
  };
}

/**
 * A loaded linear model: `addScores` adds the weights of the given features into `scores`. Built
 * from trained rows (laid out here) or from a layout read from a model file.
 */
export class LinearModel implements Scorer {
  readonly classes: readonly string[];
  private readonly slots: Int32Array;
  private readonly overflow: Int32Array;
  /** Slot count / 2^32: the home slot of key k is floor(k × scale). */
  private readonly scale: number;
  private readonly slotCount: number;
  private readonly rows: number;
  private readonly weights: number;
  private readonly dense: boolean;
  /** Whether the table is ordered (`LayoutOptions.ordered`). */
  private readonly ordered: boolean;
  /** Written by the prefetch passes of `addScores` so the engine cannot drop their loads; no meaning. */
  sink = 0;
  /** Headers of the rows with overflow entries met in one `addScores` call. */
  private pending = new Int32Array(128);
  /**
   * An ordered sparse table of at most WIDE_CLASSES classes, copied at load into wide rows (`wideRows`): the
   * slots' keys in `wideKeys`, slot s's lanes at `wideLanes[s × WIDE_LANES …]`.
   * Undefined for other tables, which are scored from `slots` as stored.
   */
  private readonly wideKeys: Uint32Array | undefined;
  private readonly wideLanes: Float64Array | undefined;

  constructor(data: LinearModelData | LinearModelLayout) {
    const layout = 'slots' in data ? data : layOut(data);
    const stride = layout.dense ? DENSE_STRIDE : STRIDE;
    if (layout.slots.length % stride !== 0 || layout.slots.length === 0) throw new RangeError('linear model slots are not whole slots');
    if (layout.dense && layout.classes.length > DENSE_CLASSES) throw new RangeError(`a dense linear model has at most ${DENSE_CLASSES} classes`);
    this.classes = layout.classes;
    this.slots = layout.slots;
    this.overflow = layout.overflow;
    this.dense = layout.dense;
    this.ordered = layout.homeSlots !== undefined;
    this.slotCount = layout.homeSlots ?? layout.slots.length / stride;
    // An ordered table's probes stop at a free slot, and the last slot must be one.
    if (this.ordered && (this.slotCount >= layout.slots.length / stride || layout.slots[layout.slots.length - stride] !== FREE_KEY)) {
      throw new RangeError('ordered linear model does not end with a free slot');
    }
    this.scale = this.slotCount / 4294967296;
    this.rows = layout.rows;
    this.weights = layout.weights;
    if (this.ordered && !this.dense && this.classes.length <= WIDE_CLASSES) {
      const wide = wideRowsFor(layout);
      this.wideKeys = wide?.keys;
      this.wideLanes = wide?.lanes;
    }
  }

  /** The arrays to store, from which `new LinearModel` rebuilds this model without work. */
  layout(): LinearModelLayout {
    const layout = { classes: this.classes, slots: this.slots, overflow: this.overflow, rows: this.rows, weights: this.weights, dense: this.dense };
    return this.ordered ? { ...layout, homeSlots: this.slotCount } : layout;
  }

  /** Add the weights of features `keys[from…to)` to `scores` (which the caller zeroes). */
  addScores(keys: Uint32Array, from: number, to: number, scores: Float64Array): void {
    if (this.ordered) {
      if (this.dense) return this.addOrderedDenseScores(keys, from, to, scores);
      return this.wideKeys && to - from <= MAX_WIDE_KEYS ? this.addWideScores(keys, from, to, scores) : this.addOrderedScores(keys, from, to, scores);
    }
    if (this.dense) return this.addDenseScores(keys, from, to, scores);
    const slots = this.slots;
    const overflow = this.overflow;
    const scale = this.scale;
    const size = this.slotCount;
    if (this.pending.length < to - from) this.pending = new Int32Array(to - from);
    const pending = this.pending;
    let waiting = 0;
    // Three passes so that cache misses overlap instead of coming one after another: touch every
    // feature's home slot (loads that do not depend on each other); then probe, add the inline
    // entries and touch the start of each longer row's overflow; then add the overflow entries.
    let sink = 0;
    for (let f = from; f < to; f++) sink ^= slots[((keys[f] * scale) | 0) * STRIDE];
    for (let f = from; f < to; f++) {
      const key = keys[f] | 0;
      let slot = (keys[f] * scale) | 0;
      for (;;) {
        const at = slot * STRIDE;
        const header = slots[at + 1];
        if (header === 0) break;
        if (slots[at] === key) {
          let packed = slots[at + 2];
          scores[packed >>> 16] += (packed << 16) >> 16;
          if ((header & 0xff) > 1) {
            packed = slots[at + 3];
            scores[packed >>> 16] += (packed << 16) >> 16;
            if ((header & 0xff) > INLINE) {
              sink ^= overflow[header >>> 8];
              pending[waiting++] = header;
            }
          }
          break;
        }
        slot = slot + 1 === size ? 0 : slot + 1;
      }
    }
    this.sink = sink;
    addOverflowScores(pending, waiting, overflow, scores);
  }

  /** `addScores` of the dense layout: one probe per feature, the four weights summed in locals. */
  private addDenseScores(keys: Uint32Array, from: number, to: number, scores: Float64Array): void {
    const slots = this.slots;
    const scale = this.scale;
    const end = slots.length;
    // As in the sparse layout: touch every home slot first so that the cache misses overlap.
    let sink = 0;
    for (let f = from; f < to; f++) sink ^= slots[((keys[f] * scale) | 0) * DENSE_STRIDE];
    this.sink = sink;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let f = from; f < to; f++) {
      const key = keys[f] | 0;
      let at = ((keys[f] * scale) | 0) * DENSE_STRIDE;
      for (;;) {
        const low = slots[at + 1];
        const high = slots[at + 2];
        if ((low | high) === 0) break;
        if (slots[at] === key) {
          s0 += (low << 16) >> 16;
          s1 += low >> 16;
          s2 += (high << 16) >> 16;
          s3 += high >> 16;
          break;
        }
        at += DENSE_STRIDE;
        if (at === end) at = 0;
      }
    }
    const classes = this.classes.length;
    scores[0] += s0;
    if (classes > 1) scores[1] += s1;
    if (classes > 2) scores[2] += s2;
    if (classes > 3) scores[3] += s3;
  }

  /**
   * `addScores` of the ordered sparse layout: as the sparse one, but the walk from the home slot
   * goes on only while the slot's key is smaller (a free slot's key is the largest).
   */
  private addOrderedScores(keys: Uint32Array, from: number, to: number, scores: Float64Array): void {
    const slots = this.slots;
    const overflow = this.overflow;
    const scale = this.scale;
    if (this.pending.length < to - from) this.pending = new Int32Array(to - from);
    const pending = this.pending;
    let waiting = 0;
    let sink = 0;
    for (let f = from; f < to; f++) sink ^= slots[((keys[f] * scale) | 0) * STRIDE];
    for (let f = from; f < to; f++) {
      const key = keys[f];
      let at = ((key * scale) | 0) * STRIDE;
      // As in the dense layout, the walk's first two steps and the match without a branch (#13): a
      // slot that is not the key's (another row, or a free slot: the largest key, no entries) has
      // its entries masked to weight 0, which leaves every score as it was.
      at += STRIDE * +(slots[at] >>> 0 < key);
      at += STRIDE * +(slots[at] >>> 0 < key);
      while (slots[at] >>> 0 < key) at += STRIDE;
      const hit = -+(slots[at] >>> 0 === key);
      const header = slots[at + 1] & hit;
      let packed = slots[at + 2];
      scores[packed >>> 16] += ((packed << 16) >> 16) & hit;
      packed = slots[at + 3];
      scores[packed >>> 16] += ((packed << 16) >> 16) & -+((header & 0xff) > 1);
      if ((header & 0xff) > INLINE) {
        sink ^= overflow[header >>> 8];
        pending[waiting++] = header;
      }
    }
    this.sink = sink;
    addOverflowScores(pending, waiting, overflow, scores);
  }

  /**
   * `addScores` of an ordered sparse table with wide rows (`wideRows`): the walk over the keys alone (a
   * compact array, no `>>> 0`), then the row's 13 lanes added in locals, and the lanes' sums split into the
   * classes' once a call. A stored row of the entity model holds 13 of 25 classes on average where it is
   * met, most past the slot's two inline entries: ~23 instructions each in `addOverflowScores` (#13).
   */
  private addWideScores(keys: Uint32Array, from: number, to: number, scores: Float64Array): void {
    const wideKeys = this.wideKeys!;
    const lanes = this.wideLanes!;
    const scale = this.scale;
    let l0 = 0, l1 = 0, l2 = 0, l3 = 0, l4 = 0, l5 = 0, l6 = 0, l7 = 0, l8 = 0, l9 = 0, l10 = 0, l11 = 0, l12 = 0;
    for (let f = from; f < to; f++) {
      const key = keys[f];
      let slot = (key * scale) | 0;
      while (wideKeys[slot] < key) slot++;
      if (wideKeys[slot] !== key) continue;
      const at = slot * WIDE_LANES;
      l0 += lanes[at];
      l1 += lanes[at + 1];
      l2 += lanes[at + 2];
      l3 += lanes[at + 3];
      l4 += lanes[at + 4];
      l5 += lanes[at + 5];
      l6 += lanes[at + 6];
      l7 += lanes[at + 7];
      l8 += lanes[at + 8];
      l9 += lanes[at + 9];
      l10 += lanes[at + 10];
      l11 += lanes[at + 11];
      l12 += lanes[at + 12];
    }
    // Each lane's two sums into classes c and c + 1 (those below `classes`), written out: as a helper it
    // was not inlined (5.8 M instructions for the calls, #13). The low part is within ±2^25, less than
    // half a LANE_SHIFT, so rounding gives the high part exactly.
    const classes = this.classes.length;
    let high = Math.round(l0 / LANE_SHIFT);
    if (0 < classes) scores[0] += l0 - high * LANE_SHIFT;
    if (1 < classes) scores[1] += high;
    high = Math.round(l1 / LANE_SHIFT);
    if (2 < classes) scores[2] += l1 - high * LANE_SHIFT;
    if (3 < classes) scores[3] += high;
    high = Math.round(l2 / LANE_SHIFT);
    if (4 < classes) scores[4] += l2 - high * LANE_SHIFT;
    if (5 < classes) scores[5] += high;
    high = Math.round(l3 / LANE_SHIFT);
    if (6 < classes) scores[6] += l3 - high * LANE_SHIFT;
    if (7 < classes) scores[7] += high;
    high = Math.round(l4 / LANE_SHIFT);
    if (8 < classes) scores[8] += l4 - high * LANE_SHIFT;
    if (9 < classes) scores[9] += high;
    high = Math.round(l5 / LANE_SHIFT);
    if (10 < classes) scores[10] += l5 - high * LANE_SHIFT;
    if (11 < classes) scores[11] += high;
    high = Math.round(l6 / LANE_SHIFT);
    if (12 < classes) scores[12] += l6 - high * LANE_SHIFT;
    if (13 < classes) scores[13] += high;
    high = Math.round(l7 / LANE_SHIFT);
    if (14 < classes) scores[14] += l7 - high * LANE_SHIFT;
    if (15 < classes) scores[15] += high;
    high = Math.round(l8 / LANE_SHIFT);
    if (16 < classes) scores[16] += l8 - high * LANE_SHIFT;
    if (17 < classes) scores[17] += high;
    high = Math.round(l9 / LANE_SHIFT);
    if (18 < classes) scores[18] += l9 - high * LANE_SHIFT;
    if (19 < classes) scores[19] += high;
    high = Math.round(l10 / LANE_SHIFT);
    if (20 < classes) scores[20] += l10 - high * LANE_SHIFT;
    if (21 < classes) scores[21] += high;
    high = Math.round(l11 / LANE_SHIFT);
    if (22 < classes) scores[22] += l11 - high * LANE_SHIFT;
    if (23 < classes) scores[23] += high;
    high = Math.round(l12 / LANE_SHIFT);
    if (24 < classes) scores[24] += l12 - high * LANE_SHIFT;
    if (25 < classes) scores[25] += high;
  }

  /** `addScores` of the ordered dense layout (a free slot's weights are 0, so matching one adds nothing). */
  private addOrderedDenseScores(keys: Uint32Array, from: number, to: number, scores: Float64Array): void {
    const slots = this.slots;
    const scale = this.scale;
    let sink = 0;
    for (let f = from; f < to; f++) sink ^= slots[((keys[f] * scale) | 0) * DENSE_STRIDE];
    this.sink = sink;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let f = from; f < to; f++) {
      const key = keys[f];
      let at = ((key * scale) | 0) * DENSE_STRIDE;
      // The walk's first two steps and the match without a branch: how far a key lies from its
      // home slot, and whether it is stored, are coin flips, and each mispredicted branch cost
      // more than the probe's reads (replayed probes 34 → 25 ns, #13). A row further on is
      // walked to; another key's row is read as no weights.
      at += DENSE_STRIDE * +(slots[at] >>> 0 < key);
      at += DENSE_STRIDE * +(slots[at] >>> 0 < key);
      while (slots[at] >>> 0 < key) at += DENSE_STRIDE;
      const hit = -+(slots[at] >>> 0 === key);
      const low = slots[at + 1] & hit;
      const high = slots[at + 2] & hit;
      s0 += (low << 16) >> 16;
      s1 += low >> 16;
      s2 += (high << 16) >> 16;
      s3 += high >> 16;
    }
    const classes = this.classes.length;
    scores[0] += s0;
    if (classes > 1) scores[1] += s1;
    if (classes > 2) scores[2] += s2;
    if (classes > 3) scores[3] += s3;
  }

  /** The number of stored rows and weights, for reports. */
  get size(): { rows: number; weights: number } {
    return { rows: this.rows, weights: this.weights };
  }
}

/**
 * The weights of long rows, after the probe loop: `pending` holds the headers of the first `waiting`
 * rows whose weights spill past the slot (offset << 8 | count), read from `overflow` in one pass.
 */
function addOverflowScores(pending: Int32Array, waiting: number, overflow: Int32Array, scores: Float64Array): void {
  for (let p = 0; p < waiting; p++) {
    const end = (pending[p] >>> 8) + (pending[p] & 0xff) - INLINE;
    let e = pending[p] >>> 8;
    // Four entries a turn, in the same order: V8 checks both arrays again at each turn of a loop,
    // 32 instructions an entry one at a time, ~25 four at a time (#13, callgrind).
    for (; e + 4 <= end; e += 4) {
      const a = overflow[e];
      const b = overflow[e + 1];
      const c = overflow[e + 2];
      const d = overflow[e + 3];
      scores[a >>> 16] += (a << 16) >> 16;
      scores[b >>> 16] += (b << 16) >> 16;
      scores[c >>> 16] += (c << 16) >> 16;
      scores[d >>> 16] += (d << 16) >> 16;
    }
    for (; e < end; e++) {
      const packed = overflow[e];
      scores[packed >>> 16] += (packed << 16) >> 16;
    }
  }
}
