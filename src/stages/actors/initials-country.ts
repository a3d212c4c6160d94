/**
 * A country's initials standing as its name. adjectives.tsv lists "U.K.|UK" for "UK officials", and a bare
 * adjective before any word is read as a modifier, which left "The U.K. rejected the plan." and "condemned the UK on
 * Monday" with no party (session 60, ev-acronym (b)). Initials are one token of capitals, so they are the country's
 * name unless the word after them is one they modify.
 */
import type { Words } from './phrase.js';

const INITIALS = /^(?:(?:\p{Lu}\.){2,}|\p{Lu}{2,3})$/u;
/** Tags of a word initials modify: "UK officials", "U.K. Independence Party", "UK foreign policy", "UK 2019". */
const MODIFIED_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * Whether the adjective `nation` (token range, `last` exclusive) is initials naming the country: not before a word it
 * modifies or a conjunction and an adjective, not before a hyphen ("UK-based"), and not after a possessive, where the wire's capitals ("Nissan's U.K. Produced cars") make a
 * verb-tagged word a noun's modifier.
 */
export function initialsName(words: Words, upos: readonly string[] | undefined, nation: { readonly first: number; readonly last: number }): boolean {
  const { first: at, last: next } = nation;
  if (next - at !== 1 || !INITIALS.test(words.texts[at] ?? '')) return false;
  if (/^[-‐]$/u.test(words.texts[next] ?? '') || /^['’]s$/iu.test(words.texts[at - 1] ?? '')) return false;
  if (words.sents[next] !== words.sents[at]) return true;
  // "the U.S., UK and European partners": one of coordinated modifiers of the noun after the last.
  return !MODIFIED_TAGS.has(upos?.[next] ?? '') && !(upos?.[next] === 'CCONJ' && upos[next + 1] === 'ADJ');
}
