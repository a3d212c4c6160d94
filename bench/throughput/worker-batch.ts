/**
 * The CPU a worker thread spends annotating, by batch size and young-generation size (#13): one
 * process starts a worker per young-generation size (in turn, each round), and each worker runs
 * the default pipeline over the same documents in batches of each size in turn
 * (`annotateBatchForStore`, as `dyad ingest --workers N` workers do), after one warm-up pass. It
 * reads its own thread's CPU (`/proc/thread-self/stat`), so the main thread and V8's helper
 * threads are not counted, and the alternation spreads a loaded machine's drift over every setting.
 * Usage: `node --import tsx bench/throughput/worker-batch.ts <young MB,…> <batch,…> <rounds> <inputs…>`,
 * prints one JSON line per pass. Process flags (`--semi-space-growth-factor`, …) go before `--import`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Document } from '../../src/core/document.js';

/** utime + stime of the calling thread, in seconds (Linux clock ticks of 1/100 s). */
function threadCpuS(): number {
  const stat = readFileSync('/proc/thread-self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

interface Job {
  readonly docs: Document[];
  readonly batches: number[];
}

if (isMainThread) {
  const [youngList, batchList, roundsText, ...inputs] = process.argv.slice(2);
  const { readInputs } = await import('../../src/readers/inputs.js');
  const docs: Document[] = [];
  for await (const result of readInputs(inputs)) if (result.ok) docs.push(result.doc);
  const youngs = youngList.split(',').map(Number);
  const batches = batchList.split(',').map(Number);
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const self = import.meta.url;
  for (let round = 0; round < Number(roundsText); round++) {
    for (const young of youngs) {
      const worker = new Worker(`import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(self)}); });`, {
        eval: true,
        workerData: { docs, batches } satisfies Job,
        resourceLimits: { maxYoungGenerationSizeMb: young },
      });
      await new Promise<void>((resolve, reject) => {
        worker.on('message', (m: Record<string, unknown>) => process.stdout.write(JSON.stringify({ round, young, ...m }) + '\n'));
        worker.on('error', reject);
        worker.on('exit', () => resolve());
      });
    }
  }
} else {
  const { defaultPipeline } = await import('../../src/pipeline.js');
  const { annotateBatchForStore } = await import('../../src/store/pipeline-pool.js');
  const { docs, batches } = workerData as Job;
  const pipeline = defaultPipeline();
  const pass = (batch: number) => {
    const started = threadCpuS();
    for (let i = 0; i < docs.length; i += batch) annotateBatchForStore(docs.slice(i, i + batch), pipeline, () => {});
    return threadCpuS() - started;
  };
  pass(batches[batches.length - 1]);
  for (const batch of batches) parentPort!.postMessage({ batch, cpuS: Math.round(pass(batch) * 100) / 100 });
  process.exit(0);
}
