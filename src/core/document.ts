import { createHash } from 'node:crypto';
import type { Diagnostic } from './diagnostics.js';
import type { Layers } from './layers.js';

/** Where a document came from: a file (with the line, for JSON Lines) or a URL. */
export interface Origin {
  /** File path, URL, or `-` for stdin. */
  readonly location: string;
  /** 1-based line of the record in a line-oriented file. */
  readonly line?: number;
  /** 1-based record number inside a multi-record file (feeds, SGML). */
  readonly record?: number;
  /** The reader's format name, e.g. `jsonl`, `html`. */
  readonly format: string;
}

/** What the reader knew about the article. Dates are ISO 8601 strings. */
export interface DocMeta {
  /** The id the input gave the record (JSON Lines `id`, Reuters `NEWID`), if any. */
  readonly sourceId?: string;
  readonly title?: string;
  /** Publication date, `YYYY-MM-DD` or a full ISO timestamp. */
  readonly date?: string;
  readonly url?: string;
  /** Publisher or agency named by the input (e.g. `TASS`, `kremlin.ru`). */
  readonly source?: string;
  readonly byline?: string;
  readonly language?: string;
  readonly origin: Origin;
}

/**
 * An article: immutable text, what the reader knew about it, and stand-off annotation layers.
 * `text` never changes after reading; every layer points into it by offsets.
 */
export interface Document {
  /** Content hash of the input's own id and the text: ingesting the same article twice yields the same id. */
  readonly id: string;
  readonly text: string;
  readonly meta: DocMeta;
  readonly layers: Partial<Layers>;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The stable id of a record: the first 16 hex digits of the SHA-256 of the input's own id (when
 * it has one) and the text. Wires resend stories word for word under new ids; those stay
 * separate records, while the same record read twice is one.
 */
export function contentId(text: string, sourceId?: string): string {
  return createHash('sha256').update(`${sourceId ?? ''}\u0000${text}`, 'utf8').digest('hex').slice(0, 16);
}

/** A fresh document with no layers. */
export function createDocument(text: string, meta: DocMeta): Document {
  return { id: contentId(text, meta.sourceId), text, meta, layers: {}, diagnostics: [] };
}

/**
 * A document built by hand, for tests: give the text and any layers you need instead of running
 * earlier stages (spaCy `tests/README.md`). The layers given are typed as present, so the
 * document can go straight to a stage function that requires them.
 * @example makeDoc({ text: 'Putin met Macron.', layers: { sentences: [{ start: 0, end: 17 }] } })
 */
export function makeDoc<L extends Partial<Layers> = Partial<Layers>>(init: { text: string; meta?: Partial<DocMeta>; layers?: L }): Document & { readonly layers: L } {
  const meta: DocMeta = { origin: { location: 'test', format: 'text' }, ...init.meta };
  const layers: Partial<Layers> = { ...init.layers };
  return { ...createDocument(init.text, meta), layers: layers as L };
}

/** The document id used in exports: the input's own id when it had one, else the content id. */
export function publicId(doc: Document): string {
  return doc.meta.sourceId ?? doc.id;
}
