/**
 * The one sparse linear classifier of dyad (the inference half of an averaged perceptron), used by
 * the tagger, the parser and the entity recogniser. Feature hashes map to
 * rows through an open-addressing table; each row holds only its non-zero class weights, quantized
 * to int16, so the model is small on disk and scoring touches few memory cells.
 */

/** Anything that adds the weights of feature keys to class scores: a loaded model, or a trainer's live weights. */
export interface Scorer {
  addScores(keys: Uint32Array, from: number, to: number, scores: Float64Array): void;
}

/** The arrays a linear model is made of; what the trainer writes and the loader reads. */
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
 * A loaded linear model: `score` adds the weights of the given features into `scores`. At load the
 * rows are laid out for cache locality: one slot holds the key and its entry range together, and
 * each entry packs class and weight into one int32, so a feature costs about two memory reads.
 */
export class LinearModel implements Scorer {
  readonly classes: readonly string[];
  /** Two words per slot: the key, then (first entry << 8 | entry count); 0 marks an empty slot. */
  private readonly slots: Int32Array;
  /** (class << 16) | (weight & 0xffff). */
  private readonly entries: Int32Array;
  private readonly mask: number;
  private readonly rows: number;

  constructor(data: LinearModelData) {
    this.classes = data.classes;
    this.rows = data.keys.length;
    let size = 1;
    // Load factor up to 2/3: a smaller table stays in cache better than a sparser one.
    while (size * 2 < data.keys.length * 3) size <<= 1;
    this.mask = size - 1;
    // Signed words: hashes above 2^31 would otherwise leave V8's int32 fast path.
    this.slots = new Int32Array(size * 2);
    const { keys, offsets, entryClass, entryWeight } = data;
    if (entryWeight.length >= 1 << 24 || data.classes.length > 255) throw new RangeError('linear model too large for its slot layout');
    for (let row = 0; row < keys.length; row++) {
      let slot = keys[row] & this.mask;
      while (this.slots[slot * 2 + 1] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = keys[row];
      this.slots[slot * 2 + 1] = (offsets[row] << 8) | (offsets[row + 1] - offsets[row]);
    }
    this.entries = new Int32Array(entryWeight.length);
    for (let e = 0; e < entryWeight.length; e++) this.entries[e] = (entryClass[e] << 16) | (entryWeight[e] & 0xffff);
  }

  /** Add the weights of features `keys[from…to)` to `scores` (which the caller zeroes). */
  addScores(keys: Uint32Array, from: number, to: number, scores: Float64Array): void {
    const slots = this.slots;
    const entries = this.entries;
    const mask = this.mask;
    for (let f = from; f < to; f++) {
      const key = keys[f] | 0;
      let slot = key & mask;
      for (;;) {
        const at = slot << 1;
        const range = slots[at + 1];
        if (range === 0) break;
        if (slots[at] === key) {
          const first = range >>> 8;
          const end = first + (range & 0xff);
          for (let e = first; e < end; e++) {
            const packed = entries[e];
            scores[packed >>> 16] += (packed << 16) >> 16;
          }
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
  }

  /** The number of stored rows and weights, for reports. */
  get size(): { rows: number; weights: number } {
    return { rows: this.rows, weights: this.entries.length };
  }
}
