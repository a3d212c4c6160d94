import { KeyTable } from '../../core/key-table.js';

/**
 * Multi-word name lists matched over token sequences. A match yields, for each token it covers,
 * a code (list index × 4 + position in the match: B, I, L, U) that the tagger uses as a feature;
 * the lists never decide a label on their own.
 */

/** The lists, in the order their codes use. */
export const GAZETTEER_LISTS = ['country', 'city', 'region', 'demonym', 'location', 'person', 'first', 'org', 'title'] as const;
export type GazetteerList = (typeof GAZETTEER_LISTS)[number];

const MAX_WORDS = 8;
/** Flag bit in a key's value marking that a longer phrase starts with this key. */
const PREFIX = 1 << 30;

/** Split a phrase the way the tokenizer splits text: spaces, hyphens, and peeled punctuation. */
export function phraseWords(phrase: string): string[] {
  return phrase
    .replace(/[’‘]/g, "'")
    .split(/\s+|(?=-)|(?<=-)/)
    .map((w) => w.replace(/^[("“]+|[)"”,;:]+$/g, ''))
    .filter((w) => w.length > 0)
    .map((w) => w.toLowerCase());
}

/**
 * A compiled gazetteer: phrase keys (lower-cased words joined by spaces) to a bit set of lists.
 * Built with `add` by the trainer; the shipped model holds it as a `KeyTable`, so loading it
 * builds nothing and matching joins no strings.
 */
export class Gazetteer {
  /** Phrases added since the table was last laid out (trainer only). */
  private readonly added = new Map<string, number>();
  private compiled: KeyTable | undefined;

  /** The gazetteer stored in a model file (see `table`). */
  static fromTable(table: KeyTable): Gazetteer {
    const gaz = new Gazetteer();
    gaz.compiled = table;
    return gaz;
  }

  /** Add a phrase to a list; phrases of more than eight words are ignored. */
  add(list: number, phrase: string): void {
    const words = phraseWords(phrase);
    if (words.length === 0 || words.length > MAX_WORDS) return;
    // A loaded gazetteer extended by a test or a trainer: start from its phrases.
    if (this.compiled && this.added.size === 0) for (const [key, [bits = 0]] of this.compiled.entries()) this.added.set(key, bits);
    this.compiled = undefined;
    let key = '';
    for (let i = 0; i < words.length; i++) {
      key = i === 0 ? words[0] : key + ' ' + words[i];
      const bits = this.added.get(key) ?? 0;
      this.added.set(key, i === words.length - 1 ? bits | (1 << list) : bits | PREFIX);
    }
  }

  /** The lookup table: each key with one value, its bits (prefix flag included); keys sorted. */
  table(): KeyTable {
    this.compiled ??= KeyTable.build([...this.added].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, bits]) => [key, [bits]] as const));
    return this.compiled;
  }

  private bitsAt(entry: number): number {
    return entry < 0 ? 0 : this.table().value(entry, 0);
  }

  /** Bit set of the lists holding exactly this phrase (lower-cased words); 0 when none. */
  listsOf(lower: readonly string[]): number {
    return this.bitsAt(this.table().findWords(lower, 0, lower.length)) & ~PREFIX;
  }

  /** Bit set of the lists holding this one lower-cased word as a phrase; 0 when none. */
  listsOfWord(lower: string): number {
    return this.bitsAt(this.table().find(lower)) & ~PREFIX;
  }

  /** Number of keys (phrases and their prefixes). */
  get size(): number {
    return this.table().size;
  }

  /**
   * For each token, the codes of every match covering it. `lower` holds lower-cased token texts.
   * Matches may overlap ("united nations" and "united nations security council" both count).
   * Tokens without a match share one empty list. With `first`, `first[i]` is the entry of `lower[i]`
   * alone in `table()` (or -1), as a caller that remembers it per word type passes it: most words
   * start no phrase, and their lookup was a hash and a probe of the large table per token (#13).
   */
  match(lower: readonly string[], first?: Int32Array): readonly (readonly number[])[] {
    const table = this.table();
    const codes: number[][] = new Array<number[]>(lower.length).fill(NO_CODES);
    for (let start = 0; start < lower.length; start++) {
      for (let end = start; end < lower.length && end - start < MAX_WORDS; end++) {
        const entry = end === start && first !== undefined ? first[start] : table.findWords(lower, start, end + 1);
        if (entry < 0) break;
        const bits = table.value(entry, 0);
        const lists = bits & ~PREFIX;
        if (lists) mark(codes, start, end, lists);
        if (!(bits & PREFIX)) break;
      }
    }
    return codes;
  }
}

/** Shared by every token no phrase covers; `mark` replaces it before adding codes. */
const NO_CODES: number[] = [];

function mark(codes: number[][], start: number, end: number, lists: number): void {
  for (let list = 0; lists >> list; list++) {
    if (!((lists >> list) & 1)) continue;
    for (let i = start; i <= end; i++) {
      const position = start === end ? 3 : i === start ? 0 : i === end ? 2 : 1;
      if (codes[i] === NO_CODES) codes[i] = [];
      codes[i].push(list * 4 + position);
    }
  }
}
