/**
 * "His Majesty", "Her Majesty", "His Highness", "His Royal Highness": forms of address for a ruler.
 * Before a title or name ("His Majesty King Abdullah II") they are no part of the mention; alone
 * ("His Majesty thanked the President") they mean the ruler the text named before, not a pronoun.
 */
import type { Part, Words } from './phrase.js';
import { ARABIC_HONORIFICS, isCapitalised } from './phrase.js';

const OWNERS = new Set(['his', 'her']);
const STYLES = new Set(['majesty', 'highness']);
/** Title words of rulers addressed so: the first words of their mentions ("King Abdullah II", "President Sheikh Mohamed"). */
const RULER_WORDS = new Set(['king', 'queen', 'emir', 'amir', 'sultan', ...ARABIC_HONORIFICS, 'prince', 'princess', 'crown']);

/** The form of address starting at token `i`, if one does. */
export function royalAddressAt(words: Words, i: number): Part | undefined {
  if (!OWNERS.has(words.keys[i] ?? '') || !isCapitalised(words.texts[i + 1] ?? '')) return undefined;
  const style = words.keys[i + 1] === 'royal' ? i + 2 : i + 1;
  if (!STYLES.has(words.keys[style] ?? '') || words.sents[style] !== words.sents[i]) return undefined;
  return { first: i, last: style + 1 };
}

/** Whether a title or name follows the form of address in its sentence ("His Majesty King …"). */
export function titleFollows(words: Words, address: Part): boolean {
  const next = words.texts[address.last] ?? '';
  return words.sents[address.last] === words.sents[address.first] && isCapitalised(next) && /\p{L}/u.test(next);
}

/** A mention remembered by the resolver: whether it is a person, their office and its words. */
interface Remembered {
  readonly person?: boolean;
  readonly office?: string;
  readonly words: readonly string[];
}

/** The last ruler named: a monarch by office, or a person whose mention holds a ruler's title. */
export function lastRuler<T extends Remembered>(history: readonly T[]): T | undefined {
  for (let k = history.length - 1; k >= 0; k--) {
    const h = history[k];
    if (h?.person && (h.office === 'monarch' || h.words.some((w) => RULER_WORDS.has(w)))) return h;
  }
  return undefined;
}
