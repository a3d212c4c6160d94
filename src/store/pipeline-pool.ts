/**
 * A pool of worker threads that run the pipeline (#13). The main thread keeps reading and stays
 * the only writer to the store; workers only annotate. A document goes to an idle worker, or
 * waits in a queue that the caller bounds (ingest never has more than a window of documents in
 * flight). A worker that dies (out of memory, a native crash) fails only the document it held,
 * with a coded error, and is replaced.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { ownModule } from '../core/assets.js';
import { bundleIsCurrent } from '../core/bundles.js';
import type { Document } from '../core/document.js';
import { DyadError, causeText, type ErrorCode } from '../core/errors.js';
import type { Pipeline } from '../core/pipeline.js';
import { readSharedModels, type SharedModels } from '../ml/shared-models.js';
import { prepareDocument, type PreparedDocument, type StoreDocument } from './prepared.js';

/** What the main thread posts: one document to annotate. */
export interface WorkerTask {
  readonly doc: Document;
  /**
   * Annotate it in a batch of its own: it was posted with others to a worker that died while it
   * held them, and which of them killed it is known only from a worker that held one.
   */
  readonly alone?: boolean;
}

/**
 * What dyad's own worker is posted first, before any document: the model files in shared memory.
 * Posted rather than given as `workerData` so that the thread starts (~0.3 s of CPU importing the
 * stages) while this thread reads them (#13). A worker answers it with nothing.
 */
export interface WorkerModels {
  readonly models: SharedModels;
}

/**
 * What a worker posts back: the annotated document (dyad's own worker sends it with its store
 * rows built, see `prepared.ts`) or a coded error.
 */
export type WorkerReply = { readonly doc: StoreDocument } | { readonly error: { code: ErrorCode; params: Record<string, unknown> } };

/** Annotates documents on worker threads. */
export interface PipelinePool {
  readonly size: number;
  /** Documents posted to one worker at most, the one it annotates and those waiting behind it. */
  readonly depth: number;
  /** The annotated document (or its rows), or the coded error the pipeline threw on it. */
  run(doc: Document): Promise<StoreDocument | DyadError>;
  /** Whether a document `run` now would go to a worker at once: none waits and one worker holds fewer than `depth` (or one more can start). */
  hasRoom(): boolean;
  /** Documents given to the pool and not yet answered: posted to a worker or waiting for one. */
  held(): number;
  /**
   * Take the replies the workers have posted so far, without waiting for this thread's event loop,
   * and give them the documents waiting: a thread that annotates beside the workers hears them
   * between its own stages, not only between its tasks (#13).
   */
  poll(): void;
  /** The model files the workers were given in shared memory, once the first worker has started. */
  sharedModels(): SharedModels | undefined;
  /** Stop every worker; pending documents fail. */
  close(): Promise<void>;
}

interface Pending {
  readonly task: WorkerTask;
  readonly resolve: (result: StoreDocument | DyadError) => void;
}

const WORKER_URL = ownModule('store/pipeline-worker');
/** The same worker and every module it imports in one file (`scripts/build-bundles.ts`), beside the built module. */
const WORKER_BUNDLE_URL = new URL('./pipeline-worker.bundle.js', WORKER_URL);

/**
 * dyad's own worker: from dist/ on the default spec, its bundle when it is current, which a thread
 * loads in ~110 ms of CPU instead of ~280 (#13). A spec file's stage modules import dyad's modules
 * themselves, so with one the worker stays unbundled, sharing those modules (and their classes) with the stages.
 */
function ownWorker(spec: string | undefined): URL {
  return WORKER_URL.pathname.endsWith('.js') && spec === undefined && bundleIsCurrent(WORKER_BUNDLE_URL, WORKER_URL) ? WORKER_BUNDLE_URL : WORKER_URL;
}

/** How the workers are made. */
export interface PoolOptions {
  /** A pipeline spec file each worker builds its pipeline from (default: dyad's default spec). */
  readonly spec?: string;
  /** The worker script, replaced in tests. */
  readonly worker?: URL;
  /** Read the model files once into shared memory for every worker (default: with dyad's own worker). */
  readonly shareModels?: boolean;
  /** Documents posted to one worker at most (default `DOCUMENTS_AHEAD`). */
  readonly depth?: number;
}

/**
 * Documents a worker is given ahead: while the main thread writes a batch (synchronously, ~0.1 s
 * for 64 Reuters stories) it cannot hand out work, so each worker keeps enough waiting to stay
 * busy meanwhile (#13: with one document each, the 2 workers sat idle for ~22% of an ingest).
 * Twice `WORKER_BATCH`: while a worker annotates one batch the next waits whole behind it (with
 * batches of 4, 8 ahead left it 4 to go on with while the main thread wrote, and it idled ~9% of
 * an ingest, ~3–5% with 12). The ingest window (workers × (ahead + 1)) is then 130 documents for
 * two workers, which a slow input fills, with the open batch of 64, before its first commit.
 */
