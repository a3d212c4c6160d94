/**
 * Child of `worker-parity.ts` (#13): annotates the same documents either in this process's main
 * thread, as a one-core `dyad ingest --workers 0` does (`core`), or in one worker thread of the
 * built pool, as the worker of `--workers 2` does (`worker`), with the V8 flags `dyad ingest` sets
 * for that case, and prints one JSON line: the annotating thread's CPU (`/proc/.../schedstat`,
 * nanoseconds) after every 32 documents, counted from before its pipeline is built (`core`) or from
 * the thread's birth (`worker`), and the CPU of the process's other threads. Plain JS, so that it
 * runs any build's `dist/` without a loader. Usage: `node parity-child.mjs <root> <core|worker> <inputs…>`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

const [rootArg, mode, ...inputs] = process.argv.slice(2);
const root = resolve(rootArg);
const load = (path) => import(pathToFileURL(join(root, 'dist', path)).href);
const CHECKPOINT = 32;

/** On-CPU nanoseconds of each live thread of this process. */
function threadNs() {
  const out = new Map();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      out.set(Number(tid), Number(readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ')[0]));
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return out;
}
const ms = (ns) => Math.round(ns / 1e5) / 10;

// The flags `dyad ingest` sets: `--workers 0` grows the young generation and raises the interrupt
// budget; `--workers 2` bounds the old generation too, before its worker starts.
const { growYoungGeneration } = await load('cli/young-generation.js');
const { boundOldGeneration } = await load('cli/old-generation.js');
const { optimiseHotCodeOnly } = await load('cli/optimisation-budget.js');
growYoungGeneration();
if (mode === 'worker') boundOldGeneration();
optimiseHotCodeOnly();

const { readInputs } = await load('readers/inputs.js');
const read = [];
for await (const result of readInputs(inputs)) if (result.ok) read.push(result.doc);
// Whole checkpoints, so that the first pass ends at one.
read.length -= read.length % CHECKPOINT;
// Twice over: the first pass pays the thread's start and warm-up, the second is its steady cost.
const docs = [...read, ...read];

const before = threadNs();
const curve = [];
let annotating;
let buildMs = null;
if (mode === 'core') {
  const { commandPipeline } = await load('cli/pipeline-option.js');
  const { annotateBatchForStore } = await load('store/pipeline-pool.js');
  const self = process.pid;
  const started = before.get(self);
  const pipeline = await commandPipeline(undefined, { command: 'dyad ingest' });
  buildMs = ms(threadNs().get(self) - started);
  for (let at = 0; at < docs.length; at += CHECKPOINT) {
    annotateBatchForStore(docs.slice(at, at + CHECKPOINT), pipeline);
    curve.push(ms(threadNs().get(self) - started));
  }
  annotating = self;
} else {
  const { createPipelinePool } = await load('store/pipeline-pool.js');
  // Every document posted at once: the worker annotates them in its batches of 32 without waiting.
  const pool = createPipelinePool(1, { depth: docs.length });
  let done = 0;
  const samples = [];
  await Promise.all(
    docs.map((doc) =>
      pool.run(doc).then(() => {
        if (++done % CHECKPOINT === 0) samples.push(threadNs());
      }),
    ),
  );
  // The worker is the busiest thread born since `before`.
  const last = samples[samples.length - 1];
  annotating = [...last].filter(([tid]) => !before.has(tid)).sort((a, b) => b[1] - a[1])[0][0];
  curve.push(...samples.map((s) => ms(s.get(annotating) ?? 0)));
  await pool.close();
}
const after = threadNs();
let mainNs = 0;
let backgroundNs = 0;
for (const [tid, ns] of after) {
  const spent = ns - (before.get(tid) ?? 0);
  if (tid === process.pid && tid !== annotating) mainNs += spent;
  else if (tid !== annotating) backgroundNs += spent;
}
const firstPassMs = curve[read.length / CHECKPOINT - 1];
const secondPassMs = Math.round((curve[curve.length - 1] - firstPassMs) * 10) / 10;
process.stdout.write(JSON.stringify({ mode, docs: read.length, buildMs, firstPassMs, secondPassMs, curveMs: curve, mainMs: ms(mainNs), backgroundMs: ms(backgroundNs) }) + '\n');
