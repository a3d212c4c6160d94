/**
 * The PLOVER gold-standard dev records (`../shared/data/eventgold/plover-gsr-dev.json`) as the eval's GSR section and
 * `gsr-participants.ts` read them: the records with a text, DOCUMENT-level ones left out, each coded as a plain text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDocument, type Document } from '../../src/core/document.js';
import { SHARED } from './newsdev.js';

/** One gold-standard record (only what the scoring reads). */
export interface GsrRecord {
  readonly id: string;
  readonly event: string;
  readonly text?: string;
  readonly source?: { code?: string; sector?: string }[] | null;
  readonly target?: { code?: string; sector?: string }[] | string | null;
}

const GSR_DEV = join(SHARED, 'data', 'eventgold', 'plover-gsr-dev.json');

/** The records with a text, DOCUMENT-level ones left out; undefined when the data is not present. */
export function loadGsrRecords(path: string = GSR_DEV): GsrRecord[] | undefined {
  if (!existsSync(path)) return undefined;
  return (JSON.parse(readFileSync(path, 'utf8')) as GsrRecord[]).filter((r) => r.text && r.event !== 'DOCUMENT');
}

/** A record's text as a document, read without a date: every record's date is the placeholder 2000-01-01, not a publication date. */
export function gsrDocument(record: GsrRecord): Document {
  return createDocument((record.text ?? '').trim(), { origin: { location: record.id, format: 'text' } });
}
