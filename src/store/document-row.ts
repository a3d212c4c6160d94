import { articleDate } from '../core/days.js';
import type { DocMeta, Document } from '../core/document.js';
import '../stages/dateline/types.js';
import { decodeLayers, encodeLayers } from './layer-codec.js';
import type { DocumentSummary } from './store.js';

/** A row of the `documents` table, as every store keeps it. */
export interface DocumentRow {
  id: string;
  source_id: string | null;
  title: string | null;
  date: string | null;
  source: string | null;
  dateline_place: string | null;
  origin: string;
  text: string;
  meta: string;
  layers: string;
  diagnostics: string;
}

/** Columns written when a document is stored, in the order of `withIngestTime`'s values. */
export const DOCUMENT_COLUMNS = ['id', 'source_id', 'title', 'date', 'source', 'dateline_place', 'url', 'origin', 'format', 'text', 'meta', 'layers', 'diagnostics', 'ingested_at'] as const;

/** A `documents` row but for `ingested_at`: everything the document itself decides. */
export type DocumentValues = Record<Exclude<(typeof DOCUMENT_COLUMNS)[number], 'ingested_at'>, unknown>;

export function documentValues(doc: Document): DocumentValues {
  const dateline = doc.layers.dateline;
  return {
    id: doc.id,
    source_id: doc.meta.sourceId ?? null,
    title: doc.meta.title ?? (dateline?.headline ? doc.text.slice(dateline.headline.start, dateline.headline.end) : null),
    date: articleDate(doc) ?? null,
    source: doc.meta.source ?? dateline?.agency ?? null,
    dateline_place: dateline?.placeName ?? null,
    url: doc.meta.url ?? null,
    origin: doc.meta.origin.location,
    format: doc.meta.origin.format,
    text: doc.text,
    meta: JSON.stringify(doc.meta),
    layers: encodeLayers(doc.layers),
    diagnostics: JSON.stringify(doc.diagnostics),
  };
}

/** The full row, stamped with the time it is written. */
export function withIngestTime(values: DocumentValues): Record<(typeof DOCUMENT_COLUMNS)[number], unknown> {
  return { ...values, ingested_at: new Date().toISOString() };
}

export function fromRow(row: DocumentRow): Document {
  return {
    id: row.id,
    text: row.text,
    meta: JSON.parse(row.meta) as DocMeta,
    layers: decodeLayers(row.layers),
    diagnostics: JSON.parse(row.diagnostics) as Document['diagnostics'],
  };
}

export function toSummary(row: DocumentRow): DocumentSummary {
  return {
    id: row.id,
    origin: row.origin,
    ...(row.source_id ? { sourceId: row.source_id } : {}),
    ...(row.title ? { title: row.title } : {}),
    ...(row.date ? { date: row.date } : {}),
    ...(row.source ? { source: row.source } : {}),
    ...(row.dateline_place ? { datelinePlace: row.dateline_place } : {}),
  };
}

/** The one row of a lookup that must not be ambiguous (an id prefix, an input's own id). */
export function unique(rows: DocumentRow[]): DocumentRow | undefined {
  return rows.length === 1 ? rows[0] : undefined;
}

/** A search hit's optional fields, left out when empty. */
export function searchHit(r: { id: string; title: string | null; date: string | null; source: string | null; snippet: string }) {
  return {
    id: r.id,
    snippet: r.snippet,
    ...(r.title ? { title: r.title } : {}),
    ...(r.date ? { date: r.date } : {}),
    ...(r.source ? { source: r.source } : {}),
  };
}
