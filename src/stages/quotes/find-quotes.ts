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
 * before a word and close after one. A quote whose closing mark is missing ends with its paragraph.
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
    const isStraight = ch === '"';
    if (!isStraight && !OPENERS.has(ch) && !CLOSERS.has(ch)) continue;
    const opening = isStraight ? open === undefined && !/\s/.test(text[i + 1] ?? ' ') : OPENERS.has(ch);
    if (opening && open === undefined) {
      open = i;
    } else if (!opening && open !== undefined) {
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

function trimmed(text: string, start: number, end: number, closed: boolean, outer: Span): QuotedSpan {
  let a = start;
  let b = end;
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  return { start: a, end: b, closed, outer };
}
