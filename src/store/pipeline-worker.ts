/**
 * Entry point of an ingest worker thread (#13): builds the pipeline once, from the spec file the
 * main thread names in `workerData.spec` or else the default spec (models load lazily on the
 * first document, from the shared buffers the main thread posts before it when it shares them,
 * then stay for the thread's life) and annotates the documents the
 * main thread posts, a few at a time (`WORKER_BATCH`), answering each with its store rows
 * (`prepared.ts`), so the main thread only writes, on the port the main thread gave it
 * (`PipelineWorkerData.replies`, which it reads between its own stages too). Errors go back as
 * data; the main thread decides what they mean.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { pipelineFromSpec } from '../core/spec.js';
import { loadPipelineSpec } from '../load-spec.js';
import { provideSharedModels } from '../ml/shared-models.js';
import { DEFAULT_SPEC } from '../pipeline.js';
import { WORKER_BATCH, annotateBatchForStore, type PipelineWorkerData, type WorkerModels, type WorkerReply, type WorkerTask } from './pipeline-pool.js';

if (!parentPort) throw new Error('pipeline-worker.ts runs only as a worker thread');
const port = parentPort;
const { spec: specPath, replies = port } = (workerData ?? {}) as PipelineWorkerData;
const pipeline = specPath === undefined ? pipelineFromSpec(DEFAULT_SPEC) : pipelineFromSpec(await loadPipelineSpec(specPath), { source: specPath });

/** Documents posted and not yet annotated, oldest first. */
let waiting: WorkerTask[] = [];

port.on('message', (message: WorkerTask | WorkerModels) => {
  // The models' bytes come from the main thread before the first document, in memory every worker shares (#13).
  if ('models' in message) return provideSharedModels(message.models);
  waiting.push(message);
  // After the messages the port has already received, so that those documents join the batch.
  if (waiting.length === 1) setImmediate(annotateWaiting);
});

/**
 * Annotate the oldest documents waiting as one batch (one alone if it is to be held alone, see
 * `WorkerTask`) and answer each, in order; the rest after the port's next messages.
 */
function annotateWaiting(): void {
  let size = 1;
  while (size < Math.min(WORKER_BATCH, waiting.length) && !waiting[0].alone && !waiting[size].alone) size++;
  const batch = waiting.slice(0, size).map((task) => task.doc);
  waiting = waiting.slice(size);
  // Each document's rows are posted (copied out of this isolate) as soon as they are built.
  annotateBatchForStore(batch, pipeline, (result) => {
    const reply: WorkerReply = 'row' in result ? { doc: result } : { error: { code: result.code, params: result.params } };
    replies.postMessage(reply);
  });
  if (waiting.length > 0) setImmediate(annotateWaiting);
}
