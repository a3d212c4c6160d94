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

/** A compiled gazetteer: phrase keys (lower-cased words joined by spaces) to a bit set of lists. */
export class Gazetteer {
  private readonly keys = new Map<string, number>();

  /** Add a phrase to a list; phrases of more than eight words are ignored. */
  add(list: number, phrase: string): void {
    const words = phraseWords(phrase);
    if (words.length === 0 || words.length > MAX_WORDS) return;
    let key = '';
    for (let i = 0; i < words.length; i++) {
      key = i === 0 ? words[0] : key + ' ' + words[i];
      const bits = this.keys.get(key) ?? 0;
      this.keys.set(key, i === words.length - 1 ? bits | (1 << list) : bits | PREFIX);
    }
  }

  /** Bit set of the lists holding exactly this phrase (lower-cased words); 0 when none. */
  listsOf(lower: readonly string[]): number {
    return (this.keys.get(lower.join(' ')) ?? 0) & ~PREFIX;
  }

  /** Number of keys (phrases and their prefixes). */
  get size(): number {
    return this.keys.size;
  }

  /**
   * For each token, the codes of every match covering it. `lower` holds lower-cased token texts.
   * Matches may overlap ("united nations" and "united nations security council" both count).
   */
  match(lower: readonly string[]): number[][] {
    const codes: number[][] = lower.map(() => []);
    for (let start = 0; start < lower.length; start++) {
      let key = '';
      for (let end = start; end < lower.length && end - start < MAX_WORDS; end++) {
        key = end === start ? lower[start] : key + ' ' + lower[end];
        const bits = this.keys.get(key);
        if (bits === undefined) break;
        const lists = bits & ~PREFIX;
        if (lists) this.mark(codes, start, end, lists);
        if (!(bits & PREFIX)) break;
      }
    }
    return codes;
  }

  private mark(codes: number[][], start: number, end: number, lists: number): void {
    for (let list = 0; lists >> list; list++) {
      if (!((lists >> list) & 1)) continue;
      for (let i = start; i <= end; i++) {
        const position = start === end ? 3 : i === start ? 0 : i === end ? 2 : 1;
        codes[i].push(list * 4 + position);
      }
    }
  }

  /** The phrase keys with their list bits, for writing the model file. */
  entries(): [string, number][] {
    return [...this.keys].filter(([, bits]) => bits & ~PREFIX).map(([key, bits]) => [key, bits & ~PREFIX]);
  }

  /** Rebuild from `entries()`. */
  static fromEntries(entries: Iterable<readonly [string, number]>): Gazetteer {
    const gaz = new Gazetteer();
    for (const [key, bits] of entries) {
      const words = key.split(' ');
      let prefix = '';
      for (let i = 0; i < words.length - 1; i++) {
        prefix = i === 0 ? words[0] : prefix + ' ' + words[i];
        gaz.keys.set(prefix, (gaz.keys.get(prefix) ?? 0) | PREFIX);
      }
      gaz.keys.set(key, (gaz.keys.get(key) ?? 0) | bits);
    }
    return gaz;
  }
}
