import type { Diagnostic } from './diagnostics.js';
import type { Document } from './document.js';
import { DyadError, causeText } from './errors.js';
import type { LayerName } from './layers.js';
import type { Stage, StageContext } from './stage.js';

/** An ordered, checked list of stages that annotates documents. */
export interface Pipeline {
  readonly stages: readonly Stage[];
  /** The layers a document has after this pipeline. */
  readonly produces: readonly LayerName[];
  /** Run every stage in order; a new document is returned, the input is left untouched. */
  run(doc: Document): Document;
}

/**
 * Build a pipeline, checking once that every stage's requirements are produced by an earlier
 * stage (or are already present on documents, via `provided`), as Stanza's processors do.
 */
export function createPipeline(stages: readonly Stage[], provided: readonly LayerName[] = []): Pipeline {
  const available = new Map<LayerName, string>(provided.map((layer) => [layer, '(input)']));
  for (const stage of stages) {
    for (const layer of stage.requires) {
      if (!available.has(layer)) throw new DyadError('E001', { stage: stage.name, layer });
    }
    const first = available.get(stage.name);
    if (first !== undefined) throw new DyadError('E002', { layer: stage.name, first, second: stage.name });
    available.set(stage.name, stage.name);
  }
  return {
    stages,
    produces: [...available.keys()],
    run: (doc) => runStages(stages, doc),
  };
}

function runStages(stages: readonly Stage[], input: Document): Document {
  const layers: Record<string, unknown> = { ...input.layers };
  const diagnostics: Diagnostic[] = [...input.diagnostics];
  let doc: Document = input;
  for (const stage of stages) {
    const ctx: StageContext = {
      report: (d) => void diagnostics.push({ severity: 'warning', ...d, source: stage.name }),
    };
    try {
      layers[stage.name] = stage.run(doc, ctx);
    } catch (error) {
      if (error instanceof DyadError) throw error;
      throw new DyadError('E003', { stage: stage.name, docId: input.id, cause: causeText(error) }, { cause: error });
    }
    doc = { ...doc, layers: layers as Document['layers'], diagnostics };
  }
  return { ...doc, layers: layers as Document['layers'], diagnostics };
}
