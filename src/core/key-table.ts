/**
 * A read-only table from string keys to short lists of unsigned integers, stored as a few typed
 * arrays and the keys' UTF-8 bytes, so that loading it builds no Map and no string: the build step
 * lays out an open-addressing hash index, and the loader only wraps the arrays. Lookups hash the
 * query's UTF-8 (encoded as they go) and compare it in place against the key bytes, so a miss or a
 * hit allocates nothing; `findWords` looks up words joined by spaces without joining them.
 * The bytes are never decoded as a whole: a model file's table stays the file's memory, which
 * worker threads share (`ml/shared-models.ts`), instead of a two-byte string in every thread (#13).
 * Used for the models' large dictionaries (entity gazetteer, word classes), where building Maps
 * at start-up cost more than the rest of loading together.
 */
import { DyadError } from './errors.js';

/** The arrays a table is made of, as stored in a model file. */
export interface KeyTableData {
  /** Every key as UTF-8, one after another, in entry order; often a view of a shared model file (#13). */
  readonly bytes: Uint8Array;
  /** Entry e's key is `bytes[byteStarts[e]] … bytes[byteStarts[e + 1] - 1]`; length entries + 1. */
  readonly byteStarts: Uint32Array;
  /** Hash index: a power-of-two number of slots, each 0 (empty) or entry + 1. */
  readonly slots: Uint32Array;
  /** Entry e's values are `values[valueStarts[e]] … values[valueStarts[e + 1] - 1]`. */
  readonly values: Uint32Array;
  readonly valueStarts: Uint32Array;
}

const SPACE = 32;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The UTF-8 bytes of one non-ASCII character, written by `encodeAt`. */
const charBytes = new Uint8Array(4);

/**
 * Encode the character at `text[i]` (not ASCII) into `charBytes`; returns its byte count, and its
 * code-unit count in the top bits (×8). A lone surrogate is U+FFFD, as `Buffer.from(text)` writes it.
 */
function encodeAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x800) {
    charBytes[0] = 0xc0 | (c >> 6);
    charBytes[1] = 0x80 | (c & 63);
    return 8 | 2;
  }
  if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low < 0xe000) {
      const code = ((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
      charBytes[0] = 0xf0 | (code >> 18);
      charBytes[1] = 0x80 | ((code >> 12) & 63);
      charBytes[2] = 0x80 | ((code >> 6) & 63);
      charBytes[3] = 0x80 | (code & 63);
      return 16 | 4;
    }
  }
  const code = c >= 0xd800 && c < 0xe000 ? 0xfffd : c;
  charBytes[0] = 0xe0 | (code >> 12);
  charBytes[1] = 0x80 | ((code >> 6) & 63);
  charBytes[2] = 0x80 | (code & 63);
  return 8 | 3;
}

/** The UTF-8 length of the text last hashed by `hashMore` (one number, so that a probe allocates nothing). */
let hashedBytes = 0;

/** FNV-1a over `text`'s UTF-8 bytes, continuing from `h`; adds their count to `hashedBytes`. */
function hashMore(h: number, text: string): number {
  // The count is the text's length plus what its non-ASCII characters add, kept in a local and
  // stored once: an ASCII word, the common probe, pays one multiply a character and no store.
  let extraBytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      h = Math.imul(h ^ c, FNV_PRIME);
      continue;
    }
    const encoded = encodeAt(text, i);
    const count = encoded & 7;
    for (let b = 0; b < count; b++) h = Math.imul(h ^ charBytes[b], FNV_PRIME);
    const units = encoded >> 3;
    extraBytes += count - units;
    i += units - 1;
  }
  hashedBytes += text.length + extraBytes;
  return h;
}

/** Whether `bytes` hold `text`'s UTF-8 from `at`; returns the offset after it, or -1. */
function matchAt(bytes: Uint8Array, at: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (bytes[at++] !== c) return -1;
      continue;
    }
    const encoded = encodeAt(text, i);
    const count = encoded & 7;
    for (let b = 0; b < count; b++) if (bytes[at++] !== charBytes[b]) return -1;
    i += (encoded >> 3) - 1;
  }
  return at;
}

