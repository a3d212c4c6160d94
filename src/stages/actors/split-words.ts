/**
 * A small word splitter for short texts given on their own (a name typed to `dyad actors lookup`,
 * an actor phrase from a gold file), where the full tokenizer stage has nothing to work with.
 * It follows the tokenizer's conventions that matter for names: abbreviations such as "U.S." stay
 * whole, "'s" and hyphens are split off, other punctuation is its own token.
 */
import type { Span } from '../../core/span.js';

const WORD = /(?:\p{L}\.){2,}|['’]s\b|\p{L}[\p{L}\p{M}]*(?:['’](?!s\b)\p{L}+)?|\d+(?:[.,]\d+)*|[^\s\p{L}\d]/gu;

/**
 * Split `text` into word spans.
 * @example splitWords("Israel's high court").map((s) => s.start) // [0, 6, 9, 14]
 */
export function splitWords(text: string): Span[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
