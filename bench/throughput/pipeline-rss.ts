/**
 * Child process of the throughput bench: the default pipeline alone over the given inputs, one
 * document at a time and nothing kept, so its peak RSS is the pipeline's (models, one document's
 * layers, V8 heap) without a store or the bench's own copy of the corpus. JSON on stdout.
 */
import { createPipeline } from '../../src/core/pipeline.js';
import { defaultStages } from '../../src/pipeline.js';
import { readInputs } from '../../src/readers/inputs.js';

const pipeline = createPipeline(defaultStages());
let docs = 0;
const started = process.cpuUsage();
for await (const result of readInputs(process.argv.slice(2))) {
  if (!result.ok) continue;
  pipeline.run(result.doc);
  docs++;
}
const cpu = process.cpuUsage(started);
process.stdout.write(JSON.stringify({ docs, cpuS: (cpu.user + cpu.system) / 1e6, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
