import type { Span } from '../../core/span.js';

const BLANK_LINE = /\n[ \t\f\v\r\u00a0]*\n/;

/**
 * A blank line, or a line break before a list item ("- ", "* ", "• ") in a list whose lead-in ends a sentence (see
 * leadInEndsSentence): BBC stories set out a policy's points as a list with no blank lines between them and often no
 * final stop, so taking the list as hard-wrapped prose ran every point into one sentence.
 */
const BREAK_WITH_BLANK_LINES = /\n[ \t\f\v\r\u00a0]*\n\s*|\n[ \t\u00a0]*(?=[-*•·][ \t])/g;

/** Any line break and the space after it: the separator of a text without blank lines (run by `exec`, as above). */
const LINE_BREAK = /\n\s*/g;

const ITEM_LINE = /^[ \t\u00a0]*[-*•·][ \t]/;
const SENTENCE_END = /[.!?]['"”’)\]]*[ \t\u00a0]*$/;

/**
 * True when the list holding the item that opens at `itemStart` is led in by a line that ends a sentence, or by none (a
 * blank line or the text's start). A lead-in that ends in a colon or no stop ("The government said it would:", "imposed
 * sanctions on") is finished by every item, and an item broken off it would lose the lead-in's subject and verb; a
 * line that opens with a dash there is wrapped prose ("the country\n- which pumps …") and stays too.
 */
function leadInEndsSentence(text: string, itemStart: number): boolean {
  let end = itemStart;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (!line.trim()) return true;
    if (!ITEM_LINE.test(line)) return SENTENCE_END.test(line);
    end = start - 1;
    if (end < 0) return true;
  }
  return true;
}

/**
 * Paragraph spans of a text. Blank lines separate paragraphs when the text has any (and each list
 * item is a paragraph of its own); a text without blank lines is taken to put one paragraph on
 * each line.
 */
export function splitParagraphs(text: string): Span[] {
  const separator = BLANK_LINE.test(text) ? BREAK_WITH_BLANK_LINES : LINE_BREAK;
  const spans: Span[] = [];
  let start = 0;
  // `exec` on the module's pattern, not `matchAll`, which copies the pattern and initialises and compiles the copy at
  // every document (#13, as in the sentence splitter). Both patterns match at least a line break, never the empty
  // string, and nothing in the loop runs them, so the iteration is matchAll's.
  separator.lastIndex = 0;
  for (let match = separator.exec(text); match; match = separator.exec(text)) {
    const blank = separator !== BREAK_WITH_BLANK_LINES || BLANK_LINE.test(match[0]);
    if (!blank && !leadInEndsSentence(text, match.index)) continue;
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
