import type { Diagnostic } from './diagnostics.js';
import type { Document } from './document.js';
import { DyadError, causeText, formatError } from './errors.js';
import type { LayerName } from './layers.js';
import type { Stage, StageContext } from './stage.js';

/** An ordered, checked list of stages that annotates documents. */
export interface Pipeline {
  readonly stages: readonly Stage[];
  /** The layers a document has after this pipeline. */
  readonly produces: readonly LayerName[];
  /**
   * What the checks found that does not stop the pipeline (`W001`: an optional input produced
   * after its reader). Each annotated document carries them too, so a stored result says why.
   */
  readonly warnings: readonly Diagnostic[];
  /** Run every stage in order; a new document is returned, the input is left untouched. */
  run(doc: Document): Document;
}

/**
 * Build a pipeline, checking once that every stage's required layers are assigned by an earlier
 * stage (or are `provided`: already on the documents a sub-pipeline runs on), as Stanza's processors do: a stage that needs a layer assigned later
 * fails with `E005` naming both stages, one that needs a layer nobody assigns with `E001`, two
 * stages assigning one layer with `E002`. A layer a stage reads when present (`optional`) but that
 * a later stage assigns gives the warning `W001`: the order is allowed, but it loses information.
 * @example createPipeline([paragraphs(), dateline(), sentences(), tokens()]).run(doc).layers.tokens
 */
export function createPipeline(stages: readonly Stage[], provided: readonly LayerName[] = []): Pipeline {
  const assignedBy = new Map<LayerName, string>(provided.map((layer) => [layer, '(input)']));
  const warnings: Diagnostic[] = [];
  stages.forEach((stage, at) => {
    const later = (layer: LayerName) => stages.slice(at + 1).find((s) => s.assigns.includes(layer));
    for (const layer of stage.requires) {
      if (assignedBy.has(layer)) continue;
      const producer = later(layer);
      throw producer
        ? new DyadError('E005', { stage: stage.name, layer, producer: producer.name })
        : new DyadError('E001', { stage: stage.name, layer });
    }
    for (const layer of stage.optional) {
      const producer = assignedBy.has(layer) ? undefined : later(layer);
      if (producer) warnings.push(pipelineWarning({ stage: stage.name, layer, producer: producer.name }));
    }
    for (const layer of stage.assigns) {
      const first = assignedBy.get(layer);
      if (first !== undefined) throw new DyadError('E002', { layer, first, second: stage.name });
      assignedBy.set(layer, stage.name);
    }
  });
  return {
    stages,
    produces: [...assignedBy.keys()],
    warnings,
    run: (doc) => runStages(stages, doc, warnings),
  };
}

function pipelineWarning(params: { stage: string; layer: LayerName; producer: string }): Diagnostic {
  return { ruleId: 'W001', source: 'pipeline', severity: 'warning', reason: formatError('W001', params) };
}

function runStages(stages: readonly Stage[], input: Document, warnings: readonly Diagnostic[]): Document {
  const layers: Record<string, unknown> = { ...input.layers };
  const diagnostics: Diagnostic[] = [...input.diagnostics, ...warnings];
  let doc: Document = input;
  for (const stage of stages) {
    const ctx: StageContext = {
      report: (d) => void diagnostics.push({ severity: 'warning', ...d, source: stage.name }),
    };
    let output: unknown;
    try {
      output = stage.run(doc, ctx);
    } catch (error) {
      if (error instanceof DyadError) throw error;
      throw new DyadError('E003', { stage: stage.name, docId: input.id, cause: causeText(error) }, { cause: error });
    }
    attach(layers, stage, output, input.id);
    doc = { ...doc, layers, diagnostics };
  }
  return { ...doc, layers, diagnostics };
}

/** Write a stage's output: the layer itself, or one entry per layer for a stage assigning several. */
function attach(layers: Record<string, unknown>, stage: Stage, output: unknown, docId: string): void {
  if (stage.assigns.length === 1) {
    layers[stage.assigns[0]] = output;
    return;
  }
  const record = (typeof output === 'object' && output !== null ? output : {}) as Record<string, unknown>;
  for (const layer of stage.assigns) {
    if (record[layer] === undefined) throw new DyadError('E003', { stage: stage.name, docId, cause: `it returned no "${layer}" layer` });
    layers[layer] = record[layer];
  }
}
