import { describe, expect, it } from 'vitest';
import { createPipeline, type Pipeline } from '../core/pipeline.js';
import { makeDoc } from '../core/document.js';
import { DyadError } from '../core/errors.js';
import { connectPostgres, storeOn, type PgDatabase } from './postgres.js';
import { claim, complete, enqueue, queueStatus, renew, type QueuePolicy } from './postgres-queue.js';
import { runWorker } from './queue-worker.js';
import { freshPgUrl, PG_URL } from '../../test/support/test-stores.js';

const record = (i: number) => makeDoc({ text: `Story ${i}: the ministers met.`, meta: { sourceId: `s${i}` } });
const policy = (worker: string, leaseSeconds = 60): QueuePolicy => ({ worker, leaseSeconds, maxAttempts: 2 });

async function withQueue(test: (db: PgDatabase) => Promise<void>): Promise<void> {
  const db = connectPostgres(freshPgUrl());
  try {
    await test(db);
  } finally {
    await db.close();
  }
}

// An expired lease is made by moving its end into the past, rather than by waiting for it.
const expireLeases = (db: PgDatabase) => db.pool.query("UPDATE jobs SET lease_until = now() - interval '1 second' WHERE state = 'leased'");

describe.skipIf(!PG_URL)('PostgreSQL work queue', () => {
  it('queues a record once, and not at all when its document is stored', () =>
    withQueue(async (db) => {
      expect(await enqueue(db, [record(1), record(2), record(1)])).toEqual({ queued: 2, alreadyQueued: 1, alreadyStored: 0 });
      await storeOn(db).put([record(3)]);
      expect(await enqueue(db, [record(2), record(3)])).toEqual({ queued: 0, alreadyQueued: 1, alreadyStored: 1 });
    }));

  it('gives two workers claiming at once disjoint jobs', () =>
    withQueue(async (db) => {
      await enqueue(db, Array.from({ length: 10 }, (_, i) => record(i)));
      const [a, b] = await Promise.all([claim(db, policy('a'), 6), claim(db, policy('b'), 6)]);
      const ids = [...a, ...b].map((j) => j.id);
      expect(new Set(ids).size).toBe(10);
      expect((await queueStatus(db)).workers.map((w) => [w.worker, w.jobs]).sort()).toEqual([['a', a.length], ['b', b.length]]);
    }));

  it('returns the jobs of an expired lease, and the late worker commits nothing for them', () =>
    withQueue(async (db) => {
      await enqueue(db, [record(1)]);
      const [job] = await claim(db, policy('dead-worker'), 1);
      expect(await claim(db, policy('b'), 1)).toEqual([]);
      await expireLeases(db);
      const [again] = await claim(db, policy('b'), 1);
      expect(again.id).toBe(job.id);
      expect(again.attempts).toBe(2);
      expect(await renew(db, policy('dead-worker'), [job.id])).toBe(0);
      expect(await complete(db, policy('dead-worker'), [{ job, doc: job.doc }])).toMatchObject({ stored: 0, lost: 1 });
      expect(await complete(db, policy('b'), [{ job: again, doc: again.doc }])).toMatchObject({ stored: 1, lost: 0 });
      expect(await storeOn(db).count()).toBe(1);
    }));

  it('moves a job that failed every attempt to the dead letters, with its error', () =>
    withQueue(async (db) => {
      await enqueue(db, [record(1)]);
      for (let attempt = 1; attempt <= 2; attempt++) {
        const [job] = await claim(db, policy('w'), 1);
        expect(await complete(db, policy('w'), [{ job, error: `boom ${attempt}` }])).toMatchObject({ failed: 1, dead: attempt === 2 ? 1 : 0 });
      }
      expect(await claim(db, policy('w'), 1)).toEqual([]);
      const status = await queueStatus(db);
      expect(status).toMatchObject({ queued: 0, dead: 1, done: 0 });
      expect(status.deadLetters[0]).toMatchObject({ attempts: 2, error: 'boom 2' });
    }));

  it('stores every job once, codes them with the pipeline, and stops when drained', () =>
    withQueue(async (db) => {
      await enqueue(db, Array.from({ length: 7 }, (_, i) => record(i)));
      const failing: Pipeline = {
        ...createPipeline([]),
        runBatch: (docs) => docs.map((doc) => (doc.text.includes('Story 3:') ? new DyadError('E003', { stage: 'test', docId: doc.id, cause: 'cannot code story 3' }) : doc)),
      };
      const total = await runWorker({ db, pipeline: failing, ...policy('w'), batchSize: 3, exitWhenDrained: true });
      expect(total).toMatchObject({ stored: 6, failed: 2, dead: 1, lost: 0 });
      const status = await queueStatus(db);
      expect(status).toMatchObject({ queued: 0, leased: 0, done: 6, dead: 1, documents: 6 });
      expect(status.deadLetters[0].error).toContain('cannot code story 3');
    }));
});
