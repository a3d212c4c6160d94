/**
 * The events stage alone over documents prepared once (#13): `prepare` runs the default pipeline up to the events
 * stage over the first N stories and writes them with `v8.serialize`; `run` reads them back and runs only the events
 * stage PASSES times, printing the user+sys CPU of each pass and a SHA-256 of every events layer, so a change can be
 * shown byte-identical and its cost read alone, e.g. under `valgrind --tool=callgrind` (instructions, immune to load:
 * the cost of `run 0` is the fixed start-up to subtract).
 * Usage: `tsx bench/throughput/events-only.ts prepare N OUT <input files…>` | `… run PASSES IN`.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { Document } from '../../src/core/document.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { defaultStages } from '../../src/pipeline.js';
import { readInputs } from '../../src/readers/inputs.js';

const [mode, count, file, ...inputs] = process.argv.slice(2);
const stages = defaultStages();
const at = stages.findIndex((s) => s.name === 'events');

if (mode === 'prepare') {
  const raw: Document[] = [];
  for await (const result of readInputs(inputs)) {
    if (result.ok) raw.push(result.doc);
    if (raw.length >= Number(count)) break;
  }
  const before = createPipeline(stages.slice(0, at));
  const docs: unknown[] = [];
  for (let i = 0; i < raw.length; i += 32) for (const out of before.runBatch(raw.slice(i, i + 32))) if ('layers' in out) docs.push(out);
  writeFileSync(file, serialize(docs));
  process.stdout.write(`${docs.length} documents\n`);
} else if (mode === 'run') {
  const docs = deserialize(readFileSync(file)) as Document[];
  const stage = stages[at];
  const ctx = { report() {} };
  const hash = createHash('sha256');
  for (let pass = 0; pass < Number(count); pass++) {
    const start = process.cpuUsage();
    const outs = docs.map((doc) => stage.run(doc as never, ctx as never));
    const used = process.cpuUsage(start);
    if (pass === 0) for (const out of outs) hash.update(JSON.stringify(out));
    process.stdout.write(`pass ${pass + 1}: ${((used.user + used.system) / 1e6).toFixed(3)} CPU-s\n`);
  }
  process.stdout.write(`events ${hash.digest('hex')}\n`);
} else {
  throw new Error(`usage: events-only.ts prepare N OUT <inputs…> | run PASSES IN (got "${mode}")`);
}
