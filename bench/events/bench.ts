/**
 * `npm run bench events`: the event coder's speed. The official readouts (Kremlin and White House,
 * the first 300 of each when present, else the bundled samples) are annotated once by every stage
 * before `events`; then the events stage alone codes them three times and the median pass is
 * reported (CPU time, one core), so that the coder's cost is not hidden in the parser's.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalReport } from '../../eval/report.js';
import { createPipeline } from '../../src/core/pipeline.js';
import type { Document } from '../../src/core/document.js';
import { defaultStages } from '../../src/pipeline.js';
import { readInputs } from '../../src/readers/inputs.js';

const ROOT = join(import.meta.dirname, '..', '..');
const READOUTS = join(ROOT, '..', 'shared', 'data', 'news', 'readouts');
const PER_CORPUS = 300;
const PASSES = 3;

export async function run(): Promise<EvalReport> {
  const corpora = ['kremlin.jsonl', 'whitehouse.jsonl'].map((f) => join(READOUTS, f)).filter(existsSync);
  const raw: Document[] = [];
  for (const input of corpora.length ? corpora : [join(ROOT, 'samples')]) {
    let n = 0;
    for await (const result of readInputs([input])) if (result.ok && n++ < PER_CORPUS) raw.push(result.doc);
  }
  const stages = defaultStages();
  const at = stages.findIndex((s) => s.name === 'events');
  if (at < 0) throw new Error('the default pipeline has no events stage');
  const before = createPipeline(stages.slice(0, at));
  const events = stages[at];
  const ctx = { report: () => undefined };
  const prepared = raw.map((doc) => before.run(doc));
  const tokens = prepared.reduce((n, d) => n + (d.layers.tokens?.length ?? 0), 0);
  // A first article warms the lexicon up, so that loading it is not counted as work.
  if (prepared[0]) events.run(prepared[0], ctx);
  const passes: number[] = [];
  let coded = 0;
  for (let pass = 0; pass < PASSES; pass++) {
    const since = process.cpuUsage();
    coded = 0;
    for (const doc of prepared) coded += (events.run(doc, ctx) as { events: readonly unknown[] }).events.length;
    const used = process.cpuUsage(since);
    passes.push((used.user + used.system) / 1000);
  }
  const ms = [...passes].sort((a, b) => a - b)[Math.floor(PASSES / 2)];
  const markdown = [
    `Corpus: ${corpora.length ? `the first ${PER_CORPUS} of readouts/kremlin.jsonl and readouts/whitehouse.jsonl` : 'samples/'}: ${prepared.length} articles, ${tokens} tokens, ${coded} events coded.`,
    '',
    `Events stage alone, median of ${PASSES} passes (CPU, one core): ${(ms / 1000).toFixed(2)} s, ${(tokens / (ms / 1000)).toFixed(0)} tokens/s, ${(ms / prepared.length).toFixed(2)} ms per article.`,
  ].join('\n');
  return { title: 'Events: coding speed', metrics: { events_tokens_s: Math.round(tokens / (ms / 1000)) }, markdown };
}
