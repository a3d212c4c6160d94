/**
 * Entry point of an ingest worker thread (#13): builds the default pipeline once (models load
 * lazily on the first document, then stay for the thread's life) and annotates the documents the
 * main thread posts, one at a time. Errors go back as data; the main thread decides what they mean.
 */
import { parentPort } from 'node:worker_threads';
import { defaultPipeline } from '../pipeline.js';
import { annotate, type WorkerReply, type WorkerTask } from './pipeline-pool.js';

const port = parentPort;
if (!port) throw new Error('pipeline-worker.ts runs only as a worker thread');
const pipeline = defaultPipeline();

port.on('message', ({ doc }: WorkerTask) => {
  const result = annotate(doc, pipeline);
  const reply: WorkerReply = 'layers' in result ? { doc: result } : { error: { code: result.code, params: result.params } };
  port.postMessage(reply);
});
