import type { ActorKb } from './kb.js';
import { ARTICLES, isCapitalised, matchAgent, matchName, type Part, type Words } from './phrase.js';

/**
 * Capitalised nouns that make a place name into a longer place name ("Perm Territory", "Kharkiv
 * Oblast", "New York City", "Gaza Strip"): the place still stands, so the name does not go on.
 */
const PLACE_WORDS = new Set([
  'territory', 'region', 'oblast', 'krai', 'kray', 'province', 'city', 'district', 'republic', 'county', 'state',
  'island', 'islands', 'governorate', 'prefecture', 'municipality', 'area', 'valley', 'strait', 'sea', 'gulf', 'bay',
  'river', 'coast', 'peninsula', 'mountains', 'border', 'airport', 'port', 'strip', 'bank', 'basin', 'lake', 'canal',
  'harbor', 'harbour', 'delta', 'desert', 'plateau', 'highlands'
]);

/** A word in title case ("Fisher", "Manufacturing"), not in capitals ("TO" in a Reuters headline). */
function isTitleWord(text: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(text);
}

/** Whether the sentence of token `at` is a headline in title case ("Ukraine Says Russia Attacked"). */
function isTitleCaseSentence(words: Words, at: number): boolean {
  const sent = words.sents[at];
  let k = at;
  while (k > 0 && words.sents[k - 1] === sent) k--;
  for (; k < words.texts.length && words.sents[k] === sent; k++) {
    const text = words.texts[k] ?? '';
    if (text.length >= 4 && /^\p{Ll}/u.test(text)) return false;
  }
  return true;
}

/** "Hong Kong Special Administrative Region": a run of title words after a place that ends in a place word names a place. */
function endsInPlaceWord(words: Words, at: number): boolean {
  for (let k = at; k < at + 4 && words.sents[k] === words.sents[at] && isTitleWord(words.texts[k] ?? ''); k++) {
    if (PLACE_WORDS.has(words.keys[k] ?? '')) return true;
  }
  return false;
}

/** Whether token `k` is a capitalised word of no known name, nationality or title: a word of an unknown name. */
function isUnknownNameWord(kb: ActorKb, words: Words, k: number, sent: number | undefined): boolean {
  const key = words.keys[k] ?? '';
  // "Wisconsin Rep. Toby Roth": a word cut short by a full stop is a title, not part of a name.
  return words.sents[k] === sent && words.texts[k + 1] !== '.' && isTitleWord(words.texts[k] ?? '') && !PLACE_WORDS.has(key) && !kb.adjective(key)
    && !matchName(kb, words, k) && !matchAgent(kb, words, k);
}

/**
 * "St. John Fisher University", "the Manufacturing USA network": a place name right after or before
 * a capitalised word that is no known name continues a longer proper name (a school, a programme, a
 * firm), which the knowledge base lacks; the place in it is neither where anything is nor an actor.
 * A sentence start ("Washington said") or a headline in title case says nothing of the kind.
 */
export function continuesLongerName(kb: ActorKb, words: Words, named: Part): boolean {
  const sent = words.sents[named.first];
  const before = named.first - 1;
  const continues = (isUnknownNameWord(kb, words, named.last, sent) && !endsInPlaceWord(words, named.last))
    // The word before starts the name: after "South Korea", "Japan" is a second name, not part of one.
    || (before > 0 && words.sents[before - 1] === sent && !isCapitalised(words.texts[before - 1] ?? '') && isUnknownNameWord(kb, words, before, sent));
  return continues && !isTitleCaseSentence(words, named.first);
}

/**
 * "The Industrial Bank of Japan", "the Long-Term Credit Bank of Japan": a body's name after capitalised words that are
 * no known name, opened by a determiner or a lower-case word, ends a longer proper name (a firm), which the knowledge
 * base lacks; the body in it is no actor (review rv-a of session 58). A sentence start or a headline in title case
 * says nothing of the kind, nor does a one-word name ("the December OPEC accord").
 */
export function endsLongerName(kb: ActorKb, words: Words, named: Part): boolean {
  // One word ("the December OPEC accord", training reuters-273) is an acronym or a short name a date or place may precede.
  if (named.last - named.first < 2) return false;
  const sent = words.sents[named.first];
  const isNameWord = (at: number): boolean => !ARTICLES.has(words.keys[at] ?? '') && isUnknownNameWord(kb, words, at, sent);
  let k = named.first - 1;
  if (k < 1 || !isNameWord(k)) return false;
  while (k > 1 && (isNameWord(k - 1) || (words.texts[k - 1] === '-' && isNameWord(k - 2)))) k--;
  const opener = k - 1;
  if (words.sents[opener] !== sent) return false;
  return (!isCapitalised(words.texts[opener] ?? '') || ARTICLES.has(words.keys[opener] ?? '')) && !isTitleCaseSentence(words, named.first);
}
