/**
 * issue-13: with `--workers 2` the main thread annotates beside one worker. It must annotate its
 * documents in full batches (`Pipeline.runBatch` over 32), not one at a time whenever the window
 * of documents in flight is full; and it must keep the worker fed while it annotates them. The
 * pipelines sleep per document (`naps.mjs`) in one thread and not in the other, so that one thread
 * is always the slow one: conditions, not timings.
 */
import { writeFileSync } from 'node:fs';
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
  }, 180_000);

  it('gives the worker documents between the stages of the main thread’s batch, not only after it', async () => {
    const dir = tempDir();
    const file = join(dir, 'many.jsonl');
    writeFileSync(file, articles(400));
    const source = join(SPECS, 'slow-main.json');
    const own = pipelineFromSpec(await loadPipelineSpec(source), { source });
    const now = () => performance.timeOrigin + performance.now();
    const batches: { from: number; to: number }[] = [];
    const pipeline: Pipeline = {
      ...own,
      runBatch: (docs, betweenStages) => {
        const from = now();
        const results = own.runBatch(docs, betweenStages);
        batches.push({ from, to: now() });
        return results;
      },
    };
    const store = openSqliteStore(join(dir, 'both.db'));
    try {
      const outcomes: IngestOutcome[] = [];
      const summary = await ingest([file], { store, workers: 2, pipeline, pipelineSpec: join(SPECS, 'stamped-worker.json'), onOutcome: (o) => outcomes.push(o) });
      expect(summary).toMatchObject({ stored: 400, rejected: 0 });
      // When the worker annotated each of its documents (the main thread's have no stamp).
      const stamps: number[] = [];
      for (const outcome of outcomes) {
        const stored = outcome.status === 'stored' ? await store.get(outcome.doc.id) : undefined;
        const stamp = (stored?.layers as Record<string, unknown> | undefined)?.stamp;
        if (typeof stamp === 'number') stamps.push(stamp);
      }
      expect(batches.length).toBeGreaterThan(0);
      expect(stamps.length).toBeGreaterThan(0);
      // A worker holds 64 documents at most: had it been given none while a main-thread batch ran
      // (four stages of 10 ms a document), it could have annotated no more than those meanwhile.
      const during = batches.map(({ from, to }) => stamps.filter((at) => at > from && at < to).length);
      expect(Math.max(...during)).toBeGreaterThan(64);
    } finally {
      await store.close();
    }
  }, 180_000);
});
