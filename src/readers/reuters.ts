import { createDocument } from '../core/document.js';
import { DyadError } from '../core/errors.js';
import { normaliseNewlines } from './decode.js';
import type { ReadResult, Source } from './types.js';

const STORY = /<REUTERS\b([^>]*)>([\s\S]*?)<\/REUTERS>/g;
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
    const story = parseStory(m[2]);
    if (typeof story === 'string') {
      yield { ok: false, error: new DyadError('E014', { origin: source.location, record: newId ?? record, problem: story }), origin };
      continue;
    }
    const meta = { source: 'Reuters', ...(newId ? { sourceId: `reuters-${newId}` } : {}), ...story.meta };
    yield { ok: true, doc: createDocument(story.text, { ...meta, origin }) };
  }
}

function parseStory(sgml: string): { text: string; meta: { title?: string; date?: string } } | string {
  const field = (tag: string) => {
    const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(sgml);
    return m ? decodeEntities(m[1]) : undefined;
  };
  const date = parseDate(field('DATE') ?? '');
  if (!date) return 'no readable <DATE>';
  const title = field('TITLE')?.replace(/\s+/g, ' ').trim();
  const dateline = field('DATELINE')?.replace(/\s+/g, ' ').trim();
  const body = field('BODY') ?? /<TEXT[^>]*>([\s\S]*?)<\/TEXT>/.exec(sgml)?.[1];
  const paragraphs = body === undefined ? [] : bodyParagraphs(decodeEntities(body));
  if (paragraphs.length === 0) {
    if (!title) return 'neither a body nor a title';
    return { text: title, meta: { title, date } };
  }
  if (dateline) paragraphs[0] = `${dateline} ${paragraphs[0]}`;
  return { text: paragraphs.join('\n\n'), meta: { ...(title ? { title } : {}), date } };
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

/** `26-FEB-1987 15:01:01.79` → `1987-02-26T15:01:01`. */
function parseDate(text: string): string | undefined {
  const m = /(\d{1,2})-([A-Z]{3})-(\d{4})\s+(\d{2}:\d{2}:\d{2})/.exec(text.trim().toUpperCase());
  if (!m || !MONTHS[m[2]]) return undefined;
  return `${m[3]}-${MONTHS[m[2]]}-${m[1].padStart(2, '0')}T${m[4]}`;
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
