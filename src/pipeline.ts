/**
 * The default stage order, top to bottom (order here matters: each stage reads the layers of the
 * ones above it, and `createPipeline` checks that when the pipeline is built).
 */
import { createPipeline, type Pipeline } from './core/pipeline.js';
import type { Stage } from './core/stage.js';
import { paragraphs } from './stages/paragraphs/index.js';
import { dateline } from './stages/dateline/index.js';
import { sentences } from './stages/sentences/index.js';
import { tokens } from './stages/tokens/index.js';
import { pos } from './stages/pos/index.js';
import { deps } from './stages/deps/index.js';
import { entities } from './stages/entities/index.js';
import { dates } from './stages/dates/index.js';
import { places } from './stages/places/index.js';
import { actors } from './stages/actors/index.js';
import { themes } from './stages/themes/index.js';
import { quotes } from './stages/quotes/index.js';
import { discourse } from './stages/discourse/index.js';
import { events } from './stages/events/index.js';

/** The stages dyad runs on every article, in order. */
export function defaultStages(): Stage[] {
  return [
    paragraphs(),
    dateline(),
    sentences(),
    tokens(),
    pos(),
    deps(),
    entities(),
    actors(),
    dates(),
    places(),
    themes(),
    quotes(),
    discourse(),
    events(),
  ] as Stage[];
}

/** The default pipeline: reads raw documents, returns fully annotated ones. */
export function defaultPipeline(): Pipeline {
  return createPipeline(defaultStages());
}
