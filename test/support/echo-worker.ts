/**
 * A stand-in pipeline worker for pool tests: echoes each document with an `echo` layer, reports a
 * coded error for id `throws`, and dies (exits the thread) for id `crashes`; a document it was told
 * to hold alone gets an `alone` layer too. It answers on the port the pool gives it, as dyad's own
 * worker does, so the tests cover replies a dying worker posted before it died.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PipelineWorkerData, WorkerTask } from '../../src/store/pipeline-pool.js';

const replies = (workerData as PipelineWorkerData | undefined)?.replies ?? parentPort;

parentPort?.on('message', ({ doc, alone }: WorkerTask) => {
  if (doc.id === 'crashes') process.exit(7);
  if (doc.id === 'throws') return replies?.postMessage({ error: { code: 'E003', params: { stage: 'echo', docId: doc.id, cause: 'told to throw' } } });
  replies?.postMessage({ doc: { ...doc, layers: { ...doc.layers, echo: doc.text.length, ...(alone ? { alone } : {}) } } });
});
