import type { Document } from '../core/document.js';
import type { PgDatabase } from './postgres.js';
import { insertRows, writeDocuments } from './postgres-write.js';

/**
 * The work queue in PostgreSQL: one job per raw record. Workers on any machine claim batches
 * with FOR UPDATE SKIP LOCKED, hold a lease they renew, and commit the coded documents and the
 * jobs' new state in one transaction. A lease that runs out (a worker killed or cut off) puts
 * its jobs back; a job that fails `maxAttempts` times is a dead letter, kept with its error.
 */

export interface Job {
  readonly id: number;
  readonly attempts: number;
  /** The record as read, without layers. */
  readonly doc: Document;
}

export interface QueuePolicy {
  readonly worker: string;
  readonly leaseSeconds: number;
  readonly maxAttempts: number;
}

/** Add records as jobs; a record already queued, or whose document is already stored, is not added again. */
export async function enqueue(db: PgDatabase, docs: readonly Document[]): Promise<{ queued: number; alreadyQueued: number; alreadyStored: number }> {
  const unique = [...new Map(docs.map((d) => [d.id, d])).values()];
  return db.transaction(async (client) => {
    const stored = new Set((await client.query<{ id: string }>('SELECT id FROM documents WHERE id = ANY($1::text[])', [unique.map((d) => d.id)])).rows.map((r) => r.id));
    const fresh = unique.filter((d) => !stored.has(d.id));
    let queued = 0;
    await insertRows(client, 'jobs', ['hash', 'record'], fresh.map((d) => [d.id, JSON.stringify({ id: d.id, text: d.text, meta: d.meta })]),
      'ON CONFLICT (hash) DO NOTHING RETURNING id', () => queued++);
    // A record read twice in one batch counts as already queued.
    return { queued, alreadyQueued: docs.length - queued - stored.size, alreadyStored: stored.size };
  });
}

/**
 * Return expired leases to the queue (or to the dead letters once they used every attempt), then
 * lease up to `limit` queued jobs, oldest first, skipping rows other workers hold.
 */
export async function claim(db: PgDatabase, policy: QueuePolicy, limit: number): Promise<Job[]> {
  return db.transaction(async (client) => {
    await client.query(
      `UPDATE jobs j SET state = CASE WHEN j.attempts >= $1 THEN 'dead' ELSE 'queued' END,
              error = 'the lease of worker ' || j.worker || ' ran out (attempt ' || j.attempts || ')', worker = NULL, lease_until = NULL
         FROM (SELECT id FROM jobs WHERE state = 'leased' AND lease_until < now() FOR UPDATE SKIP LOCKED) x
        WHERE j.id = x.id`,
      [policy.maxAttempts],
    );
    const { rows } = await client.query<{ id: number; attempts: number; record: string }>(
      `UPDATE jobs j SET state = 'leased', worker = $1, lease_until = now() + make_interval(secs => $2), attempts = j.attempts + 1
         FROM (SELECT id FROM jobs WHERE state = 'queued' ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED) x
        WHERE j.id = x.id RETURNING j.id, j.attempts, j.record`,
      [policy.worker, policy.leaseSeconds, limit],
    );
    return rows.sort((a, b) => a.id - b.id).map((r) => {
      const { id, text, meta } = JSON.parse(r.record) as Pick<Document, 'id' | 'text' | 'meta'>;
      return { id: r.id, attempts: r.attempts, doc: { id, text, meta, layers: {}, diagnostics: [] } };
    });
  });
}

/** Extend the lease on jobs this worker still holds; returns how many it holds. */
export async function renew(db: PgDatabase, policy: QueuePolicy, ids: readonly number[]): Promise<number> {
  const result = await db.pool.query(
    `UPDATE jobs SET lease_until = now() + make_interval(secs => $3) WHERE id = ANY($1::bigint[]) AND worker = $2 AND state = 'leased'`,
    [ids, policy.worker, policy.leaseSeconds],
  );
  return result.rowCount ?? 0;
}

export interface Outcome {
  readonly job: Job;
  /** The coded document, or why coding it failed. */
  readonly doc?: Document;
  readonly error?: string;
}

export interface Completed {
  stored: number;
  duplicate: number;
  failed: number;
  dead: number;
  /** Jobs whose lease ran out before the commit: another worker has them now, and this one wrote nothing for them. */
  lost: number;
}

