import type { Diagnostic } from '../core/diagnostics.js';
import { createDocument } from '../core/document.js';
import { DyadError, formatError } from '../core/errors.js';
import { normaliseNewlines } from './decode.js';
import { isCalendarDate } from './iso-date.js';
import type { ReadResult, Source } from './types.js';

// A story runs to its closing tag, or, when the file was cut, to the next story or the end (see #16).
const STORY = /<REUTERS\b([^>]*)>([\s\S]*?)(<\/REUTERS>|(?=<REUTERS\b)|$(?![\s\S]))/g;
const MONTHS: Record<string, string> = { JAN: '01', FEB: '02', MAR: '03', APR: '04', MAY: '05', JUN: '06', JUL: '07', AUG: '08', SEP: '09', OCT: '10', NOV: '11', DEC: '12' };

/**
 * Read Reuters-21578 SGML: Latin-1 bytes, one `<REUTERS>` element per story. The text is the
 * dateline followed by the body with its hard wraps joined and its indented paragraphs separated
 * by blank lines; the `Reuter` sign-off and control entities such as `&#3;` are dropped.
 */
export async function* readReuters(source: Source): AsyncIterable<ReadResult> {
  const sgml = normaliseNewlines(new TextDecoder('latin1').decode(await source.bytes()));
  let record = 0;
  const lines = lineCounter(sgml);
  for (const m of sgml.matchAll(STORY)) {
    record++;
    const newId = /NEWID="(\d+)"/.exec(m[1])?.[1];
    const origin = { location: source.location, record, line: lines(m.index), format: 'reuters' };
    const story = m[3] ? parseStory(m[2]) : 'the record is cut off (no </REUTERS>)';
    if (typeof story === 'string') {
      yield { ok: false, error: new DyadError('E014', { origin: source.location, record: newId ?? record, problem: story }), origin };
      continue;
    }
    const meta = { source: 'Reuters', ...(newId ? { sourceId: `reuters-${newId}` } : {}), ...story.meta };
    const diagnostics: Diagnostic[] = story.timeUnreadable
      ? [{ ruleId: 'readers/unreadable-time', source: 'reader', severity: 'warning', reason: formatError('E026', { origin: `${source.location}: record ${newId ?? record}`, value: story.timeUnreadable }) }]
      : [];
    yield { ok: true, doc: { ...createDocument(story.text, { ...meta, origin }), diagnostics } };
  }
}

interface Story {
  text: string;
  meta: { title?: string; date?: string };
  /** The `<DATE>` text when its day was read but its time was not. */
  timeUnreadable?: string;
}

function parseStory(sgml: string): Story | string {
  const field = (tag: string) => {
    const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(sgml);
    return m ? decodeEntities(m[1]) : undefined;
  };
  const written = field('DATE')?.trim() ?? '';
  const parsed = parseDate(written);
  if (!parsed) return 'no readable <DATE>';
  const { date } = parsed;
  const timeUnreadable = parsed.hasTime ? undefined : written;
  const title = field('TITLE')?.replace(/\s+/g, ' ').trim();
  const dateline = field('DATELINE')?.replace(/\s+/g, ' ').trim();
  const body = field('BODY') ?? /<TEXT[^>]*>([\s\S]*?)<\/TEXT>/.exec(sgml)?.[1];
  const paragraphs = body === undefined ? [] : bodyParagraphs(decodeEntities(body));
  if (paragraphs.length === 0) {
    if (!title) return 'neither a body nor a title';
    return { text: title, meta: { title, date }, timeUnreadable };
  }
  if (dateline) paragraphs[0] = `${dateline} ${paragraphs[0]}`;
  return { text: paragraphs.join('\n\n'), meta: { ...(title ? { title } : {}), date }, timeUnreadable };
}

/** Join hard-wrapped lines; a line indented by spaces starts a new paragraph. */
function bodyParagraphs(body: string): string[] {
  const text = body.replace(/\s*Reuter\s*$/, '').replace(/<[^>]+>/g, '');
  return text
    .split(/\n(?=[ \t]+\S)|\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => /\p{L}|\d/u.test(p));
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => (Number(code) < 32 ? '' : String.fromCharCode(Number(code))))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/**
 * `26-FEB-1987 15:01:01.79` → `1987-02-26T15:01:01`. A day with an unreadable time
 * (`31-MAR-1987 605:12:19.12`) keeps the day alone; a day that does not exist is unreadable.
 */
function parseDate(text: string): { date: string; hasTime: boolean } | undefined {
  const m = /^(\d{1,2})-([A-Z]{3})-(\d{4})(?:\s+(\S+))?/.exec(text.toUpperCase());
  if (!m || !MONTHS[m[2]] || !isCalendarDate(Number(m[3]), Number(MONTHS[m[2]]), Number(m[1]))) return undefined;
  const day = `${m[3]}-${MONTHS[m[2]]}-${m[1].padStart(2, '0')}`;
  const time = /^([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:\.\d+)?$/.exec(m[4] ?? '');
  return time ? { date: `${day}T${time[1]}:${time[2]}:${time[3]}`, hasTime: true } : { date: day, hasTime: false };
}

/** 1-based line numbers for increasing offsets, counted incrementally. */
function lineCounter(text: string): (index: number) => number {
  let at = 0;
  let line = 1;
  return (index) => {
    for (let i = text.indexOf('\n', at); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
      line++;
      at = i + 1;
    }
    return line;
  };
}
