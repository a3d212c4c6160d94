/**
 * Actor resolution speed: the actors stage alone on segmented articles (Reuters-21578 and the
 * official readouts in `../shared/data/news` when present, else the bundled samples), against
 * the segmentation stages on the same articles and against the whole-pipeline budget of the
 * product goal (50,000 tokens/s): the issue asks that the lookup add at most 10% to pipeline time.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalReport } from '../../eval/report.js';
import { createPipeline } from '../../src/core/pipeline.js';
import type { Document } from '../../src/core/document.js';
import { defaultStages } from '../../src/pipeline.js';
import { readInputs } from '../../src/readers/inputs.js';
import { actors } from '../../src/stages/actors/index.js';
import { loadKb } from '../../src/stages/actors/kb.js';

const ROOT = join(import.meta.dirname, '..', '..');
const NEWS = join(ROOT, '..', 'shared', 'data', 'news');
const PIPELINE_GOAL_TOKENS_S = 50_000;

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

export async function run(): Promise<EvalReport> {
  const corpora = [join(NEWS, 'reuters21578'), join(NEWS, 'readouts', 'kremlin.jsonl'), join(NEWS, 'readouts', 'whitehouse.jsonl')].filter(existsSync);
  const inputs = corpora.length > 0 ? corpora : [join(ROOT, 'samples')];
  // Load first, in a fresh heap, as a CLI run does.
  const started = performance.now();
  const kb = loadKb();
  const loadMs = performance.now() - started;
  const raw: Document[] = [];
  for await (const result of readInputs(inputs)) if (result.ok) raw.push(result.doc);


  const stages = defaultStages().filter((s) => s.name !== 'actors');
  const segmentation = createPipeline(stages);
  // CPU time, not wall time: the machine is shared, and the ratio between stages is what matters.
  let cpu = process.cpuUsage();
  const docs = raw.map((doc) => {
    const done = segmentation.run(doc);
    return { ...done, layers: { ...done.layers, entities: done.layers.entities ?? [] } };
  });
  const segmentMs = cpuMs(cpu);
  const tokens = docs.reduce((n, d) => n + (d.layers.tokens?.length ?? 0), 0);

  const stage = actors({ kb });
  cpu = process.cpuUsage();
  let mentions = 0;
  for (const doc of docs) mentions += stage.run(doc, { report: () => undefined }).length;
  const actorsMs = cpuMs(cpu);

  const budgetMs = (tokens / PIPELINE_GOAL_TOKENS_S) * 1000;
  const share = actorsMs / (budgetMs + actorsMs);
  const markdown = [
    `Corpus: ${inputs.map((p) => p.replace(ROOT + '/', '').replace(NEWS + '/', '')).join(', ')}: ${docs.length} articles, ${tokens} tokens. One process, one core.`,
    '',
    '| step | CPU time (s) | rate |',
    '|---|---:|---:|',
    `| load the knowledge base (models/actors/kb.json), wall time | ${(loadMs / 1000).toFixed(2)} | once per process |`,
    `| segmentation (${stages.map((s) => s.name).join(', ')}) | ${(segmentMs / 1000).toFixed(2)} | ${(tokens / (segmentMs / 1000)).toFixed(0)} tokens/s |`,
    `| actors stage (${mentions} mentions) | ${(actorsMs / 1000).toFixed(2)} | ${(tokens / (actorsMs / 1000)).toFixed(0)} tokens/s |`,
    '',
    `Relative to segmentation on the same articles the actors stage takes ${(actorsMs / segmentMs).toFixed(2)}× its time. At the product goal of ${PIPELINE_GOAL_TOKENS_S.toLocaleString('en')} tokens/s for the whole pipeline (${(budgetMs / 1000).toFixed(1)} s here), the actors stage is ${(100 * share).toFixed(1)}% of pipeline time (goal ≤ 10%).`,
  ].join('\n');
  return {
    title: 'Actors: knowledge-base lookup and resolution speed',
    metrics: { actors_tokens_s: tokens / (actorsMs / 1000), actors_share_of_pipeline_goal: share, kb_load_ms: loadMs },
    markdown,
  };
}
