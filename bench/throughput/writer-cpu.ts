/**
 * The ingest writer's CPU alone (#13): with `dyad ingest --workers N` the main thread only writes,
 * so its cost per document bounds the speed-up. `prepare` annotates the inputs once and saves
 * their store rows (as the workers send them, structured-clone bytes); `write` stores them into a
 * fresh SQLite file in batches, as `ingest` does, and prints the CPU seconds of `put` (JSON), after
 * a warm-up pass into a throw-away store. Run `write` from two checkouts in turn for an A/B on a
 * loaded machine: the input bytes are the same, only the writer differs.
 * Usage: `tsx bench/throughput/writer-cpu.ts prepare <out.bin> <inputs…>`,
 *        `tsx bench/throughput/writer-cpu.ts write <in.bin> [batch] [cacheKiB] [kept.db]` (2048: the ingest
 *        writer's; `kept.db` keeps the measured store, for `store-digest.ts` to prove two writers store the same rows).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { defaultStages } from '../../src/pipeline.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { readInputs } from '../../src/readers/inputs.js';
import { annotateForStore } from '../../src/store/pipeline-pool.js';
import type { PreparedDocument } from '../../src/store/prepared.js';
import { openSqliteStore } from '../../src/store/sqlite.js';

const [command, file, ...rest] = process.argv.slice(2);

if (command === 'prepare') {
  const pipeline = createPipeline(defaultStages());
  const docs: PreparedDocument[] = [];
  for await (const result of readInputs(rest)) {
    if (!result.ok) continue;
    const prepared = annotateForStore(result.doc, pipeline);
    if (!(prepared instanceof Error)) docs.push(prepared);
  }
  writeFileSync(file, serialize(docs));
  process.stdout.write(JSON.stringify({ docs: docs.length }) + '\n');
} else if (command === 'write') {
  const bytes = readFileSync(file);
  const batch = Number(rest[0] ?? 64);
  const cacheKiB = Number(rest[1] ?? 2048);
  const kept = rest[2];
  const dir = mkdtempSync(join(tmpdir(), 'dyad-writer-'));
  // Each pass puts a fresh copy, as the writer receives fresh objects from the workers.
  const pass = (path: string) => {
    const docs = deserialize(bytes) as PreparedDocument[];
    const store = openSqliteStore(path, { cacheKiB });
    const started = process.cpuUsage();
    for (let i = 0; i < docs.length; i += batch) void store.put(docs.slice(i, i + batch));
    const spent = process.cpuUsage(started);
    void store.close();
    return (spent.user + spent.system) / 1e6;
  };
  try {
    pass(join(dir, 'warm.db'));
    const cpuS = pass(kept ?? join(dir, 'measured.db'));
    process.stdout.write(JSON.stringify({ cpuS }) + '\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} else {
  throw new Error('usage: writer-cpu.ts prepare <out.bin> <inputs…> | write <in.bin> [batch]');
}