const DOCUMENTS_AHEAD = 64;

/**
 * Documents dyad's worker annotates as one batch at most (`Pipeline.runBatch`, #13): half of
 * what it is given ahead, so that the next batch is there when one ends. 32 rather than 4: one
 * worker thread over 1,000 Reuters stories spent 5–20% less CPU in batches of 16 than of 4, and
 * ~5% less again in batches of 32 (`bench/throughput/worker-batch.ts`, alternating passes, docs/scaling.md).
 * Smaller batches keep no less alive at a scavenge: with each document's rows handed on as they are
 * built, batches of 16 and 8 copied and promoted as many MB as 32 (session 59, sp-batch).
 */
export const WORKER_BATCH = 32;

/** What a worker starts with. */
export interface PipelineWorkerData {
  readonly spec?: string;
  /**
   * Where dyad's worker posts its replies: a port the main thread can also read synchronously
   * (`PipelinePool.poll`), which a `Worker`'s own channel cannot be. A worker without it (tests'
   * stand-ins) answers through `parentPort`.
   */
  readonly replies?: MessagePort;
}

/**
 * Each worker's young generation capped at 16 MB (V8's default grows to 48 MB per thread). It was
 * 6 MB for memory while a worker annotated one document at a time; in batches of 32 a batch's
 * layers are alive while it runs, and at 6 MB a `--workers 2` ingest of 2,000 Reuters stories
 * scavenged 606–687 times in the worker against 85–92 at 32 MB (scavenge pauses 4.4–13.7 → 1.5–4.4 s
 * at load 10–15). At 32 MB the worker's young generation was a third of its heap at the process's
 * peak (34 of ~100 MB), and 16 MB took that peak down by ~15 MB with no CPU rise: a `--workers 2`
 * ingest of 3,000 Reuters stories peaked at 370, 370 MiB against 384, 385, 386 (#13, docs/scaling.md, session 55).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16 } as const;

/**
 * A pool of up to `size` workers, each building its pipeline when it starts.
 * @example const pool = createPipelinePool(2); const doc = await pool.run(raw); await pool.close();
 */
