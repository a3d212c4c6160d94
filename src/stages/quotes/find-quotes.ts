import type { Span } from '../../core/span.js';

/** A quotation found by its marks: the words between them and whether the closing mark exists. */
export interface QuotedSpan extends Span {
  readonly closed: boolean;
  /** Where the marks are: the quote's full extent including them. */
  readonly outer: Span;
}

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);

/**
 * Find quotations by their marks, paragraph by paragraph (a paragraph ends at a line break).
 * Curly and guillemet marks pair up by direction; straight double quotes open when they stand
 * before a word and close after one. A quote whose closing mark is missing ends with its paragraph,
 * or where the next quote opens.
 */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  const paragraphs = text.split(/(\n)/);
  let offset = 0;
  for (const para of paragraphs) {
    if (para !== '\n') out.push(...inParagraph(text, offset, offset + para.length));
    offset += para.length;
  }
  return out;
}

function inParagraph(text: string, start: number, end: number): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let open: number | undefined;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch !== '"' && !OPENERS.has(ch) && !CLOSERS.has(ch)) continue;
    const opening = ch === '"' ? straightOpens(text, i, start, end, open !== undefined) : OPENERS.has(ch);
    if (opening) {
      // A new quote while one is open: the open one lost its closing mark; it ends here.
      if (open !== undefined) out.push(trimmed(text, open + 1, i, false, { start: open, end: i }));
      open = i;
    } else if (open !== undefined) {
      out.push(trimmed(text, open + 1, i, true, { start: open, end: i + 1 }));
      open = undefined;
    }
  }
  if (open !== undefined) {
    let stop = end;
    while (stop > open + 1 && /\s/.test(text[stop - 1])) stop--;
    out.push(trimmed(text, open + 1, stop, false, { start: open, end: stop }));
  }
  return out.filter((q) => q.end > q.start);
}

/**
 * Whether a straight double quote opens: it does when it stands before a word after a space or an
 * opening bracket, closes when it stands after a word before a space or punctuation, and
 * otherwise takes the turn that pairing gives it.
 */
function straightOpens(text: string, i: number, start: number, end: number, isOpen: boolean): boolean {
  const before = i === start || /[\s([{—–-]/.test(text[i - 1]);
  const after = i + 1 >= end || /[\s.,;:!?)\]}]/.test(text[i + 1]);
  if (before && !after) return true;
  if (!before && after) return false;
  return !isOpen;
}

function trimmed(text: string, start: number, end: number, closed: boolean, outer: Span): QuotedSpan {
  let a = start;
  let b = end;
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  return { start: a, end: b, closed, outer };
}
