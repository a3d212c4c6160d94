import type { Span } from '../../core/span.js';
import { languagePack, type LanguagePack } from '../../lang/pack.js';
import { DOTTED, isAbbreviation } from './abbreviations.js';
import type { Sentence } from './types.js';

/**
 * A candidate boundary: sentence-final punctuation, any closing quotes or brackets, white space,
 * then an optional opening quote or bracket and a capital letter or digit. Quote balance is never
 * tracked, so an unclosed quotation mark cannot swallow the rest of the text.
 */
const BOUNDARY = /([.!?…]+)(["'”’)\]]*)(\s+)(?=["'“‘([]*[\p{Lu}\d])/gu;
/** BOUNDARY in a document whose case carries no information: any letter may open the next sentence (review a #3). */
const UNCASED_BOUNDARY = /([.!?…]+)(["'”’)\]]*)(\s+)(?=["'“‘([]*[\p{L}\d])/gu;

/** The fewest words before a document's lack of capitals means anything, and at most one capital in this many (as `tokens/truecase.ts`). */
const UNCASED_MIN_WORDS = 20;
const UNCASED_CAPITALS_PER = 100;
/** A word's first letter, and whether sentence punctuation or a line break stands before it. */
const WORD_START = /(^|[.!?…]["'”’)\]]*\s+|\n\s*)?(?<![\p{L}\p{N}'’.])\p{L}/gmu;

/**
 * Whether the text is written without case (an all lower-case wire story): of its words not opening a
 * line or following sentence punctuation, 20 or more, at most one in 100 capitalised. The truecaser's
 * check (`tokens/truecase.ts`) made on the raw text, since sentences are not known yet; it stops at the
 * capital that settles it, so an ordinary article pays for a few dozen words.
 */
export function isUncased(text: string): boolean {
  let words = 0;
  let capitals = 0;
  // Capitals above this many rule the document out whatever follows: one in 100 of an upper bound on its words.
  const most = Math.ceil(text.length / 2 / UNCASED_CAPITALS_PER);
  WORD_START.lastIndex = 0;
  for (let m = WORD_START.exec(text); m; m = WORD_START.exec(text)) {
    if (m[1] !== undefined) continue;
    words++;
    const c = m[0].charCodeAt(m[0].length - 1);
    if (c >= 65 && c <= 90 && ++capitals > most) return false;
  }
  return words >= UNCASED_MIN_WORDS && capitals * UNCASED_CAPITALS_PER <= words;
}

/**
 * Split the paragraphs of the body into sentences. Each heading is a sentence of its own; a
 * sentence never crosses a paragraph break. `pack` gives the abbreviations and sentence openers.
 */
export function splitSentences(text: string, paragraphs: readonly Span[], body: Span, headings: readonly Span[], pack: LanguagePack = languagePack()): Sentence[] {
  const sentences: Sentence[] = [];
  const headingStarts = new Set(headings.map((h) => h.start));
  const wire = capitalisesAfterAbbreviation(text, pack);
  const boundary = isUncased(text) ? UNCASED_BOUNDARY : BOUNDARY;
  for (const para of paragraphs) {
    if (para.end <= body.start || para.start >= body.end) continue;
    const start = Math.max(para.start, body.start);
    const end = Math.min(para.end, body.end);
    if (headingStarts.has(para.start)) sentences.push({ start, end });
    else splitParagraph(text, start, end, sentences, pack, wire, boundary);
  }
  return sentences;
}

function splitParagraph(text: string, start: number, end: number, out: Sentence[], pack: LanguagePack, wire: boolean, boundary: RegExp): void {
  const para = text.slice(start, end);
  let from = 0;
  // `exec` on the one global pattern, not `matchAll`, which copies the pattern and so compiles it again (V8's regexp
  // cache does not spare the copy its initialisation): that was 15% of this stage's instructions, at every paragraph and
  // every document (#13). Nothing below runs BOUNDARY, so its lastIndex is this loop's alone.
  boundary.lastIndex = 0;
  for (let m = boundary.exec(para); m; m = boundary.exec(para)) {
    const punctEnd = m.index + m[1].length;
    // A closing bracket after an abbreviation's period ("the (U.S.) Treasury") closes the abbreviation, not a sentence.
    if (m[1] === '.' && /^\)*$/.test(m[2]) && !endsSentenceAfterPeriod(para, m.index, m.index + m[0].length, pack, wire)) continue;
    const cut = punctEnd + m[2].length;
    out.push({ start: start + from, end: start + cut });
    from = m.index + m[0].length;
  }
  if (from < para.length) out.push({ start: start + from, end });
}

/**
 * True when the document follows the old wire convention of capitalising the word after a dotted abbreviation: somewhere
 * a conjunction or preposition (`abbreviation-continuers.txt`) stands capitalised after one ("the U.S. And NATO").
 * Modern copy ends a sentence with "the U.S." and opens the next with a fronted time phrase ("… the U.S. Last year,
 * Iran seized …"), so a time phrase continues the sentence only in a document that shows the old convention.
 */
function capitalisesAfterAbbreviation(text: string, pack: LanguagePack): boolean {
  ABBREVIATION_THEN_CAPITAL.lastIndex = 0;
  for (let m = ABBREVIATION_THEN_CAPITAL.exec(text); m; m = ABBREVIATION_THEN_CAPITAL.exec(text)) {
    if (pack.abbreviationContinuers.has(m[2].toLowerCase())) return true;
  }
  return false;
}

/** A dotted abbreviation ("U.S.") and the capitalised word after it (run by `exec`, as BOUNDARY is). */
const ABBREVIATION_THEN_CAPITAL = /(?<![\p{L}.])((?:\p{L}\.)+\p{L})\. (\p{Lu}\p{Ll}*)\b/gu;

/**
 * Decide a single period followed by space and a capital: abbreviation, initial, or sentence end. `wire`: the document
 * capitalises the word after a dotted abbreviation (see capitalisesAfterAbbreviation).
 */
function endsSentenceAfterPeriod(para: string, dot: number, next: number, pack: LanguagePack, wire: boolean): boolean {
  const word = /[\p{L}\p{N}.]*$/u.exec(para.slice(Math.max(0, dot - 20), dot))?.[0] ?? '';
  if (!word || !isAbbreviation(word, pack)) return true;
  const lower = word.toLowerCase();
  if (pack.abbreviations.titles.has(lower)) return false;
  const following = /^["'“‘([]*([\p{L}\p{N}]+)/u.exec(para.slice(next))?.[1] ?? '';
  const opens = pack.sentenceOpeners.has(following.toLowerCase());
  if (pack.abbreviations.months.has(lower)) return !/^\d/.test(following) && opens;
  if (/^\p{Lu}$/u.test(word)) return false;
  // Wire copy capitalises the word after "U.S." ("told the U.S. And NATO"): a conjunction or a preposition there
  // continues the sentence, and in a document of that convention so does a time phrase ("the U.S. Last year").
  if (DOTTED.test(word) && (pack.abbreviationContinuers.has(following.toLowerCase()) || (wire && opensTimePhrase(para.slice(next), pack)))) return false;
  return opens;
}

/** A year or decade written in digits ("1962", "1970s"): a time word of its own. */
const YEAR_OR_DECADE = /^(?:1[89]|20)\d\ds?$/;

/**
 * True when `rest` opens with a time phrase (`abbreviation-time-phrases.tsv`): an opener, then within three words a
 * time word, a month or weekday name written in full and capitalised ("This May", never the modal in "This may"), or a
 * year ("Last year", "Earlier this month", "In the late 1970s").
 */
function opensTimePhrase(rest: string, pack: LanguagePack): boolean {
  if (/^["'“‘]/u.test(rest)) return false; // a quotation opening there is a sentence's start
  // The first four words, not the split of the whole paragraph after the abbreviation.
  const words: string[] = [];
  WORD.lastIndex = 0;
  let m = WORD.exec(rest);
  while (m && words.push(m[0]) < 4) m = WORD.exec(rest);
  const [first = '', ...after] = words;
  const { openers, times } = pack.abbreviationTimePhrases;
  if (!openers.has(first.toLowerCase())) return false;
  const calendar = calendarNames(pack);
  return after.some((w) => times.has(w.toLowerCase()) || calendar.has(w) || YEAR_OR_DECADE.test(w));
}

/** A word: a run of letters and digits (what the split on anything else kept); run by `exec`, as BOUNDARY is. */
const WORD = /[\p{L}\p{N}]+/gu;

/** Each pack's month and weekday names written in full, made on first use: not a new set at every call (#13). */
const calendars = new WeakMap<LanguagePack, ReadonlySet<string>>();

function calendarNames(pack: LanguagePack): ReadonlySet<string> {
  let calendar = calendars.get(pack);
  if (!calendar) calendars.set(pack, (calendar = new Set([...pack.months, ...pack.weekdays].map(([full]) => full))));
  return calendar;
}
