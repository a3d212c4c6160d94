/**
 * Entry point of an ingest worker thread (#13): builds the pipeline once, from the spec file the
 * main thread names in `workerData.spec` or else the default spec (models load lazily on the
 * first document, from the shared buffers the main thread posts before it when it shares them,
 * then stay for the thread's life) and annotates the documents the
 * main thread posts, one at a time, answering each with its store rows (`prepared.ts`), so the
 * main thread only writes. Errors go back as data; the main thread decides what they mean.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { pipelineFromSpec } from '../core/spec.js';
import { loadPipelineSpec } from '../load-spec.js';
import { provideSharedModels } from '../ml/shared-models.js';
import { DEFAULT_SPEC } from '../pipeline.js';
import { annotateForStore, type PipelineWorkerData, type WorkerModels, type WorkerReply, type WorkerTask } from './pipeline-pool.js';

const port = parentPort;
if (!port) throw new Error('pipeline-worker.ts runs only as a worker thread');
const { spec: specPath } = (workerData ?? {}) as PipelineWorkerData;
const pipeline = specPath === undefined ? pipelineFromSpec(DEFAULT_SPEC) : pipelineFromSpec(await loadPipelineSpec(specPath), { source: specPath });

port.on('message', (message: WorkerTask | WorkerModels) => {
  // The models' bytes come from the main thread before the first document, in memory every worker shares (#13).
  if ('models' in message) return provideSharedModels(message.models);
  const { doc } = message;
  const result = annotateForStore(doc, pipeline);
  const reply: WorkerReply = 'row' in result ? { doc: result } : { error: { code: result.code, params: result.params } };
  port.postMessage(reply);
});
