import { MONTH_PATTERN, isoDate, monthNumber } from './months.js';

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** Wikinews puts the publication date on a line of its own: `Friday, May 8, 2009`. */
const DATE_LINE = new RegExp(`^(?:${WEEKDAY},?\\s+)?(${MONTH_PATTERN})\\s+(\\d{1,2}),\\s+(\\d{4})$`);

/** The ISO date of a paragraph that is nothing but a date line, else undefined. */
export function parseDateLine(paragraph: string): string | undefined {
  const m = DATE_LINE.exec(paragraph);
  if (!m) return undefined;
  const month = monthNumber(m[1]);
  return month ? isoDate(Number(m[3]), month, Number(m[2])) : undefined;
}

const MAX_HEADING_CHARS = 80;
const MAX_HEADING_WORDS = 10;

/**
 * True for a paragraph that reads as a heading: short, starting with a capital or digit, with no
 * sentence-final punctuation, quotation or colon at its end (`Regional problems`).
 */
export function isHeading(paragraph: string): boolean {
  if (paragraph.length > MAX_HEADING_CHARS || paragraph.includes('\n')) return false;
  if (paragraph.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  if (!/^[\p{Lu}\d]/u.test(paragraph)) return false;
  return !/[.!?:;,"”'’)\]…]$/.test(paragraph);
}

/**
 * True when a first paragraph is the article's headline: it is the title, or reads as a heading.
 * A paragraph ending in a comma or semicolon is a clause the next paragraph continues (a joint
 * statement's "The Government of A and the Government of B," before its "Recognizing …" clauses),
 * never a headline.
 */
export function isHeadline(paragraph: string, title: string | undefined, paragraphCount: number): boolean {
  if (paragraphCount < 2) return false;
  if (title && normalise(paragraph) === normalise(title)) return true;
  return paragraph.length <= 200 && !paragraph.includes('\n') && /^[\p{Lu}\d"“‘']/u.test(paragraph) && !/[.!?:;,"”]$/.test(paragraph);
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

