/**
 * A read-only table from string keys to short lists of unsigned integers, stored as a few typed
 * arrays and one string, so that loading it builds no Map and no per-key string: the build step
 * lays out an open-addressing hash index, and the loader only wraps the arrays. Lookups hash the
 * query's UTF-16 code units and compare it in place against the key text, so a miss or a hit
 * allocates nothing; `findWords` looks up words joined by spaces without joining them.
 * Used for the models' large dictionaries (entity gazetteer, word classes), where building Maps
 * at start-up cost more than the rest of loading together.
 */

/** The arrays a table is made of, as stored in a model file. */
export interface KeyTableData {
  /** Every key, one after another, in entry order. */
  readonly text: string;
  /** Entry e's key is `text.slice(starts[e], starts[e + 1])` (UTF-16 offsets); length entries + 1. */
  readonly starts: Uint32Array;
  /** Hash index: a power-of-two number of slots, each 0 (empty) or entry + 1. */
  readonly slots: Uint32Array;
  /** Entry e's values are `values[valueStarts[e]] … values[valueStarts[e + 1] - 1]`. */
  readonly values: Uint32Array;
  readonly valueStarts: Uint32Array;
}

const SPACE = 32;
const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a over `text`'s code units, continuing from `h`. */
function hashMore(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
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

  constructor(private readonly data: KeyTableData) {
    if (data.slots.length & (data.slots.length - 1) || data.slots.length === 0) throw new RangeError('key table slots must be a power of two');
    if (data.starts.length !== data.valueStarts.length) throw new RangeError('key table entry arrays differ in length');
    this.mask = data.slots.length - 1;
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
    const starts = new Uint32Array(list.length + 1);
    const valueStarts = new Uint32Array(list.length + 1);
    const values: number[] = [];
    let at = 0;
    list.forEach(([key, vals], e) => {
      starts[e] = at;
      at += key.length;
      valueStarts[e] = values.length;
      for (let j = 0; j < vals.length; j++) values.push(vals[j]);
      let slot = slotHash(hashMore(FNV_OFFSET, key)) & (size - 1);
      while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
      slots[slot] = e + 1;
    });
    starts[list.length] = at;
    valueStarts[list.length] = values.length;
    return new KeyTable({ text: list.map(([key]) => key).join(''), starts, slots, values: Uint32Array.from(values), valueStarts });
  }

  /** Number of entries. */
  get size(): number {
    return this.data.starts.length - 1;
  }

  /** The entry of `key`, or -1. */
  find(key: string): number {
    const { text, starts, slots } = this.data;
    for (let slot = slotHash(hashMore(FNV_OFFSET, key)) & this.mask; ; slot = (slot + 1) & this.mask) {
      const e = slots[slot] - 1;
      if (e < 0) return -1;
      const start = starts[e];
      if (starts[e + 1] - start === key.length && text.startsWith(key, start)) return e;
    }
  }

  /** The entry of `words[from] + ' ' + … + words[to - 1]`, or -1, without building that string. */
  findWords(words: readonly string[], from: number, to: number): number {
    let h = FNV_OFFSET;
    let length = to - from - 1;
    for (let w = from; w < to; w++) {
      if (w > from) h = Math.imul(h ^ SPACE, 0x01000193);
      h = hashMore(h, words[w]);
      length += words[w].length;
    }
    const { starts, slots } = this.data;
    for (let slot = slotHash(h) & this.mask; ; slot = (slot + 1) & this.mask) {
      const e = slots[slot] - 1;
      if (e < 0) return -1;
      if (starts[e + 1] - starts[e] === length && this.wordsAt(starts[e], words, from, to)) return e;
    }
  }

  private wordsAt(at: number, words: readonly string[], from: number, to: number): boolean {
    const text = this.data.text;
    for (let w = from; w < to; w++) {
      if (w > from) {
        if (text.charCodeAt(at) !== SPACE) return false;
        at++;
      }
      if (!text.startsWith(words[w], at)) return false;
      at += words[w].length;
    }
    return true;
  }

  /** Entry e's key. */
  key(e: number): string {
    return this.data.text.slice(this.data.starts[e], this.data.starts[e + 1]);
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

  /** The arrays, for writing; the key text as UTF-8 bytes. */
  sections(prefix: string): Record<string, Uint8Array | Uint32Array> {
    const { text, starts, slots, values, valueStarts } = this.data;
    return {
      [prefix + 'text']: new Uint8Array(Buffer.from(text, 'utf8')),
      [prefix + 'starts']: starts,
      [prefix + 'slots']: slots,
      [prefix + 'values']: values,
      [prefix + 'valueStarts']: valueStarts,
    };
  }

  /** Inverse of `sections`. */
  static fromSections(sections: Readonly<Record<string, unknown>>, prefix: string): KeyTable {
    const get = <T>(name: string, type: abstract new (...args: never[]) => T): T => {
      const array = sections[prefix + name];
      if (!(array instanceof type)) throw new RangeError(`key table section ${prefix + name} missing or of the wrong type`);
      return array;
    };
    const bytes = get('text', Uint8Array);
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    const table = new KeyTable({ text, starts: get('starts', Uint32Array), slots: get('slots', Uint32Array), values: get('values', Uint32Array), valueStarts: get('valueStarts', Uint32Array) });
    if (table.data.starts[table.size] !== text.length) throw new RangeError(`key table ${prefix} text does not match its offsets`);
    return table;
  }
}
