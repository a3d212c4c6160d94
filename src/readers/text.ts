import { createDocument } from '../core/document.js';
import { DyadError, causeText } from '../core/errors.js';
import { decodeRecord, normaliseNewlines } from './decode.js';
import { toIsoDate } from './iso-date.js';
import type { ReadResult, Source } from './types.js';

/** The header some corpora put before the article: ` date 2020-06-26 `. */
const DATE_HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s+/;

/**
 * Read a plain-text article. A leading ` date YYYY-MM-DD ` header gives the publication date and
 * is not part of the text; a text without it is read as it is.
 */
export async function* readText(source: Source): AsyncIterable<ReadResult> {
  const origin = { location: source.location, format: 'text' };
  let raw: string;
  let diagnostics;
  try {
    const decoded = decodeRecord(await source.bytes(), source.location);
    raw = normaliseNewlines(decoded.text);
    diagnostics = decoded.diagnostics;
  } catch (error) {
    const coded = error instanceof DyadError ? error : new DyadError('E010', { origin: source.location, cause: causeText(error) });
    yield { ok: false, error: coded, origin };
    return;
  }
  const header = DATE_HEADER.exec(raw);
  const text = header ? raw.slice(header[0].length).trimEnd() : raw.trim();
  // A file with no sentence in it (a word list, a table) is not an article.
  if (!/[\p{L}\d][.!?]["'”’)]*(?:\s|$)/u.test(text)) {
    yield { ok: false, error: new DyadError('E015', { origin: source.location }), origin };
    return;
  }
  const date = header && toIsoDate(header[1]);
  yield { ok: true, doc: { ...createDocument(text, { origin, ...(date ? { date } : {}) }), diagnostics } };
}
