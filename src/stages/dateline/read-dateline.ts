import { daysBetween } from '../../core/days.js';
import type { Document } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import type { StageContext } from '../../core/stage.js';
import { findDateline } from './find-dateline.js';
import { isHeading, isHeadline, parseDateLine } from './find-headings.js';
import type { Dateline } from './types.js';

/**
 * Read the top of an article: an optional headline paragraph, an optional date line, then an
 * optional agency dateline at the start of the first body paragraph; and the section headings
 * inside the body.
 */
export function readDateline(doc: Document, paragraphs: readonly Span[], ctx: StageContext): Dateline {
  const text = doc.text;
  const para = (i: number) => text.slice(paragraphs[i].start, paragraphs[i].end);
  let first = 0;
  let headline: Span | undefined;
  let lineDate: string | undefined;

  if (paragraphs.length > 0 && isHeadline(para(0), doc.meta.title, paragraphs.length) && !findDateline(text, paragraphs[0].start, undefined)) {
    headline = paragraphs[0];
    first = 1;
  }
  if (first < paragraphs.length) {
    lineDate = parseDateLine(para(first));
    if (lineDate) first++;
  }

  const readerDate = doc.meta.date?.slice(0, 10);
  const bodyStart = first < paragraphs.length ? paragraphs[first].start : text.length;
  const found = findDateline(text, bodyStart, readerDate ?? lineDate);
  const published = readerDate ?? lineDate ?? found?.date;
  if (!published) ctx.report({ ruleId: 'dateline/no-date', reason: 'No publication date: relative dates cannot be resolved.' });
  if (readerDate && found?.date && Math.abs(daysBetween(readerDate, found.date)) > 2) {
    ctx.report({ ruleId: 'dateline/date-mismatch', reason: `The dateline says ${found.date} but the article is dated ${readerDate}.`, span: found.dateSpan });
  }

  let start = bodyStart;
  if (found) {
    start = found.span.end;
    while (start < text.length && /\s/.test(text[start])) start++;
  }
  const end = paragraphs.length ? paragraphs[paragraphs.length - 1].end : text.length;
  const sections = paragraphs.slice(first + 1, -1).filter((p) => isHeading(text.slice(p.start, p.end)));

  return {
    ...(found ?? {}),
    ...(published ? { published } : {}),
    ...(headline ? { headline } : {}),
    sections,
    body: { start: Math.min(start, end), end },
  };
}
