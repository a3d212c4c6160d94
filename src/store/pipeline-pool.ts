/**
 * A pool of worker threads that run the pipeline (#13). The main thread keeps reading and stays
 * the only writer to the store; workers only annotate. A document goes to an idle worker, or
 * waits in a queue that the caller bounds (ingest never has more than a window of documents in
 * flight). A worker that dies (out of memory, a native crash) fails only the document it held,
 * with a coded error, and is replaced.
 */
import { createRequire } from 'node:module';
import { extname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Document } from '../core/document.js';
import { DyadError, causeText, type ErrorCode } from '../core/errors.js';
import type { Pipeline } from '../core/pipeline.js';
import { readSharedModels, type SharedModels } from '../ml/shared-models.js';

/** What the main thread posts: one document to annotate (a worker holds one at a time). */
export interface WorkerTask {
  readonly doc: Document;
}

/** What a worker posts back: the annotated document or a coded error. */
export type WorkerReply = { readonly doc: Document } | { readonly error: { code: ErrorCode; params: Record<string, unknown> } };

/** Annotates documents on worker threads. */
export interface PipelinePool {
  readonly size: number;
  /** The annotated document, or the coded error the pipeline threw on it. */
  run(doc: Document): Promise<Document | DyadError>;
  /** Stop every worker; pending documents fail. */
  close(): Promise<void>;
}

interface Pending {
  readonly task: WorkerTask;
  readonly resolve: (result: Document | DyadError) => void;
}

const WORKER_URL = new URL(`./pipeline-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

/** How the workers are made. */
export interface PoolOptions {
  /** A pipeline spec file each worker builds its pipeline from (default: dyad's default spec). */
  readonly spec?: string;
  /** The worker script, replaced in tests. */
  readonly worker?: URL;
  /** Read the model files once into shared memory for every worker (default: with dyad's own worker). */
  readonly shareModels?: boolean;
}

/** What a worker starts with. */
export interface PipelineWorkerData {
  readonly spec?: string;
  readonly models?: SharedModels;
}

/**
 * Each worker's young generation capped at 6 MB (V8's default grows to 48 MB per thread): a
 * document's garbage is short-lived and small, so peak RSS falls by ~25 MB a worker (1,000 Reuters
 * stories, 2 workers: 397 → 349 MB; CPU 31.9 → 34.0 s, within the noise of a loaded machine).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 6 } as const;

/**
 * A pool of up to `size` workers, each building its pipeline when it starts.
 * @example const pool = createPipelinePool(2); const doc = await pool.run(raw); await pool.close();
 */
export function createPipelinePool(size: number, options: PoolOptions = {}): PipelinePool {
  const { worker = WORKER_URL, shareModels = worker === WORKER_URL } = options;
  let workerData: PipelineWorkerData | undefined;
  const start = () => {
    // Read when the first worker starts, so a pool that never runs reads nothing.
    workerData ??= { spec: options.spec, models: shareModels ? readSharedModels() : undefined };
    return worker.pathname.endsWith('.ts') ? startTypeScript(worker, workerData) : new Worker(worker, { workerData, resourceLimits: WORKER_LIMITS });
  };
  const queue: Pending[] = [];
  const busy = new Map<Worker, Pending>();
  const idle: Worker[] = [];
  let closed = false;
  let started = 0;
  const dispatch = () => {
    // Workers start on demand, so a one-article run loads the models once, not once per core.
    while (queue.length > 0) {
      if (idle.length === 0) {
        if (started >= size || closed) break;
        spawn();
      }
      const thread = idle.pop() as Worker;
      const job = queue.shift() as Pending;
      busy.set(thread, job);
      thread.postMessage(job.task);
    }
  };

  const spawn = () => {
    started++;
    const thread = start();
    thread.on('message', (reply: WorkerReply) => {
      const job = busy.get(thread);
      busy.delete(thread);
      idle.push(thread);
      job?.resolve('doc' in reply ? reply.doc : new DyadError(reply.error.code, reply.error.params));
      dispatch();
    });
    const fail = (cause: string) => {
      const job = busy.get(thread);
      busy.delete(thread);
      const at = idle.indexOf(thread);
      if (at >= 0) idle.splice(at, 1);
      job?.resolve(new DyadError('E003', { stage: '(worker)', docId: job.task.doc.id, cause }));
      started--;
      dispatch();
    };
    thread.on('error', (error) => fail(error.message));
    thread.on('exit', (code) => {
      if (busy.has(thread) || idle.includes(thread)) fail(`worker thread exited with code ${code}`);
    });
    idle.push(thread);
  };

  return {
    size,
    run: (doc) =>
      new Promise((resolve) => {
        if (closed) return resolve(new DyadError('E003', { stage: '(worker)', docId: doc.id, cause: 'the worker pool is closed' }));
        queue.push({ task: { doc }, resolve });
        dispatch();
      }),
    close: async () => {
      closed = true;
      const workers = [...idle, ...busy.keys()];
      idle.length = 0;
      for (const job of [...busy.values(), ...queue.splice(0)]) job.resolve(new DyadError('E003', { stage: '(worker)', docId: job.task.doc.id, cause: 'the worker pool was closed' }));
      busy.clear();
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/**
 * From src/ (tests, tsx) the worker is TypeScript: register tsx's loader inside the thread first
 * (worker threads do not inherit `--import tsx`). From dist/ the worker is plain JS.
 */
function startTypeScript(worker: URL, workerData: unknown): Worker {
  // `require.resolve` finds the CommonJS build; the thread imports its ES module twin beside it.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker.href)}); });`, { eval: true, workerData, resourceLimits: WORKER_LIMITS });
}

/** Run the pipeline on one document; whatever it throws comes back as a coded error. */
export function annotate(doc: Document, pipeline: Pipeline): Document | DyadError {
  try {
    return pipeline.run(doc);
  } catch (error) {
    return error instanceof DyadError ? error : new DyadError('E003', { stage: '(pipeline)', docId: doc.id, cause: causeText(error) });
  }
}
