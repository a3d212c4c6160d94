import { Worker } from 'node:worker_threads';
import { ownModule } from '../core/assets.js';
import type { Document } from '../core/document.js';
import { DyadError, causeText, type ErrorCode } from '../core/errors.js';
import type { Pipeline } from '../core/pipeline.js';
import { ApiError } from './errors.js';

/** Runs the pipeline for the API, with a bound on the articles waiting. */
export interface Annotator {
  annotate(doc: Document): Promise<Document>;
  /** Articles accepted and not yet annotated. */
  pending(): number;
  /** Beyond this many pending articles a new one is refused with 503 `busy`. */
  readonly maxPending: number;
  close(): Promise<void>;
}

/** Pending articles by default: a 500k-character article takes tens of seconds, so a few are enough. */
export const MAX_PENDING = 8;

/** Refuse a new article when the queue is full: the caller retries later instead of the server growing without bound. */
export function checkCapacity(annotator: Annotator): void {
  if (annotator.pending() >= annotator.maxPending) {
    throw new ApiError(503, 'busy', `${annotator.pending()} articles are being annotated; retry later`);
  }
}

/**
 * The pipeline on the calling thread, for tests and small embedded uses: while it runs, nothing
 * else on the event loop does, so servers use `workerAnnotator`.
 */
export function inlineAnnotator(pipeline: () => Pipeline, maxPending = MAX_PENDING): Annotator {
  let pending = 0;
  return {
    maxPending,
    pending: () => pending,
    annotate: async (doc) => {
      pending++;
      try {
        return pipeline().run(doc);
      } finally {
        pending--;
      }
    },
    close: async () => undefined,
  };
}

type Reply = { id: number; doc: Document } | { id: number; error: { code?: ErrorCode; params?: Record<string, unknown>; message: string } };

/**
 * The default pipeline in a worker thread (see #16: a long article on the event loop blocked every
 * other request). One worker, started at the first article, annotates in arrival order; a worker
 * that dies (out of memory, say) fails the articles it held with a coded error and is replaced.
 */
export function workerAnnotator(options: { specPath?: string; maxPending?: number; maxHeapMb?: number } = {}): Annotator {
  const { specPath, maxPending = MAX_PENDING, maxHeapMb = 2048 } = options;
  let worker: Worker | undefined;
  let nextId = 0;
  const waiting = new Map<number, { resolve: (doc: Document) => void; reject: (error: Error) => void; docId: string }>();
  const failAll = (cause: string) => {
    for (const [id, w] of waiting) {
      waiting.delete(id);
      w.reject(new DyadError('E003', { stage: '(worker)', docId: w.docId, cause }));
    }
    worker = undefined;
  };
  const start = () => {
    const resourceLimits = { maxOldGenerationSizeMb: maxHeapMb };
    const workerData = { specPath };
    // Run from the TypeScript source (tests, tsx), the worker loads tsx before its own module.
    const script = ownModule('api/annotate-worker');
    const started = script.pathname.endsWith('.ts')
      ? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}); })`, { eval: true, resourceLimits, workerData })
      : new Worker(script, { resourceLimits, workerData });
    started.on('message', (reply: Reply) => {
      const w = waiting.get(reply.id);
      if (!w) return;
      waiting.delete(reply.id);
      if ('doc' in reply) w.resolve(reply.doc);
      else w.reject(reply.error.code ? new DyadError(reply.error.code, reply.error.params) : new DyadError('E003', { stage: '(pipeline)', docId: w.docId, cause: reply.error.message }));
      if (waiting.size === 0) started.unref();
    });
    started.on('error', (error) => failAll(causeText(error)));
    started.on('exit', (code) => {
      if (worker === started) failAll(`the worker stopped (exit code ${code})`);
    });
    return started;
  };
  return {
    maxPending,
    pending: () => waiting.size,
    annotate: (doc) =>
      new Promise<Document>((resolve, reject) => {
        worker ??= start();
        worker.ref();
        const id = nextId++;
        waiting.set(id, { resolve, reject, docId: doc.id });
        worker.postMessage({ id, doc });
      }),
    close: async () => {
      const stopping = worker;
      worker = undefined;
      failAll('the server is shutting down');
      await stopping?.terminate();
    },
  };
}
