/**
 * The worker thread of `workerAnnotator`: builds the default pipeline once and annotates the
 * documents it is sent, one at a time, answering each with the annotated document or its error.
 */
import { parentPort } from 'node:worker_threads';
import type { Document } from '../core/document.js';
import { DyadError, causeText } from '../core/errors.js';
import { defaultPipeline } from '../pipeline.js';

const pipeline = defaultPipeline();

parentPort!.on('message', ({ id, doc }: { id: number; doc: Document }) => {
  try {
    parentPort!.postMessage({ id, doc: pipeline.run(doc) });
  } catch (error) {
    const coded = error instanceof DyadError ? { code: error.code, params: error.params } : {};
    parentPort!.postMessage({ id, error: { ...coded, message: causeText(error) } });
  }
});
