/**
 * A stand-in pipeline worker for pool tests: echoes each document with an `echo` layer, reports a
 * coded error for id `throws`, and dies (exits the thread) for id `crashes`; a document it was told
 * to hold alone gets an `alone` layer too.
 */
import { parentPort } from 'node:worker_threads';
import type { WorkerTask } from '../../src/store/pipeline-pool.js';

parentPort?.on('message', ({ doc, alone }: WorkerTask) => {
  if (doc.id === 'crashes') process.exit(7);
  if (doc.id === 'throws') return parentPort?.postMessage({ error: { code: 'E003', params: { stage: 'echo', docId: doc.id, cause: 'told to throw' } } });
  parentPort?.postMessage({ doc: { ...doc, layers: { ...doc.layers, echo: doc.text.length, ...(alone ? { alone } : {}) } } });
});
