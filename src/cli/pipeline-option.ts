import { Option } from 'commander';
import { DyadError } from '../core/errors.js';
import type { LayerName } from '../core/layers.js';
import { createPipeline, type Pipeline } from '../core/pipeline.js';
import { stagesFor, stagesFromSpec, type PipelineSpec } from '../core/spec.js';
import type { Stage } from '../core/stage.js';
import { loadPipelineSpec } from '../load-spec.js';

/** `--pipeline <spec.json>`, on every command that runs stages. */
export const pipelineOption = () =>
  new Option('--pipeline <spec.json>', 'build the pipeline from this spec file instead of the default (see docs/ARCHITECTURE.md)');

/** The spec a command runs: the file given with `--pipeline` (its stage modules loaded), else the default. */
export async function commandSpec(path: string | undefined): Promise<{ spec: PipelineSpec; source: string }> {
  // The stages' modules load (and register) when a command builds a pipeline, not when it declares
  // its options: `dyad ingest --workers N` builds its pipelines in the workers only (#13).
  const { DEFAULT_SPEC } = await import('../pipeline.js');
  return path === undefined ? { spec: DEFAULT_SPEC, source: 'default' } : { spec: await loadPipelineSpec(path), source: path };
}

export interface CommandNeeds {
  /** How the command is named in errors: `dyad ner`. */
  readonly command: string;
  /** The layers the command shows: the spec is cut to the stages they need, and must produce them. */
  readonly layers?: readonly LayerName[];
  /** Make the command's stage list from the spec's stages (default: the ones `layers` need). */
  readonly select?: (stages: Stage[]) => Stage[];
}

/**
 * Build a command's pipeline from `--pipeline` or the default spec; its warnings (W001) go to
 * stderr, and a pipeline without a layer the command shows fails with E009.
 */
export async function commandPipeline(path: string | undefined, needs: CommandNeeds): Promise<Pipeline> {
  const { spec, source } = await commandSpec(path);
  const stages = stagesFromSpec(spec, source);
  const { layers = [] } = needs;
  const pipeline = createPipeline(needs.select ? needs.select(stages) : layers.length ? stagesFor(stages, layers) : stages);
  for (const warning of pipeline.warnings) process.stderr.write(`dyad: warning: ${warning.reason}\n`);
  const missing = layers.find((layer) => !pipeline.produces.includes(layer));
  if (missing) throw new DyadError('E009', { layer: missing, command: needs.command });
  return pipeline;
}
