import type { LanguagePack } from '../../lang/pack.js';

/** Letters with dots, written without the final one: `U.S`, `U.K`. */
export const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;

/**
 * True for a word (without its final period) that is an abbreviation: listed in the language pack
 * (titles, month abbreviations, others), or letters with dots (`U.S`), or a single capital (an initial).
 */
export function isAbbreviation(word: string, pack: LanguagePack): boolean {
  const lower = word.toLowerCase();
  const { titles, months, other } = pack.abbreviations;
  return titles.has(lower) || months.has(lower) || other.has(lower) || DOTTED.test(word) || /^\p{Lu}$/u.test(word);
}
