/**
 * issue-13: with `--workers 2` the main thread annotates beside one worker. It must annotate its
 * documents in full batches (`Pipeline.runBatch` over 32), not one at a time whenever the window
 * of documents in flight is full; and it must keep the worker fed while it annotates them. The
 * pipelines sleep per document (`naps.mjs`) in one thread and not in the other, so that one thread
 * is always the slow one; the worker's feeding is checked by counting the documents it annotates
 * while the main thread's batch runs (`stamp` writes them to a file): conditions, not timings.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Pipeline } from '../core/pipeline.js';
import { pipelineFromSpec } from '../core/spec.js';
import { loadPipelineSpec } from '../load-spec.js';
// The default stages' registrations, which the specs name.
import '../pipeline.js';
import { ROOT, tempDir } from '../../test/helpers.js';
import { ingest, type IngestOutcome } from './ingest.js';
import { openSqliteStore } from './sqlite.js';

const SPECS = join(ROOT, 'test', 'fixtures', 'specs');
/** Documents posted to one worker at most (`DOCUMENTS_AHEAD` in `pipeline-pool.ts`). */
const WORKER_HOLDS = 64;
/**
 * Ends a wait for the worker that only a fault would make endless (the test then fails). Wide: the
 * wait includes the worker thread's start, 1–2 s alone and many times that on a busy machine.
 */
const SAFETY_TIMEOUT_MS = 120_000;
const pause = new Int32Array(new SharedArrayBuffer(4));
const articles = (n: number) => Array.from({ length: n }, (_, i) => JSON.stringify({ id: `a${i}`, date: '2021-01-01', text: `Story ${i}: the ministers met in Geneva.` })).join('\n') + '\n';

describe('ingest with the main thread annotating beside a slow worker', () => {
  it('annotates the main thread’s documents in full batches, and stores every document in input order', async () => {
    const dir = tempDir();
    const file = join(dir, 'many.jsonl');
    writeFileSync(file, articles(300));
    const source = join(SPECS, 'naps.json');
    const own = pipelineFromSpec(await loadPipelineSpec(source), { source });
    const sizes: number[] = [];
    const pipeline: Pipeline = { ...own, runBatch: (docs) => (sizes.push(docs.length), own.runBatch(docs)) };
    const outcomes: IngestOutcome[] = [];
    const store = openSqliteStore(join(dir, 'both.db'));
    try {
      const summary = await ingest([file], { store, workers: 2, pipeline, pipelineSpec: join(SPECS, 'slow-worker.json'), onOutcome: (o) => outcomes.push(o) });
      expect(summary).toMatchObject({ stored: 300, rejected: 0 });
      expect(outcomes.map((o) => (o.status === 'rejected' ? o.error.code : o.doc.meta.sourceId))).toEqual(Array.from({ length: 300 }, (_, i) => `a${i}`));
      // The worker takes 64 ahead, so the main thread annotates some; all its batches but the last are whole.
      expect(sizes.length).toBeGreaterThan(1);
      expect(sizes.slice(0, -1).every((n) => n === 32)).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('gives the worker documents between the stages of the main thread’s batch, not only after it', async () => {
    const dir = tempDir();
    const file = join(dir, 'many.jsonl');
    writeFileSync(file, articles(400));
    // The worker's pipeline writes the id of each document it annotates to `log` as it goes, so
    // this thread can count them while its own batch runs.
    const log = join(dir, 'worker.log');
    writeFileSync(log, '');
    const workerSpec = join(dir, 'stamped-worker.json');
    writeFileSync(workerSpec, JSON.stringify({ imports: [join(SPECS, 'naps.mjs')], stages: ['paragraphs', { kind: 'stamp', name: 'toy', options: { log } }] }));
    const annotatedByWorker = () => readFileSync(log, 'utf8').split('\n').length - 1;
    const source = join(SPECS, 'slow-main.json');
    const own = pipelineFromSpec(await loadPipelineSpec(source), { source });
    // How many documents the worker annotated while each of this thread's batches ran.
    const during: number[] = [];
    const pipeline: Pipeline = {
      ...own,
      runBatch: (docs, betweenStages) => {
        const before = annotatedByWorker();
        // A worker holds `WORKER_HOLDS` documents at most: given none while this batch runs, it
        // annotates no more than those meanwhile; only documents given between the stages take it
        // past them. So in the first batch (input is left for the worker then), the first time
        // between stages the call is repeated until the worker has annotated more than that, and
        // the test waits for a count whatever the load; without feeding there, only the safety
        // timeout ends the wait, and the count stays short.
        let waited = during.length > 0;
        const results = own.runBatch(docs, () => {
          betweenStages?.();
          for (const deadline = Date.now() + SAFETY_TIMEOUT_MS; !waited && annotatedByWorker() <= before + WORKER_HOLDS && Date.now() < deadline; ) {
            Atomics.wait(pause, 0, 0, 2);
            betweenStages?.();
          }
          waited = true;
        });
        during.push(annotatedByWorker() - before);
        return results;
      },
    };
    const store = openSqliteStore(join(dir, 'both.db'));
    try {
      const summary = await ingest([file], { store, workers: 2, pipeline, pipelineSpec: workerSpec });
      expect(summary).toMatchObject({ stored: 400, rejected: 0 });
      expect(during.length).toBeGreaterThan(0);
      expect(annotatedByWorker()).toBeGreaterThan(0);
      expect(during[0]).toBeGreaterThan(WORKER_HOLDS);
    } finally {
      await store.close();
    }
  });
});
