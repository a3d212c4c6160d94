/**
 * "The U.S. International Trade Commission (ITC) said … The ITC ruled": an acronym defined in
 * brackets right after its expansion means that expansion for the rest of the article, not the
 * knowledge base's body of the same letters (the International Tin Council). The long form is found
 * as Schwartz and Hearst (2003) find it: the acronym's letters, read right to left, match letters of
 * the words before the bracket, its first letter the start of a word.
 */
import { nameKey } from './name-key.js';
import type { Part, Words } from './phrase.js';

/** An acronym in brackets after its expansion: the acronym's key and the expansion's tokens. */
export interface AcronymDefinition {
  readonly key: string;
  readonly long: Part;
}

/** An acronym as written: two to eight capitals, maybe with dots or "&" ("ITC", "U.N.", "AT&T"). */
const ACRONYM = /^[A-Z][A-Z.&]{1,8}$/;

/** Whether the token at `i` is written as an acronym. */
export function isAcronymToken(words: Words, i: number): boolean {
  return ACRONYM.test(words.texts[i] ?? '');
}

/** A body's initials: three to six capitals, no dots ("RAC", "FNSEA"), not a place's ("U.S.") nor a bloc's ("EC"). */
const BODY_ACRONYM = /^[A-Z]{3,6}$/;

/** Whether the token at `i` is written as a body's initials (`acronym-body.ts`), a narrower shape than `isAcronymToken`. */
export function isBodyAcronym(words: Words, i: number): boolean {
  return BODY_ACRONYM.test(words.texts[i] ?? '');
}

/** The definition whose acronym is the token at `i` ("(ITC)"), if the words before the bracket spell it. */
export function acronymDefinitionAt(words: Words, i: number): AcronymDefinition | undefined {
  const { texts, sents } = words;
  if (texts[i - 1] !== '(' || texts[i + 1] !== ')' || !isAcronymToken(words, i)) return undefined;
  const letters = (texts[i] ?? '').replace(/[^A-Z]/g, '').toLowerCase();
  const open = i - 1;
  // Schwartz and Hearst: at most min(|A| + 5, 2|A|) words of the same sentence.
  const most = Math.min(letters.length + 5, letters.length * 2);
  let first = open;
  for (let words_ = 0; first > 0 && words_ < most && sents[first - 1] === sents[i] && /\p{L}/u.test(texts[first - 1] ?? ''); words_++) first--;
  const found = longFormStart(texts.slice(first, open), letters);
  if (found === undefined) return undefined;
  // "Organisation of Petroleum Exporting Countries (OPEC)": the "O" matched "of"; no name opens with a function word.
  const start = found > 0 && FUNCTION_WORDS.has(words.keys[first + found] ?? '') ? found - 1 : found;
  return { key: nameKey(texts[i] ?? ''), long: { first: first + start, last: open } };
}

/** Index of the word where the long form starts, matching `letters` right to left; undefined when they do not match. */
function longFormStart(candidate: readonly string[], letters: string): number | undefined {
  const text = candidate.join(' ').toLowerCase();
  let at = text.length - 1;
  for (let s = letters.length - 1; s >= 0; s--) {
    const c = letters[s];
    // The acronym's first letter must open a word; the others may sit anywhere before the last match.
    while (at >= 0 && (text[at] !== c || (s === 0 && at > 0 && /\p{L}/u.test(text[at - 1] ?? '')))) at--;
    if (at < 0) return undefined;
    at--;
  }
  const before = text.slice(0, at + 1);
  return before.trim() === '' ? 0 : before.trim().split(/\s+/).length;
}

/** Words too common in names of bodies to tell two names apart. */
const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'des', 'du', 'la', 'le']);

/** The first five letters of each content word: "Organisation" and "Organization" meet. */
function stems(text: string): string[] {
  return nameKey(text).split(' ').filter((w) => w.length > 1 && !FUNCTION_WORDS.has(w)).map((w) => w.slice(0, 5));
}

/**
 * Whether a known body's name is a spelling of the long form ("Organisation of Petroleum Exporting
 * Countries" for OPEC): at least two-thirds of the long form's words open words of the name. The
 * International Tin Council shares one of three with the International Trade Commission.
 */
export function spellsLongForm(name: string, longForm: string): boolean {
  const own = new Set(stems(name));
  const wanted = stems(longForm);
  const shared = wanted.filter((w) => own.has(w) || [...own].some((o) => o.startsWith(w) || w.startsWith(o))).length;
  return wanted.length > 0 && shared * 3 >= wanted.length * 2;
}
