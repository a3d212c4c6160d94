import { describe, expect, it } from 'vitest';
import type { Document } from '../core/document.js';
import { DyadError } from '../core/errors.js';
import type { Pipeline } from '../core/pipeline.js';
import { annotateBatchForStore, createPipelinePool } from './pipeline-pool.js';

const ECHO = new URL('../../test/support/echo-worker.ts', import.meta.url);
const doc = (id: string): Document => ({ id, text: `text of ${id}`, meta: { origin: { location: 'test' } }, layers: {}, diagnostics: [] }) as unknown as Document;

describe('createPipelinePool', () => {
  it('annotates on worker threads and answers each document with its own result', async () => {
    const pool = createPipelinePool(2, { worker: ECHO });
    try {
      const ids = ['a', 'b', 'c', 'd', 'e'];
      const results = await Promise.all(ids.map((id) => pool.run(doc(id))));
      expect(results.map((r) => (r as Document).id)).toEqual(ids);
      expect((results[2] as Document).layers).toEqual({ echo: 'text of c'.length });
    } finally {
      await pool.close();
    }
  });

  it('takes the replies already posted when polled, while this thread never yields (issue-13)', async () => {
    const pool = createPipelinePool(1, { worker: ECHO });
    try {
      const results = ['a', 'b', 'c'].map((id) => pool.run(doc(id)));
      expect(pool.held()).toBe(3);
      // Synchronous from here until every reply is taken: no event-loop turn delivers them.
      let polls = 0;
      while (pool.held() > 0 && polls < 1e9) {
        pool.poll();
        polls++;
      }
      expect(pool.held()).toBe(0);
      expect((await Promise.all(results)).map((r) => (r as Document).id)).toEqual(['a', 'b', 'c']);
    } finally {
      await pool.close();
    }
  });

  it('returns a coded error from the worker as a DyadError and goes on', async () => {
    const pool = createPipelinePool(1, { worker: ECHO });
    try {
      const failed = await pool.run(doc('throws'));
      expect(failed).toBeInstanceOf(DyadError);
      expect((failed as DyadError).code).toBe('E003');
      expect(await pool.run(doc('after'))).toMatchObject({ id: 'after' });
    } finally {
      await pool.close();
    }
  });

  it('fails only the document a dying worker held, then starts a new worker', async () => {
    const pool = createPipelinePool(1, { worker: ECHO });
    try {
      const [crashed, next] = await Promise.all([pool.run(doc('crashes')), pool.run(doc('next'))]);
      expect(crashed).toBeInstanceOf(DyadError);
      expect((crashed as DyadError).message).toMatch(/crashes.*exited with code 7/);
      expect(next).toMatchObject({ id: 'next' });
    } finally {
      await pool.close();
    }
  });

  it('gives the documents posted behind the one a worker died on to its replacement, in order', async () => {
    const pool = createPipelinePool(1, { worker: ECHO, depth: 3 });
    try {
      const results = await Promise.all(['a', 'crashes', 'b', 'c'].map((id) => pool.run(doc(id))));
      expect(results.map((r) => (r instanceof DyadError ? r.code : (r as Document).id))).toEqual(['a', 'E003', 'b', 'c']);
      // Which document of a worker's batch killed it is known only once one is held alone.
      expect(results.map((r) => (r instanceof DyadError ? 'failed' : 'alone' in (r as Document).layers))).toEqual([false, 'failed', true, true]);
    } finally {
      await pool.close();
    }
  });

  it('fails every document still waiting when it is closed', async () => {
    const pool = createPipelinePool(1, { worker: ECHO, depth: 2 });
    const pending = ['a', 'b', 'c', 'd'].map((id) => pool.run(doc(id)));
    await pool.close();
    const results = await Promise.all(pending);
    // Closing is synchronous up to the workers' ending, so none of them has answered yet.
    expect(results.every((r) => r instanceof DyadError)).toBe(true);
    expect(await pool.run(doc('late'))).toBeInstanceOf(DyadError);
  });
});

describe('annotateBatchForStore', () => {
  it("hands each document's rows on before it builds the next one's, so no batch of rows is kept (issue-13)", () => {
    const log: string[] = [];
    // A document whose rows, when built, log it: building reads its dateline layer first (and again later).
    const logged = (id: string): Document => {
      const layers = {};
      let read = false;
      Object.defineProperty(layers, 'dateline', { enumerable: true, get: () => void (read || log.push(`build ${id}`), (read = true)) });
      return { ...doc(id), layers };
    };
    const pipeline = { runBatch: (docs: readonly Document[]) => [...docs] } as unknown as Pipeline;
    annotateBatchForStore([logged('a'), logged('b'), logged('c')], pipeline, (_, i) => void log.push(`hand on ${i}`));
    expect(log).toEqual(['build a', 'hand on 0', 'build b', 'hand on 1', 'build c', 'hand on 2']);
  });

  it('hands a failed document on as a coded error at its index and goes on with the batch (review rv-c #10)', () => {
    // The pipeline failed on "b" (a coded error in its place); building "c"'s rows throws.
    const broken = { ...doc('c'), layers: Object.defineProperty({}, 'dateline', { enumerable: true, get: () => { throw new Error('bad layer'); } }) } as Document;
    const failed = new DyadError('E003', { stage: 'events', docId: 'b', cause: 'failed' });
    const pipeline = { runBatch: () => [doc('a'), failed, broken, doc('d')] } as unknown as Pipeline;
    const got: string[] = [];
    annotateBatchForStore([doc('a'), doc('b'), doc('c'), doc('d')], pipeline, (result, i) => {
      got.push(result instanceof DyadError ? `${i} ${result.code} ${String(result.params.docId)}` : `${i} rows`);
    });
    expect(got).toEqual(['0 rows', '1 E003 b', '2 E003 c', '3 rows']);
  });
});