/**
 * In one transaction: store the coded documents, mark their jobs done, and put failed jobs back
 * (or to the dead letters). Only jobs this worker still holds are touched.
 */
export async function complete(db: PgDatabase, policy: QueuePolicy, outcomes: readonly Outcome[]): Promise<Completed> {
  return db.transaction(async (client) => {
    const { rows } = await client.query<{ id: number }>(
      `SELECT id FROM jobs WHERE id = ANY($1::bigint[]) AND worker = $2 AND state = 'leased' ORDER BY id FOR UPDATE`,
      [outcomes.map((o) => o.job.id), policy.worker],
    );
    const held = new Set(rows.map((r) => r.id));
    const mine = outcomes.filter((o) => held.has(o.job.id));
    const coded = mine.filter((o) => o.doc);
    const failed = mine.filter((o) => !o.doc);
    const statuses = await writeDocuments(client, coded.map((o) => o.doc!));
    await client.query(`UPDATE jobs SET state = 'done', done_at = now(), worker = NULL, lease_until = NULL, error = NULL WHERE id = ANY($1::bigint[])`, [coded.map((o) => o.job.id)]);
    const dead = await client.query(
      `UPDATE jobs j SET state = CASE WHEN j.attempts >= $3 THEN 'dead' ELSE 'queued' END, error = f.error, worker = NULL, lease_until = NULL
         FROM unnest($1::bigint[], $2::text[]) AS f(id, error) WHERE j.id = f.id RETURNING j.state`,
      [failed.map((o) => o.job.id), failed.map((o) => o.error ?? 'unknown error'), policy.maxAttempts],
    );
    return {
      stored: statuses.filter((s) => s === 'stored').length,
      duplicate: statuses.filter((s) => s === 'duplicate').length,
      failed: failed.length,
      dead: dead.rows.filter((r: { state: string }) => r.state === 'dead').length,
      lost: outcomes.length - mine.length,
    };
  });
}

export interface QueueStatus {
  readonly queued: number;
  readonly leased: number;
  readonly done: number;
  readonly dead: number;
  /** Jobs in flight per worker, with the earliest end of their leases. */
  readonly workers: { worker: string; jobs: number; leaseUntil: string }[];
  readonly doneLastMinute: number;
  /** Jobs done per minute over the last five minutes. */
  readonly donePerMinute: number;
  /** The first dead letters, with their errors. */
  readonly deadLetters: { id: number; hash: string; attempts: number; error: string | null }[];
  readonly documents: number;
}

export async function queueStatus(db: PgDatabase): Promise<QueueStatus> {
  await db.ready;
  const q = <T>(sql: string) => db.pool.query(sql).then((r) => r.rows as T[]);
  const [states, workers, rate, deadLetters, documents] = await Promise.all([
    q<{ state: string; n: number }>('SELECT state, count(*) AS n FROM jobs GROUP BY state'),
    q<{ worker: string; jobs: number; lease_until: Date }>(`SELECT worker, count(*) AS jobs, min(lease_until) AS lease_until FROM jobs WHERE state = 'leased' GROUP BY worker ORDER BY worker`),
    q<{ last_minute: number; last_five: number }>(
      `SELECT count(*) FILTER (WHERE done_at > now() - interval '1 minute') AS last_minute, count(*) AS last_five
         FROM jobs WHERE state = 'done' AND done_at > now() - interval '5 minutes'`),
    q<{ id: number; hash: string; attempts: number; error: string | null }>(`SELECT id, hash, attempts, error FROM jobs WHERE state = 'dead' ORDER BY id LIMIT 20`),
    q<{ n: number }>('SELECT count(*) AS n FROM documents'),
  ]);
  const count = (state: string) => states.find((s) => s.state === state)?.n ?? 0;
  return {
    queued: count('queued'), leased: count('leased'), done: count('done'), dead: count('dead'),
    workers: workers.map((w) => ({ worker: w.worker, jobs: w.jobs, leaseUntil: w.lease_until.toISOString() })),
    doneLastMinute: rate[0].last_minute,
    donePerMinute: Math.round((rate[0].last_five / 5) * 10) / 10,
    deadLetters,
    documents: documents[0].n,
  };
}

/** True when no job is waiting or leased: nothing more will come unless someone enqueues. */
export async function drained(db: PgDatabase): Promise<boolean> {
  const { rows } = await db.pool.query(`SELECT 1 FROM jobs WHERE state IN ('queued', 'leased') LIMIT 1`);
  return rows.length === 0;
}
