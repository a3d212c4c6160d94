/**
 * Reading a pipeline spec file, and loading the stage modules it names. A stage module is plain
 * ESM that exports `registerStages(registry)` and registers its stages with the registry it is
 * given (see `StageRegistry`); its path in `imports` is relative to the spec file.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { causeText, DyadError } from './core/errors.js';
import { stageRegistry, type StageRegistry } from './core/registry.js';
import { parseSpec, type PipelineSpec } from './core/spec.js';

/** What a stage module exports. */
export interface StageModule {
  registerStages(registry: StageRegistry): void;
}

// A module registers its stages once per process, however many specs import it.
const loaded = new Set<string>();

/**
 * Read and check a spec file and load the stage modules it imports, so that every stage it names
 * can be found. Errors are coded: E006 (bad spec, naming the field), E008 (a module that cannot be
 * loaded or has no `registerStages`), E007 (a module registering a taken name).
 * @example pipelineFromSpec(await loadPipelineSpec('my-pipeline.json'), { source: 'my-pipeline.json' })
 */
export async function loadPipelineSpec(path: string): Promise<PipelineSpec> {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new DyadError('E006', { spec: path, field: 'the file', problem: `cannot be read as JSON (${causeText(error)})` });
  }
  const spec = parseSpec(value, path);
  for (const module of spec.imports ?? []) await importStageModule(resolve(dirname(path), module), path);
  return spec;
}

async function importStageModule(file: string, spec: string): Promise<void> {
  const url = pathToFileURL(file).href;
  if (loaded.has(url)) return;
  let exported: Partial<StageModule>;
  try {
    exported = (await import(url)) as Partial<StageModule>;
  } catch (error) {
    throw new DyadError('E008', { spec, module: file, cause: causeText(error) });
  }
  if (typeof exported.registerStages !== 'function') throw new DyadError('E008', { spec, module: file, cause: 'it exports no registerStages(registry) function' });
  exported.registerStages(stageRegistry);
  loaded.add(url);
}
