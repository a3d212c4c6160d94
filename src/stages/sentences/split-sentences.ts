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

/**
 * Split the paragraphs of the body into sentences. Each heading is a sentence of its own; a
 * sentence never crosses a paragraph break. `pack` gives the abbreviations and sentence openers.
 */
export function splitSentences(text: string, paragraphs: readonly Span[], body: Span, headings: readonly Span[], pack: LanguagePack = languagePack()): Sentence[] {
  const sentences: Sentence[] = [];
  const headingStarts = new Set(headings.map((h) => h.start));
  for (const para of paragraphs) {
    if (para.end <= body.start || para.start >= body.end) continue;
    const start = Math.max(para.start, body.start);
    const end = Math.min(para.end, body.end);
    if (headingStarts.has(para.start)) sentences.push({ start, end });
    else splitParagraph(text, start, end, sentences, pack);
  }
  return sentences;
}

function splitParagraph(text: string, start: number, end: number, out: Sentence[], pack: LanguagePack): void {
  const para = text.slice(start, end);
  let from = 0;
  for (const m of para.matchAll(BOUNDARY)) {
    const punctEnd = m.index + m[1].length;
    if (m[1] === '.' && !m[2] && !endsSentenceAfterPeriod(para, m.index, m.index + m[0].length, pack)) continue;
    const cut = punctEnd + m[2].length;
    out.push({ start: start + from, end: start + cut });
    from = m.index + m[0].length;
  }
  if (from < para.length) out.push({ start: start + from, end });
}

/** Decide a single period followed by space and a capital: abbreviation, initial, or sentence end. */
function endsSentenceAfterPeriod(para: string, dot: number, next: number, pack: LanguagePack): boolean {
  const word = /[\p{L}\p{N}.]*$/u.exec(para.slice(Math.max(0, dot - 20), dot))?.[0] ?? '';
  if (!word || !isAbbreviation(word, pack)) return true;
  const lower = word.toLowerCase();
  if (pack.abbreviations.titles.has(lower)) return false;
  const following = /^["'“‘([]*([\p{L}\p{N}]+)/u.exec(para.slice(next))?.[1] ?? '';
  const opens = pack.sentenceOpeners.has(following.toLowerCase());
  if (pack.abbreviations.months.has(lower)) return !/^\d/.test(following) && opens;
  if (/^\p{Lu}$/u.test(word)) return false;
  // Wire copy capitalises the word after "U.S." ("told the U.S. And NATO"): a conjunction or
  // preposition there continues the sentence rather than opening one.
  if (DOTTED.test(word) && pack.abbreviationContinuers.has(following.toLowerCase())) return false;
  return opens;
}
