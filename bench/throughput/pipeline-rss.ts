/**
 * Child process of the throughput bench: the default pipeline alone over the given inputs, one
 * document at a time and nothing kept, so its peak RSS is the pipeline's (models, one document's
 * layers, V8 heap) without a store or the bench's own copy of the corpus. JSON on stdout.
 *
 * The process runs under the V8 settings a one-core `dyad ingest` (`--workers 0`, `src/cli/ingest.ts`)
 * sets before it annotates, so the figure is the pipeline's as the command runs it. Without the
 * optimisation budget V8 optimises far more functions (compile threads 8.9 against 3.5–4.0 CPU-s,
 * session 44), and their compiles and code raised this process's median peak from
 * 273 to 321 MB (docs/scaling.md, session 55).
 */
import { createPipeline } from '../../src/core/pipeline.js';
import { optimiseHotCodeOnly } from '../../src/cli/optimisation-budget.js';
import { growYoungGeneration } from '../../src/cli/young-generation.js';
import { defaultStages } from '../../src/pipeline.js';
import { readInputs } from '../../src/readers/inputs.js';

growYoungGeneration();
optimiseHotCodeOnly();
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
