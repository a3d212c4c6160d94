import type { Document } from '../core/document.js';

/** Outcome of storing one document. */
export type PutStatus = 'stored' | 'duplicate';

/** A full-text search hit. */
export interface SearchHit {
  readonly id: string;
  readonly title?: string;
  readonly date?: string;
  readonly source?: string;
  /** Matching passage with the matched words between `[` and `]`. */
  readonly snippet: string;
}

/** A short row of the document list. */
export interface DocumentSummary {
  readonly id: string;
  readonly sourceId?: string;
  readonly title?: string;
  readonly date?: string;
  readonly source?: string;
  readonly datelinePlace?: string;
  readonly origin: string;
}

/**
 * Where documents and their layers are kept. The embedded implementation is SQLite; a server
 * implementation (PostgreSQL) offers the same calls, hence the promises.
 */
export interface Store {
  /** True when a document with this content id is stored. */
  has(id: string): Promise<boolean>;
  /** Store documents in one transaction: either all of them are written or none. */
  put(docs: readonly Document[]): Promise<PutStatus[]>;
  /** A document by content id, unique id prefix (≥ 6 characters) or the input's own id. */
  get(id: string): Promise<Document | undefined>;
  /** Documents whose title or text match an FTS5 query, best first. */
  search(query: string, options?: { limit?: number; offset?: number }): Promise<SearchHit[]>;
  list(options?: { limit?: number; offset?: number }): Promise<DocumentSummary[]>;
  count(): Promise<number>;
  close(): Promise<void>;
}
