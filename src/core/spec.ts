/**
 * Pipeline specs: a pipeline written as JSON data, after spaCy's `config.cfg`. The CLI, the eval
 * and the library all build their pipelines from one (the default is in `src/pipeline.ts`).
 *
 * ```json
 * { "imports": ["./shout.mjs"], "stages": ["paragraphs", "dateline", { "kind": "shout", "options": { "word": "talks" } }] }
 * ```
 */
import { DyadError } from './errors.js';
import type { LayerName } from './layers.js';
import { createPipeline, type Pipeline } from './pipeline.js';
import { findStage, registeredStages } from './registry.js';
import type { Stage } from './stage.js';

/** One stage of a spec: a registered kind, its variant (default: the first registered) and options. */
export interface StageEntry {
  readonly kind: string;
  readonly name?: string;
  readonly options?: Readonly<Record<string, unknown>>;
}

/** A pipeline as data: stages in running order; a string is a kind with its default variant. */
export interface PipelineSpec {
  /**
   * Stage modules to load before the stages are looked up, as paths relative to the spec file.
   * Each exports `registerStages(registry)`; see `loadPipelineSpec`.
   */
  readonly imports?: readonly string[];
  readonly stages: readonly (string | StageEntry)[];
}

/** How to build a pipeline from a spec. */
export interface SpecOptions {
  /** Layers the documents already have (a sub-pipeline's input). */
  readonly provided?: readonly LayerName[];
  /**
   * Keep only the stages these layers need, directly or through the layers those stages read
   * (required or optional), in spec order: the spec cut down for a command that shows one layer.
   */
  readonly layers?: readonly LayerName[];
  /** Where the spec came from, for error messages (a file path, or `default`). */
  readonly source?: string;
}

/**
 * Check that a parsed JSON value is a pipeline spec; a wrong field fails with `E006` naming it.
 * @example parseSpec(JSON.parse(text), 'my-spec.json')
 */
export function parseSpec(value: unknown, source: string): PipelineSpec {
  const fail = (field: string, problem: string) => new DyadError('E006', { spec: source, field, problem });
  if (!isRecord(value)) throw fail('the spec', 'must be a JSON object with a "stages" array');
  const { imports, stages } = value;
  if (!Array.isArray(stages) || stages.length === 0) throw fail('"stages"', 'must be a non-empty array');
  if (imports !== undefined && (!Array.isArray(imports) || !imports.every((i) => typeof i === 'string'))) throw fail('"imports"', 'must be an array of module paths');
  stages.forEach((entry: unknown, i) => {
    if (typeof entry === 'string') return;
    if (!isRecord(entry) || typeof entry.kind !== 'string') throw fail(`stages[${i}]`, 'must be a stage kind or an object with a "kind" string');
    if (entry.name !== undefined && typeof entry.name !== 'string') throw fail(`stages[${i}].name`, 'must be a string');
    if (entry.options !== undefined && !isRecord(entry.options)) throw fail(`stages[${i}].options`, 'must be an object');
  });
  return value as unknown as PipelineSpec;
}

/**
 * Make the stages a spec names, from the registry; an unregistered one fails with `E006`.
 * @example stagesFromSpec({ stages: ['paragraphs', 'dateline'] })
 */
export function stagesFromSpec(spec: PipelineSpec, source = 'default'): Stage[] {
  return spec.stages.map((item, i) => {
    const entry: StageEntry = typeof item === 'string' ? { kind: item } : item;
    const factory = findStage(entry.kind, entry.name);
    if (!factory) {
      const what = entry.name === undefined ? `kind "${entry.kind}"` : `"${entry.kind}/${entry.name}"`;
      throw new DyadError('E006', { spec: source, field: `stages[${i}]`, problem: `names stage ${what}, which is not registered (registered: ${registeredStages().join(', ')})` });
    }
    return factory({ ...entry.options });
  });
}

/**
 * Build and check the pipeline a spec describes (see `createPipeline` for the checks).
 * @example pipelineFromSpec(DEFAULT_SPEC, { layers: ['entities'] }) // up to entities, nothing more
 */
export function pipelineFromSpec(spec: PipelineSpec, options: SpecOptions = {}): Pipeline {
  const stages = stagesFromSpec(spec, options.source);
  return createPipeline(options.layers ? stagesFor(stages, options.layers) : stages, options.provided);
}

/** The stages that `layers` need, transitively through what each reads, in their order. */
export function stagesFor(stages: readonly Stage[], layers: readonly LayerName[]): Stage[] {
  const needed = new Set<LayerName>(layers);
  const kept: Stage[] = [];
  for (let i = stages.length - 1; i >= 0; i--) {
    const stage = stages[i];
    if (!stage.assigns.some((layer) => needed.has(layer))) continue;
    kept.unshift(stage);
    for (const layer of [...stage.requires, ...stage.optional]) needed.add(layer);
  }
  return kept;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
