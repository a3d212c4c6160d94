import { assetPath, readDataLines } from '../core/assets.js';

/**
 * The part of a title that is the item's own, less a quote it attributes to a speaker. An official
 * site often titles an item by what was said: "Russia is already moving away from ultimatums, but
 * full-fledged talks require the participation of Western partners - Volodymyr Zelenskyy",
 * "President: We are starting geographical decentralization of diplomacy, meeting of Ukrainian
 * ambassadors to take place in Huta every year". The quote's "talks", "meeting" and "will" are
 * what was said, not the occasion the item reports or a notice of one; the attribution may name
 * the occasion ("… - Volodymyr Zelenskyy at the session of the Wall Street Journal CEO Council Summit").
 */

/** A spaced dash ends the quote: "… - President of Ukraine". */
const DASH = /\s[-–—]\s/;
/** Words an attribution after a dash may have: a speaker and the occasion ("… - Andriy Yermak at meeting with European journalists"). */
const MAX_ATTRIBUTION_WORDS = 16;
/** Words a quote before a dash has at least: "Meeting of the Russia – Land of Opportunity Supervisory Board" is one name. */
const MIN_QUOTE_WORDS = 5;
/** Words a speaker before a colon may have: "President of Ukraine", "Volodymyr Zelenskyy". */
const MAX_SPEAKER_WORDS = 6;
/** Words a speaker's name may have in lower case ("Head of State", "Adviser to the Head of the Office"). */
const CONNECTORS = new Set(['of', 'the', 'to', 'and']);

let genres: ReadonlySet<string> | undefined;

/** The genre words of `data/title-genres.txt`, read once. */
export function loadTitleGenres(path = assetPath('src', 'stories', 'data', 'title-genres.txt')): ReadonlySet<string> {
  if (genres) return genres;
  genres = new Set(readDataLines(path).map((l) => l.toLowerCase()));
  return genres;
}

let speechVerbs: ReadonlySet<string> | undefined;

/** The title speech verbs of `data/title-speech.txt`, read once. */
export function loadTitleSpeech(path = assetPath('src', 'stories', 'data', 'title-speech.txt')): ReadonlySet<string> {
  if (speechVerbs) return speechVerbs;
  speechVerbs = new Set(readDataLines(path).map((l) => l.toLowerCase()));
  return speechVerbs;
}

const wordsOf = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

/** A speaker's name or office before a colon: short, capitalised but for connectors, no genre, not all capitals ("FACT SHEET"). */
function isSpeaker(text: string, genreWords: ReadonlySet<string>): boolean {
  const words = wordsOf(text);
  if (!words.length || words.length > MAX_SPEAKER_WORDS || text === text.toUpperCase()) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) ? !genreWords.has(w.toLowerCase()) : CONNECTORS.has(w));
}

/** The title less its quote: the attribution after the last spaced dash, or the speaker before a colon; else the whole title. */
export function ownTitle(title: string, genreWords: ReadonlySet<string> = loadTitleGenres()): string {
  const parts = title.split(DASH);
  if (parts.length > 1) {
    const attribution = parts.at(-1)!;
    const quote = parts.slice(0, -1).join(' - ');
    if (wordsOf(attribution).length <= MAX_ATTRIBUTION_WORDS && wordsOf(quote).length >= MIN_QUOTE_WORDS) return attribution;
  }
  const colon = title.indexOf(':');
  if (colon > 0 && isSpeaker(title.slice(0, colon), genreWords)) return title.slice(0, colon);
  return title;
}

/** The index of the first word that is a speech form or a title's speech verb, else -1 (a loop, not an arrow made per clause: #13). */
function speechVerbAt(words: readonly string[], speechForms: ReadonlySet<string>, verbs: ReadonlySet<string>): number {
  for (let i = 0; i < words.length; i++) {
    const lower = words[i].toLowerCase();
    if (speechForms.has(lower) || verbs.has(lower)) return i;
  }
  return -1;
}

/**
 * Who speaks in a title: the capitalised words before its first speech verb, back to the clause's
 * start ("Miyazawa says there are no plans for G-5 or G-7 talks", "… THURSDAY, White House says"),
 * lower-cased, less the listed title words. Two wire items about one day's talks are two
 * occasions when different people speak of them (the EC Commission President urging a G-7 meeting).
 */
export function titleSpeakers(title: string, speechForms: ReadonlySet<string>, listed: ReadonlySet<string>): string[] {
  const clauses = title.split(/[,;:]/);
  for (const clause of clauses) {
    const words = wordsOf(clause);
    const verbs = loadTitleSpeech();
    const verb = speechVerbAt(words, speechForms, verbs);
    if (verb < 0) continue;
    return [...new Set(words.slice(0, verb).filter((w) => /^\p{Lu}/u.test(w) && !listed.has(w.toLowerCase())).map((w) => w.toLowerCase()))].sort();
  }
  return [];
}