/** Spread the bits so that the low ones, which pick the slot, depend on every character. */
function slotHash(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

export class KeyTable {
  private readonly mask: number;
  /** The key bytes as a Buffer, to decode one key (`key`) without copying. */
  private readonly text: Buffer;

  constructor(private readonly data: KeyTableData) {
    if (data.slots.length & (data.slots.length - 1) || data.slots.length === 0) throw new RangeError('key table slots must be a power of two');
    if (data.byteStarts.length !== data.valueStarts.length) throw new RangeError('key table entry arrays differ in length');
    this.mask = data.slots.length - 1;
    this.text = Buffer.from(data.bytes.buffer, data.bytes.byteOffset, data.bytes.byteLength);
  }

  /** Lay out a table; keys must be distinct. Entry order is the input order (sort for stable bytes). */
  static build(entries: Iterable<readonly [string, ArrayLike<number>]>): KeyTable {
    const list = [...entries];
    const distinct = new Set(list.map(([key]) => key));
    if (distinct.size !== list.length) throw new RangeError(`${list.length - distinct.size} duplicate keys`);
    let size = 1;
    // Load factor at most 1/2: misses, the common case, end at an empty slot sooner.
    while (size < list.length * 2) size <<= 1;
    const slots = new Uint32Array(size);
    const byteStarts = new Uint32Array(list.length + 1);
    const valueStarts = new Uint32Array(list.length + 1);
    const values: number[] = [];
    list.forEach(([key, vals], e) => {
      valueStarts[e] = values.length;
      for (let j = 0; j < vals.length; j++) values.push(vals[j]);
      hashedBytes = 0;
      let slot = slotHash(hashMore(FNV_OFFSET, key)) & (size - 1);
      byteStarts[e + 1] = byteStarts[e] + hashedBytes;
      while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
      slots[slot] = e + 1;
    });
    valueStarts[list.length] = values.length;
    // Key by key: joined first, a lone surrogate at a key's end would pair with the next key's.
    const bytes = new Uint8Array(Buffer.concat(list.map(([key]) => Buffer.from(key, 'utf8'))));
    return new KeyTable({ bytes, byteStarts, slots, values: Uint32Array.from(values), valueStarts });
  }

  /** Number of entries. */
  get size(): number {
    return this.data.byteStarts.length - 1;
  }

  /** The entry of `key`, or -1. */
  find(key: string): number {
    const { bytes, byteStarts, slots } = this.data;
    hashedBytes = 0;
    const h = hashMore(FNV_OFFSET, key);
    const length = hashedBytes;
    for (let slot = slotHash(h) & this.mask; ; slot = (slot + 1) & this.mask) {
      const e = slots[slot] - 1;
      if (e < 0) return -1;
      const start = byteStarts[e];
      if (byteStarts[e + 1] - start === length && matchAt(bytes, start, key) >= 0) return e;
    }
  }

  /** The entry of `words[from] + ' ' + … + words[to - 1]`, or -1, without building that string. */
  findWords(words: readonly string[], from: number, to: number): number {
    let h = FNV_OFFSET;
    hashedBytes = to - from - 1;
    for (let w = from; w < to; w++) {
      if (w > from) h = Math.imul(h ^ SPACE, FNV_PRIME);
      h = hashMore(h, words[w]);
    }
    const length = hashedBytes;
    const { byteStarts, slots } = this.data;
    for (let slot = slotHash(h) & this.mask; ; slot = (slot + 1) & this.mask) {
      const e = slots[slot] - 1;
      if (e < 0) return -1;
      if (byteStarts[e + 1] - byteStarts[e] === length && this.wordsAt(byteStarts[e], words, from, to)) return e;
    }
  }

  private wordsAt(at: number, words: readonly string[], from: number, to: number): boolean {
    const bytes = this.data.bytes;
    for (let w = from; w < to; w++) {
      if (w > from && bytes[at++] !== SPACE) return false;
      at = matchAt(bytes, at, words[w]);
      if (at < 0) return false;
    }
    return true;
  }

  /** Entry e's key, decoded from its bytes alone. */
  key(e: number): string {
    return this.text.toString('utf8', this.data.byteStarts[e], this.data.byteStarts[e + 1]);
  }

  /** How many values entry e has. */
  valueCount(e: number): number {
    return this.data.valueStarts[e + 1] - this.data.valueStarts[e];
  }

  /** Entry e's j-th value. */
  value(e: number, j: number): number {
    return this.data.values[this.data.valueStarts[e] + j];
  }

  /** Every entry as [key, values], in entry order. */
  *entries(): IterableIterator<[string, number[]]> {
    for (let e = 0; e < this.size; e++) yield [this.key(e), Array.from({ length: this.valueCount(e) }, (_, j) => this.value(e, j))];
  }

  /** The arrays, for writing. */
  sections(prefix: string): Record<string, Uint8Array | Uint32Array> {
    const { bytes, byteStarts, slots, values, valueStarts } = this.data;
    return {
      [prefix + 'text']: bytes,
      [prefix + 'byteStarts']: byteStarts,
      [prefix + 'slots']: slots,
      [prefix + 'values']: values,
      [prefix + 'valueStarts']: valueStarts,
    };
  }

  /** Inverse of `sections`: views of the sections' memory, nothing decoded (a file before byte offsets has `starts`, and is refused). */
  static fromSections(sections: Readonly<Record<string, unknown>>, prefix: string): KeyTable {
    const get = <T>(name: string, type: abstract new (...args: never[]) => T): T => {
      const array = sections[prefix + name];
      if (!(array instanceof type)) throw new DyadError('E2800', { table: prefix || '(unprefixed)', section: name });
      return array;
    };
    const bytes = get('text', Uint8Array);
    const table = new KeyTable({ bytes, byteStarts: get('byteStarts', Uint32Array), slots: get('slots', Uint32Array), values: get('values', Uint32Array), valueStarts: get('valueStarts', Uint32Array) });
    if (table.data.byteStarts[table.size] !== bytes.length) throw new DyadError('E2801', { table: prefix || '(unprefixed)' });
    return table;
  }
}
