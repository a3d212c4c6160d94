import type { Span } from '../../core/span.js';

const BLANK_LINE = /\n[ \t\f\v\r\u00a0]*\n/;

/**
 * Paragraph spans of a text. Blank lines separate paragraphs when the text has any; a text
 * without blank lines is taken to put one paragraph on each line.
 */
export function splitParagraphs(text: string): Span[] {
  const separator = BLANK_LINE.test(text) ? /\n[ \t\f\v\r\u00a0]*\n\s*/g : /\n\s*/g;
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(separator)) {
    pushTrimmed(text, start, match.index, spans);
    start = match.index + match[0].length;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}