export function createPipelinePool(size: number, options: PoolOptions = {}): PipelinePool {
  const { worker = ownWorker(options.spec), shareModels = options.worker === undefined, depth = DOCUMENTS_AHEAD } = options;
  let models: SharedModels | undefined;
  const start = (replies: MessagePort) => {
    const workerData: PipelineWorkerData = { spec: options.spec, replies };
    const thread = worker.pathname.endsWith('.ts')
      ? startTypeScript(worker, workerData, [replies])
      : new Worker(worker, { workerData, transferList: [replies], resourceLimits: WORKER_LIMITS });
    // Read when the first worker has started, so a pool that never runs reads nothing and the
    // thread's start overlaps the reading.
    try {
      if (shareModels) thread.postMessage({ models: (models ??= readSharedModels()) } satisfies WorkerModels);
    } catch (error) {
      // Not yet in the pool, the thread would wait for documents and keep the process alive.
      void thread.terminate();
      throw error;
    }
    return thread;
  };
  const queue: Pending[] = [];
  // Each worker's posted documents, oldest first: it answers them in the order they were posted.
  const posted = new Map<Worker, Pending[]>();
  // The port each worker posts its replies to.
  const ports = new Map<Worker, MessagePort>();
  let closed = false;
  const dispatch = () => {
    while (queue.length > 0) {
      const thread = leastBusy();
      if (!thread) break;
      const job = queue.shift() as Pending;
      posted.get(thread)!.push(job);
      thread.postMessage(job.task);
    }
  };
  // Workers start on demand (a one-article run loads the models once, not once per core), and an
  // idle worker is preferred to one that already holds a document.
  const leastBusy = (): Worker | undefined => {
    let best: Worker | undefined;
    for (const [thread, jobs] of posted) if (jobs.length < depth && (!best || jobs.length < posted.get(best)!.length)) best = thread;
    if ((!best || posted.get(best)!.length > 0) && posted.size < size && !closed) return spawn();
    return best;
  };

  // A reply answers the worker's oldest posted document.
  const take = (thread: Worker, reply: WorkerReply) => {
    const job = posted.get(thread)?.shift();
    job?.resolve('doc' in reply ? reply.doc : new DyadError(reply.error.code, reply.error.params));
  };
  const takeWaiting = (thread: Worker, port: MessagePort) => {
    for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) take(thread, message.message as WorkerReply);
  };

  const spawn = () => {
    const { port1, port2 } = new MessageChannel();
    const thread = start(port2);
    posted.set(thread, []);
    ports.set(thread, port1);
    const answer = (reply: WorkerReply) => {
      take(thread, reply);
      dispatch();
    };
    thread.on('message', answer);
    port1.on('message', answer);
    // Only the document the worker was on fails; those posted behind it were not begun and go to
    // the front of the queue again, for the replacement worker. A worker annotates a few documents
    // at once (`WORKER_BATCH`), so unless it held the first alone, all go back, each to be held alone.
    const fail = (cause: string) => {
      if (!posted.has(thread)) return;
      // Replies it posted before it died are still on their way (its own channel is drained
      // before 'exit', this port is not): those documents are done, not lost.
      takeWaiting(thread, port1);
      port1.close();
      ports.delete(thread);
      const jobs = posted.get(thread) as Pending[];
      posted.delete(thread);
      const [job, ...notBegun] = jobs;
      if (job && !job.task.alone) {
        queue.unshift(...jobs.map((j) => ({ ...j, task: { ...j.task, alone: true } })));
      } else {
        queue.unshift(...notBegun);
        job?.resolve(new DyadError('E003', { stage: '(worker)', docId: job.task.doc.id, cause }));
      }
      dispatch();
    };
    thread.on('error', (error) => fail(error.message));
    thread.on('exit', (code) => fail(`worker thread exited with code ${code}`));
    return thread;
  };

  return {
    size,
    depth,
    hasRoom: () => {
      if (closed || queue.length > 0) return false;
      if (posted.size < size) return true;
      // A loop, not a spread of the map: this runs for every document ingested.
      for (const jobs of posted.values()) if (jobs.length < depth) return true;
      return false;
    },
    held: () => {
      let n = queue.length;
      for (const jobs of posted.values()) n += jobs.length;
      return n;
    },
    poll: () => {
      for (const [thread, port] of ports) takeWaiting(thread, port);
      dispatch();
    },
    sharedModels: () => models,
    run: (doc) =>
      new Promise((resolve) => {
        if (closed) return resolve(new DyadError('E003', { stage: '(worker)', docId: doc.id, cause: 'the worker pool is closed' }));
        queue.push({ task: { doc }, resolve });
        dispatch();
      }),
    close: async () => {
      closed = true;
      const workers = [...posted.keys()];
      const jobs = [...[...posted.values()].flat(), ...queue.splice(0)];
      posted.clear();
      for (const port of ports.values()) port.close();
      ports.clear();
      for (const job of jobs) job.resolve(new DyadError('E003', { stage: '(worker)', docId: job.task.doc.id, cause: 'the worker pool was closed' }));
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/**
 * From src/ (tests, tsx) the worker is TypeScript: register tsx's loader inside the thread first
 * (worker threads do not inherit `--import tsx`). From dist/ the worker is plain JS.
 */
function startTypeScript(worker: URL, workerData: unknown, transferList: readonly MessagePort[]): Worker {
  // `require.resolve` finds the CommonJS build; the thread imports its ES module twin beside it.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker.href)}); });`, { eval: true, workerData, transferList: [...transferList], resourceLimits: WORKER_LIMITS });
}

/** Run the pipeline on one document; whatever it throws comes back as a coded error. */
export function annotate(doc: Document, pipeline: Pipeline): Document | DyadError {
  try {
    return pipeline.run(doc);
  } catch (error) {
    return error instanceof DyadError ? error : new DyadError('E003', { stage: '(pipeline)', docId: doc.id, cause: causeText(error) });
  }
}

/** Annotate a document and build its store rows; whatever either throws comes back as a coded error. */
export function annotateForStore(doc: Document, pipeline: Pipeline): PreparedDocument | DyadError {
  return prepareForStore(annotate(doc, pipeline));
}

/**
 * `annotateForStore` of each document, the pipeline run stage by stage over the batch
 * (`Pipeline.runBatch`, #13): the same rows, in the same order, for less CPU. Each document's rows
 * go to `each` as soon as they are built, and nothing here keeps the document or its rows after:
 * a caller that posts them on and keeps nothing lets a scavenge find them dead rather than copy
 * the batch's layers and rows once more (docs/scaling.md, session 59, sp-batch). A document that
 * fails is handed on as its coded error at its index and the batch goes on; an `each` that throws
 * ends the batch there and the throw is the caller's (a worker thread dies and the pool re-runs
 * what it had not answered).
 */
export function annotateBatchForStore(docs: readonly Document[], pipeline: Pipeline, each: (result: PreparedDocument | DyadError, index: number) => void, betweenStages?: () => void): void {
  const results: (Document | DyadError | undefined)[] = pipeline.runBatch(docs, betweenStages);
  for (let i = 0; i < results.length; i++) {
    const result = results[i] as Document | DyadError;
    results[i] = undefined;
    each(prepareForStore(result), i);
  }
}

/** The store rows of an annotated document; whatever building them throws comes back as a coded error. */
function prepareForStore(result: Document | DyadError): PreparedDocument | DyadError {
  if (result instanceof DyadError) return result;
  try {
    return prepareDocument(result);
  } catch (error) {
    return error instanceof DyadError ? error : new DyadError('E003', { stage: '(store rows)', docId: result.id, cause: causeText(error) });
  }
}
