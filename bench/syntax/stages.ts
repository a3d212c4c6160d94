/**
 * The `pos` and `deps` stages as the pipeline runs them, on 1000 Reuters-21578 stories (the
 * throughput corpus): tokens per CPU second of each stage over documents already tokenized.
 * Unlike the tagger and parser figures on EWT, these include reading the words from the text,
 * lemmas and building the layers.
 */
import { join } from 'node:path';
import { assetPath } from '../../src/core/assets.js';
import type { Document } from '../../src/core/document.js';
import { createPipeline } from '../../src/core/pipeline.js';
import type { StageContext } from '../../src/core/stage.js';
import { readInputs } from '../../src/readers/inputs.js';
import { dateline } from '../../src/stages/dateline/index.js';
import { deps } from '../../src/stages/deps/index.js';
import { paragraphs } from '../../src/stages/paragraphs/index.js';
import { pos } from '../../src/stages/pos/index.js';
import { sentences } from '../../src/stages/sentences/index.js';
import { tokens } from '../../src/stages/tokens/index.js';

const ctx: StageContext = { report: () => undefined };

/** Tokens per CPU second of the pos and deps stages (best of `passes`), and the corpus size. */
export async function stageRates(passes: number, cpuMs: () => number): Promise<{ docs: number; tokens: number; pos: number; deps: number }> {
  const file = join(assetPath(), '..', 'shared', 'data', 'news', 'reuters21578', 'reut2-000.sgm');
  const upToTokens = createPipeline([paragraphs(), dateline(), sentences(), tokens()]);
  const docs: Document[] = [];
  for await (const result of readInputs([file])) if (result.ok) docs.push(upToTokens.run(result.doc));
  const count = docs.reduce((n, d) => n + (d.layers.tokens?.length ?? 0), 0);
  const posStage = pos();
  const depsStage = deps();
  const tagged = docs.map((d) => ({ ...d, layers: { ...d.layers, pos: posStage.run(d, ctx) } }));
  let posMs = Infinity;
  let depsMs = Infinity;
  for (let pass = 0; pass < passes; pass++) {
    let started = cpuMs();
    for (const doc of docs) posStage.run(doc, ctx);
    posMs = Math.min(posMs, cpuMs() - started);
    started = cpuMs();
    for (const doc of tagged) depsStage.run(doc, ctx);
    depsMs = Math.min(depsMs, cpuMs() - started);
  }
  return { docs: docs.length, tokens: count, pos: (count / posMs) * 1000, deps: (count / depsMs) * 1000 };
}
