/**
 * dyad's stages and the default pipeline spec. Order here matters: each stage reads the layers of
 * the ones above it, and `createPipeline` checks that when the pipeline is built (a required
 * layer assigned later fails with E005; an optional one read before it is assigned warns, W001).
 * A spec file (`--pipeline spec.json`) may reorder, drop, swap or add stages: see
 * docs/ARCHITECTURE.md, "Write your own stage".
 */
import type { Pipeline } from './core/pipeline.js';
import { registerStage, type StageFactory } from './core/registry.js';
import { pipelineFromSpec, stagesFromSpec, type PipelineSpec, type SpecOptions } from './core/spec.js';
import type { Stage } from './core/stage.js';
import { paragraphs } from './stages/paragraphs/index.js';
import { dateline } from './stages/dateline/index.js';
import { sentences } from './stages/sentences/index.js';
import { tokens } from './stages/tokens/index.js';
import { pos } from './stages/pos/index.js';
import { deps } from './stages/deps/index.js';
import { entities } from './stages/entities/index.js';
import { actors } from './stages/actors/index.js';
import { dates } from './stages/dates/index.js';
import { places } from './stages/places/index.js';
import { themes } from './stages/themes/index.js';
import { quotes } from './stages/quotes/index.js';
import { events } from './stages/events/index.js';

/**
 * dyad's own stages, each registered as the `dyad` variant of its kind (registered first, so a
 * bare kind in a spec means dyad's). The order here is the default order.
 */
const DYAD_STAGES: Readonly<Record<string, StageFactory>> = {
  paragraphs,
  dateline,
  sentences,
  tokens,
  pos,
  deps,
  entities,
  actors,
  dates,
  places,
  themes,
  quotes,
  events,
};
for (const [kind, factory] of Object.entries(DYAD_STAGES)) registerStage(kind, 'dyad', factory);

/** The stages dyad runs on every article, in order. */
export const DEFAULT_SPEC: PipelineSpec = { stages: Object.keys(DYAD_STAGES) };

/** The default stages, made fresh. */
export function defaultStages(): Stage[] {
  return stagesFromSpec(DEFAULT_SPEC);
}

/**
 * The default pipeline: reads raw documents, returns fully annotated ones; with `layers`, only
 * the stages those layers need.
 * @example defaultPipeline({ layers: ['entities'] }) // paragraphs, dateline, sentences, tokens, entities
 */
export function defaultPipeline(options: Omit<SpecOptions, 'source'> = {}): Pipeline {
  return pipelineFromSpec(DEFAULT_SPEC, options);
}
