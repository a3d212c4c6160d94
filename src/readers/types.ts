import type { Readable } from 'node:stream';
import type { Document, Origin } from '../core/document.js';
import type { DyadError } from '../core/errors.js';
import type { ReadLimits } from './limits.js';

/** One input to read: a file, a URL's body, or stdin. */
export interface Source {
  /** File path, URL, or `-` for stdin. */
  readonly location: string;
  /** Size in bytes when known (files), for progress. */
  readonly size?: number;
  /** The whole content. */
  bytes(): Promise<Buffer>;
  /** The content as a stream, for line-oriented formats that must not load a large file at once. */
  stream(): Readable;
  /** The first few kilobytes, for format detection and the binary check. */
  head(): Promise<Buffer>;
}

/** What a reader yields for each record: a document, or why the record was rejected. */
export type ReadResult =
  | { readonly ok: true; readonly doc: Document }
  | { readonly ok: false; readonly error: DyadError; readonly origin: Origin };

/** A reader turns one source into documents, one record at a time, never stopping at a bad one. */
export type Reader = (source: Source, limits?: ReadLimits) => AsyncIterable<ReadResult>;

export const FORMATS = ['text', 'jsonl', 'html', 'feed', 'reuters'] as const;
export type Format = (typeof FORMATS)[number];
