/**
 * dyad's library API: read articles, annotate them with the default pipeline, store and query them.
 *
 * @example
 * import { code } from 'dyad';
 * const doc = code('MOSCOW, June 26. /TASS/. Putin and Macron held talks.', { date: '2020-06-26' });
 * doc.layers.dateline?.placeName; // 'Moscow'
 */
import { createDocument, type DocMeta, type Document } from './core/document.js';
import { defaultPipeline } from './pipeline.js';

export type { Document, DocMeta, Origin } from './core/document.js';
export type { Layers, LayerName } from './core/layers.js';
export type { Span } from './core/span.js';
export type { Diagnostic } from './core/diagnostics.js';
export type { Stage, StageContext } from './core/stage.js';
export type { Store, SearchHit, DocumentSummary } from './store/store.js';
export { createDocument, makeDoc, publicId } from './core/document.js';
export { textOf } from './core/span.js';
export { DyadError, E } from './core/errors.js';
export { createPipeline } from './core/pipeline.js';
export { defineStage } from './core/stage.js';
export { defaultPipeline, defaultStages } from './pipeline.js';
export { readInputs } from './readers/inputs.js';
export { openSqliteStore } from './store/sqlite.js';
export { ingest } from './store/ingest.js';

let pipeline: ReturnType<typeof defaultPipeline> | undefined;

/**
 * Annotate one article with the default pipeline and return the document with all its layers.
 * @example code('WASHINGTON (Reuters) - The talks ended.', { date: '2021-01-02' }).layers.tokens
 */
export function code(text: string, meta: Partial<DocMeta> = {}): Document {
  pipeline ??= defaultPipeline();
  return pipeline.run(createDocument(text, { origin: { location: 'api', format: 'text' }, ...meta }));
}
