/**
 * The stage registry, after spaCy's `registry` and Stanza's `register_processor_variant`: a
 * pipeline spec names stages by kind (the job: `entities`) and variant name (`dyad`, `onnx`), so a
 * user swaps one stage by registering a variant and naming it in a spec, without editing dyad.
 */
import { DyadError } from './errors.js';
import { defineStage, type Stage } from './stage.js';

/** Makes a stage from its options (the `options` object of a spec entry, `{}` when absent). */
export type StageFactory<O extends object = object> = (options: O) => Stage;

const factories = new Map<string, Map<string, StageFactory>>();

/**
 * Register a stage factory under a kind and a variant name. Registering the same factory twice is
 * harmless; a different factory under a taken name fails with `E007`.
 * @example registerStage('entities', 'onnx', (options: OnnxOptions) => onnxEntities(options))
 */
export function registerStage<O extends object>(kind: string, name: string, factory: StageFactory<O>): void {
  const variants = factories.get(kind) ?? new Map<string, StageFactory>();
  // A spec's options are JSON the factory reads as its own options type; it validates what it uses.
  const stored = factory as StageFactory;
  const taken = variants.get(name);
  if (taken !== undefined && taken !== stored) throw new DyadError('E007', { kind, name });
  variants.set(name, stored);
  factories.set(kind, variants);
}

/**
 * The factory of a kind's variant; without a name, the kind's first registered variant (dyad's
 * own for the built-in kinds, since `src/pipeline.ts` registers them first).
 */
export function findStage(kind: string, name?: string): StageFactory | undefined {
  const variants = factories.get(kind);
  if (!variants) return undefined;
  return name === undefined ? variants.values().next().value : variants.get(name);
}

/** Every registered stage as `kind/name`, for error messages and `dyad pipeline`. */
export function registeredStages(): string[] {
  return [...factories].flatMap(([kind, variants]) => [...variants.keys()].map((name) => `${kind}/${name}`));
}

/**
 * What a stage module receives: everything it needs to define and register stages, so that the
 * module does not import dyad itself (it may live outside dyad's package, where `dyad` does not
 * resolve, and a second copy of dyad would hold a second registry).
 */
export interface StageRegistry {
  readonly registerStage: typeof registerStage;
  readonly defineStage: typeof defineStage;
}

/** The registry handed to stage modules. */
export const stageRegistry: StageRegistry = { registerStage, defineStage };
