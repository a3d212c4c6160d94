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
export type { Stage, StageContext, DefinedStage, DocumentWith, StageDefinition, StageOutput } from './core/stage.js';
export type { Pipeline } from './core/pipeline.js';
export type { PipelineSpec, StageEntry, SpecOptions } from './core/spec.js';
export type { StageFactory, StageRegistry } from './core/registry.js';
export type { StageModule } from './load-spec.js';
export type { Store, SearchHit, DocumentSummary } from './store/store.js';
export { createDocument, makeDoc, publicId } from './core/document.js';
export { textOf } from './core/span.js';
export { DyadError, E } from './core/errors.js';
export { createPipeline } from './core/pipeline.js';
export { defineStage, hasLayers } from './core/stage.js';
export { registerStage, registeredStages } from './core/registry.js';
export { parseSpec, pipelineFromSpec, stagesFromSpec, stagesFor } from './core/spec.js';
export { loadPipelineSpec } from './load-spec.js';
export { DEFAULT_SPEC, defaultPipeline, defaultStages } from './pipeline.js';
// dyad's stage factories and their options, to build or swap stages in code.
export { paragraphs } from './stages/paragraphs/index.js';
export { dateline } from './stages/dateline/index.js';
export { sentences } from './stages/sentences/index.js';
export { tokens } from './stages/tokens/index.js';
export { pos, type PosOptions } from './stages/pos/index.js';
export { deps, type DepsOptions } from './stages/deps/index.js';
export { entities, type EntityOptions } from './stages/entities/index.js';
export { actors, type ActorsOptions } from './stages/actors/index.js';
export { dates } from './stages/dates/index.js';
export { places, type PlacesOptions } from './stages/places/index.js';
export { themes } from './stages/themes/index.js';
export { quotes } from './stages/quotes/index.js';
export { events, type EventOptions } from './stages/events/index.js';
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
