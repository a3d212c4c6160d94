import type { Document } from '../core/document.js';
import '../stages/dateline/types.js';
import { storyDoc, type StoryDoc } from '../stories/features.js';
import { deriveRows, type DerivedRows } from './derived-rows.js';
import { documentValues, type DocumentValues } from './document-row.js';

/**
 * A document with every row the store writes for it, built on the thread that annotated it
 * (#13): with `dyad ingest --workers N` the main thread is the only writer, so whatever it does
 * per document caps the speed-up. Handing it rows instead of layers saves it cloning the layers
 * in (~0.5 ms a Reuters story), encoding them (~0.3 ms) and the story features (~0.5 ms, and the
 * actor knowledge base they read), and it holds ~30 KB a document instead of the layers' objects.
 */
export interface PreparedDocument {
  /** The document as its outcome reports it: text, metadata, diagnostics and the dateline layer only. */
  readonly doc: Document;
  /** The `documents` row but for `ingested_at`, which the writer sets. */
  readonly row: DocumentValues;
  readonly derived: DerivedRows;
  readonly story: StoryDoc;
}

/** What a store's `put` takes: a document, or one whose rows are built already. */
export type StoreDocument = Document | PreparedDocument;

export function isPrepared(input: StoreDocument): input is PreparedDocument {
  return 'row' in input;
}

/**
 * Build a document's rows. The prepared document keeps only the dateline layer of `doc`: the
 * others are in `row.layers` (and the query-table rows), and copying them to another thread is
 * what this saves.
 */
export function prepareDocument(doc: Document): PreparedDocument {
  const dateline = doc.layers.dateline;
  return {
    doc: { ...doc, layers: dateline ? { dateline } : {} },
    row: documentValues(doc),
    derived: deriveRows(doc),
    story: storyDoc(doc),
  };
}

/** A store input's rows: built now for a plain document, as they came for a prepared one. */
export function preparedOf(input: StoreDocument): PreparedDocument {
  return isPrepared(input) ? input : prepareDocument(input);
}
