/**
 * The default pipeline in-process over the first N stories of the given inputs (one warm-up story
 * first), printing the user CPU seconds of the timed passes: the figure alternated A/B runs of the
 * linear-model scoring compare (`process.cpuUsage`, not wall time, as the machine is shared).
 * Usage: `tsx bench/throughput/pipeline-cpu.ts N PASSES FILE...`; run under `node --cpu-prof` for a profile.
 */
import { createPipeline } from '../../src/core/pipeline.js';
import { defaultStages } from '../../src/pipeline.js';
import { readInputs } from '../../src/readers/inputs.js';
import type { Document } from '../../src/core/document.js';

const [limitArg, passesArg, ...files] = process.argv.slice(2);
const limit = Number(limitArg);
const passes = Number(passesArg);
const docs: Document[] = [];
for await (const result of readInputs(files)) {
  if (!result.ok) continue;
  docs.push(result.doc);
  if (docs.length >= limit) break;
}
const pipeline = createPipeline(defaultStages());
pipeline.run(docs[0]);
const times: number[] = [];
for (let pass = 0; pass < passes; pass++) {
  const started = process.cpuUsage();
  for (const doc of docs) pipeline.run(doc);
  times.push(process.cpuUsage(started).user / 1e6);
}
process.stdout.write(`${JSON.stringify({ docs: docs.length, userS: times })}\n`);
