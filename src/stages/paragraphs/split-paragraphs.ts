import type { Span } from '../../core/span.js';

const BLANK_LINE = /\n[ \t\f\v\r\u00a0]*\n/;

/**
 * A blank line, or a line break before a list item ("- ", "* ", "• ") after a line that ends a
 * sentence or is an item itself: BBC stories set out a policy's points as a list with no blank
 * lines between them and often no final stop, so taking the list as hard-wrapped prose ran every
 * point into one sentence. After a line that ends in no stop the item finishes that line's
 * sentence ("imposed sanctions on\n- Russia's largest bank") or is wrapped prose ("the country\n-
 * which pumps …"), and stays with it.
 */
const BREAK_WITH_BLANK_LINES = /\n[ \t\f\v\r\u00a0]*\n\s*|(?<=(?:[.!?]['"”’)\]]*|^[ \t\u00a0]*[-*•·][ \t][^\n]*)[ \t\u00a0]*)\n[ \t\u00a0]*(?=[-*•·][ \t])/gm;

/**
 * Paragraph spans of a text. Blank lines separate paragraphs when the text has any (and each list
 * item is a paragraph of its own); a text without blank lines is taken to put one paragraph on
 * each line.
 */
export function splitParagraphs(text: string): Span[] {
  const separator = BLANK_LINE.test(text) ? BREAK_WITH_BLANK_LINES : /\n\s*/g;
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
