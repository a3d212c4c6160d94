import { createDocument } from '../core/document.js';
import { DyadError } from '../core/errors.js';
import { decodeText, normaliseNewlines } from './decode.js';
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
  try {
    raw = normaliseNewlines(decodeText(await source.bytes()).text);
  } catch (error) {
    yield { ok: false, error: new DyadError('E010', { origin: source.location, cause: String(error) }), origin };
    return;
  }
  const header = DATE_HEADER.exec(raw);
  const text = header ? raw.slice(header[0].length).trimEnd() : raw.trim();
  // A file with no sentence in it (a word list, a table) is not an article.
  if (!/[\p{L}\d][.!?]["'”’)]*(?:\s|$)/u.test(text)) {
    yield { ok: false, error: new DyadError('E015', { origin: source.location }), origin };
    return;
  }
  yield { ok: true, doc: createDocument(text, { origin, ...(header ? { date: header[1] } : {}) }) };
}
