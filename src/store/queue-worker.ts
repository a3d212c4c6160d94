import { setImmediate as yieldToEvents, setTimeout as sleep } from 'node:timers/promises';
import { DyadError, causeText } from '../core/errors.js';
import type { Pipeline } from '../core/pipeline.js';
import type { PgDatabase } from './postgres.js';
import { claim, complete, drained, renew, type Completed, type Job, type Outcome, type QueuePolicy } from './postgres-queue.js';

export interface WorkerOptions extends QueuePolicy {
  readonly db: PgDatabase;
  readonly pipeline: Pipeline;
  /** Jobs claimed at a time. */
  readonly batchSize: number;
  /** Stop once nothing is queued or leased, instead of waiting for more work. */
  readonly exitWhenDrained?: boolean;
  /** How long to wait before looking again when the queue is empty. */
  readonly pollMs?: number;
  /** Stops the worker after its current batch. */
  readonly signal?: AbortSignal;
  readonly onBatch?: (result: Completed) => void;
}

/** Take batches from the queue, code them and commit them, until stopped (or drained). */
export async function runWorker(options: WorkerOptions): Promise<Completed> {
  const total: Completed = { stored: 0, duplicate: 0, failed: 0, dead: 0, lost: 0 };
  while (!options.signal?.aborted) {
    const jobs = await claim(options.db, options, options.batchSize);
    if (!jobs.length) {
      if (options.exitWhenDrained && (await drained(options.db))) break;
      await sleep(options.pollMs ?? 1000);
      continue;
    }
    // Renewed at a third of the lease, so a slow batch keeps its jobs.
    const renewal = setInterval(() => void renew(options.db, options, jobs.map((j) => j.id)).catch(() => undefined), (options.leaseSeconds * 1000) / 3);
    try {
      const result = await commit(options, await code(jobs, options.pipeline));
      addTo(total, result);
      options.onBatch?.(result);
    } finally {
      clearInterval(renewal);
    }
  }
  return total;
}

/**
 * Documents coded as one `Pipeline.runBatch` (#13): each stage runs over the piece before the
 * next, which keeps its tables and code in cache (batches of 8 took most of the gain in-process),
 * and the lease renewal gets to run between pieces.
 */
const CODING_BATCH = 8;

async function code(jobs: readonly Job[], pipeline: Pipeline): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (let at = 0; at < jobs.length; at += CODING_BATCH) {
    const piece = jobs.slice(at, at + CODING_BATCH);
    pipeline.runBatch(piece.map((job) => job.doc)).forEach((result, i) => {
      outcomes.push(result instanceof DyadError ? { job: piece[i], error: causeText(result) } : { job: piece[i], doc: result });
    });
    // Let the lease renewal run between pieces.
    await yieldToEvents();
  }
  return outcomes;
}

/** Commit the batch; when that fails, commit job by job so that one bad document fails alone. */
async function commit(options: WorkerOptions, outcomes: readonly Outcome[]): Promise<Completed> {
  try {
    return await complete(options.db, options, outcomes);
  } catch (error) {
    if (outcomes.length === 1) return complete(options.db, options, [{ job: outcomes[0].job, error: `storing failed: ${causeText(error)}` }]);
    const total: Completed = { stored: 0, duplicate: 0, failed: 0, dead: 0, lost: 0 };
    for (const outcome of outcomes) addTo(total, await commit(options, [outcome]));
    return total;
  }
}

function addTo(total: Completed, result: Completed): void {
  for (const k of Object.keys(total) as (keyof Completed)[]) total[k] += result[k];
}
