import { createDocument, type DocMeta } from '../core/document.js';
import { DyadError, causeText } from '../core/errors.js';
import { decodeDiagnostics, decodeText, normaliseNewlines } from './decode.js';
import { toIsoDate } from './iso-date.js';
import { LIMITS, formatBytes, type ReadLimits } from './limits.js';
import { splitLines } from './lines.js';
import type { ReadResult, Source } from './types.js';

/** Field names other corpora use for the same thing (Wikinews dumps say `dateCreated`, `sourceURL`). */
const ALIASES: Record<string, readonly string[]> = {
  date: ['date', 'dateCreated', 'published', 'pubDate'],
  url: ['url', 'sourceURL', 'link'],
  title: ['title', 'headline'],
  source: ['source', 'publisher'],
  byline: ['byline', 'author'],
};

/**
 * Read JSON Lines, one article per line: `{id?, date?, title?, url?, source?, text}`. A line that
 * is not JSON, lacks a non-empty `text` or is longer than the limit is rejected with its line
 * number; the rest go on. Each line is decoded on its own, so a bad byte spoils only its record.
 */
export async function* readJsonl(source: Source, limits: ReadLimits = LIMITS): AsyncIterable<ReadResult> {
  for await (const piece of splitLines(source.stream(), limits.maxLineBytes)) {
    const { line } = piece;
    const origin = { location: source.location, line, format: 'jsonl' };
    const fail = (error: DyadError): ReadResult => ({ ok: false, error, origin });
    if ('tooLong' in piece) {
      yield fail(new DyadError('E019', { origin: source.location, what: `line ${line}`, limit: formatBytes(limits.maxLineBytes) }));
      continue;
    }
    const decoded = decodeText(piece.bytes);
    const raw = decoded.text;
    if (!raw.trim()) continue;
    let record: unknown;
    try {
      record = JSON.parse(raw);
    } catch (error) {
      yield fail(new DyadError('E012', { origin: source.location, line, cause: causeText(error) }));
      continue;
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      yield fail(new DyadError('E013', { origin: source.location, line, field: '(record)', problem: 'must be a JSON object' }));
      continue;
    }
    const fields = record as Record<string, unknown>;
    const text = fields.text;
    if (typeof text !== 'string' || !text.trim()) {
      yield fail(new DyadError('E013', { origin: source.location, line, field: 'text', problem: 'is missing or empty' }));
      continue;
    }
    const meta = readMeta(fields, source.location, line);
    if (meta instanceof DyadError) {
      yield fail(meta);
      continue;
    }
    const doc = createDocument(normaliseNewlines(text).trim(), { ...meta, origin });
    yield { ok: true, doc: { ...doc, diagnostics: decodeDiagnostics(decoded, `${source.location}: line ${line}`) } };
  }
}

function readMeta(fields: Record<string, unknown>, location: string, line: number): Omit<DocMeta, 'origin'> | DyadError {
  const meta: Record<string, string> = {};
  const id = fields.id;
  if (typeof id === 'string' || typeof id === 'number') meta.sourceId = String(id);
  else if (id !== undefined && id !== null) return new DyadError('E013', { origin: location, line, field: 'id', problem: 'must be a string or a number' });
  for (const [key, names] of Object.entries(ALIASES)) {
    const name = names.find((n) => fields[n] !== undefined && fields[n] !== null);
    if (name === undefined) continue;
    const value = fields[name];
    if (typeof value !== 'string') return new DyadError('E013', { origin: location, line, field: name, problem: 'must be a string' });
    if (value.trim()) meta[key] = value.trim();
  }
  if (meta.date !== undefined) {
    const iso = toIsoDate(meta.date);
    if (!iso) return new DyadError('E013', { origin: location, line, field: 'date', problem: `is not a date ("${meta.date}")` });
    meta.date = iso;
  }
  return meta;
}
