import type { DiagnosticInput } from './diagnostics.js';
import type { Document } from './document.js';
import { DyadError } from './errors.js';
import type { LayerName, Layers } from './layers.js';

/** What a stage may use while running on one document. */
export interface StageContext {
  /** Record a recoverable problem instead of throwing; the pipeline stores it with the document. */
  report(diagnostic: DiagnosticInput): void;
}

/**
 * A document whose `required` layers are present: what a stage's `run` sees. Layers the stage
 * reads only when present stay optional, so the compiler asks for a fallback exactly there.
 */
export type DocumentWith<R extends LayerName> = Document & { readonly layers: { readonly [K in R]: Layers[K] } };

/** True when `T` is a union of two or more layer names (a stage assigning several layers). */
type IsUnion<T, All = T> = T extends unknown ? ([All] extends [T] ? false : true) : never;

/**
 * What `run` returns: the layer itself when the stage assigns one, else a record with one entry
 * per assigned layer (a joint tagger–parser returns `{ pos, deps }`).
 */
export type StageOutput<A extends LayerName> = true extends IsUnion<A> ? { readonly [K in A]: Layers[K] } : Layers[A];

/**
 * What every pipeline step declares, after spaCy's `Language.factory(assigns=, requires=)` and
 * Stanza's `PROVIDES_DEFAULT`/`REQUIRES_DEFAULT`: the layers it writes, the layers it cannot run
 * without, and the layers it reads when an earlier stage produced them.
 */
export interface Stage {
  readonly name: string;
  readonly assigns: readonly LayerName[];
  readonly requires: readonly LayerName[];
  readonly optional: readonly LayerName[];
  /** Compute the assigned layer(s) of one document; the pipeline attaches them. */
  run(doc: Document, ctx: StageContext): unknown;
}

/** A stage as `defineStage` returns it: `run` is typed by what the stage assigns. */
export interface DefinedStage<A extends LayerName> extends Stage {
  readonly assigns: readonly A[];
  run(doc: Document, ctx: StageContext): StageOutput<A>;
}

/** What a stage author writes: `run` sees a document whose required layers are not optional. */
export interface StageDefinition<A extends LayerName, R extends LayerName> {
  readonly name: string;
  readonly assigns: readonly A[];
  readonly requires: readonly R[];
  /** Layers read when present (events reads `quotes`): a pipeline that produces one later warns. */
  readonly optional?: readonly LayerName[];
  run(doc: DocumentWith<R>, ctx: StageContext): StageOutput<A>;
}

/**
 * Declare a stage. Options come in through the factory that calls this, never from global config.
 * `createPipeline` checks the declarations once; calling `run` directly on a document that lacks
 * a required layer fails with a coded error instead of reading `undefined`.
 * @example
 * export const tokens = () => defineStage({
 *   name: 'tokens', assigns: ['tokens'], requires: ['sentences'],
 *   run: (doc) => tokenize(doc.text, doc.layers.sentences),
 * })
 */
export function defineStage<A extends LayerName, R extends LayerName = never>(definition: StageDefinition<A, R>): DefinedStage<A> {
  const { name, assigns, requires, optional = [] } = definition;
  return {
    name,
    assigns,
    requires,
    optional,
    run(doc, ctx) {
      if (!hasLayers(doc, requires)) {
        const layer = requires.find((l) => doc.layers[l] === undefined);
        throw new DyadError('E004', { stage: name, layer, docId: doc.id });
      }
      return definition.run(doc, ctx);
    },
  };
}

/** True when every one of `layers` is on the document. */
export function hasLayers<R extends LayerName>(doc: Document, layers: readonly R[]): doc is DocumentWith<R> {
  return layers.every((layer) => doc.layers[layer] !== undefined);
}
