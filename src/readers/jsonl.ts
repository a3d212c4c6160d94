import { createInterface } from 'node:readline';
import { createDocument, type DocMeta } from '../core/document.js';
import { DyadError, causeText } from '../core/errors.js';
import { normaliseNewlines } from './decode.js';
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
 * is not JSON, or lacks a non-empty `text`, is rejected with its line number; the rest go on.
 */
export async function* readJsonl(source: Source): AsyncIterable<ReadResult> {
  const lines = createInterface({ input: source.stream(), crlfDelay: Infinity });
  let line = 0;
  for await (const raw of lines) {
    line++;
    if (!raw.trim()) continue;
    const origin = { location: source.location, line, format: 'jsonl' };
    const fail = (error: DyadError): ReadResult => ({ ok: false, error, origin });
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
    yield { ok: true, doc: createDocument(normaliseNewlines(text).trim(), { ...meta, origin }) };
  }
}

function readMeta(fields: Record<string, unknown>, location: string, line: number): Omit<DocMeta, 'origin'> | DyadError {
  const meta: Record<string, string> = {};
  const id = fields.id;
  if (typeof id === 'string' || typeof id === 'number') meta.sourceId = String(id);
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

/** `2020-06-26`, `2020-06-26T10:00:00Z` and RFC 2822 dates become ISO; anything else is undefined. */
export function toIsoDate(value: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return Number.isNaN(Date.parse(value)) ? undefined : value;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
