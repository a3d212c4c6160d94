import type { DiagnosticInput } from './diagnostics.js';
import type { Document } from './document.js';
import type { LayerName, Layers } from './layers.js';

/** What a stage may use while running on one document. */
export interface StageContext {
  /** Record a recoverable problem instead of throwing; the pipeline stores it with the document. */
  report(diagnostic: DiagnosticInput): void;
}

/**
 * A pipeline step: it reads the layers it `requires` and returns the one it produces, named
 * after the stage. A stage computes; the pipeline writes (spaCy's predict/set_annotations split).
 */
export interface Stage<K extends LayerName = LayerName> {
  readonly name: K;
  readonly requires: readonly LayerName[];
  run(doc: Document, ctx: StageContext): Layers[K];
}

/**
 * Declare a stage. Options come in through the factory that calls this, never from global config.
 * @example
 * export const tokens = () => defineStage({ name: 'tokens', requires: ['sentences'], run: (doc) => tokenize(doc) })
 */
export function defineStage<K extends LayerName>(stage: Stage<K>): Stage<K> {
  return stage;
}
