/**
 * The worker thread of `workerAnnotator`: builds the pipeline once (the default, or the spec file
 * the server was started with) and annotates the documents it is sent, one at a time, answering
 * each with the annotated document or its error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Document } from '../core/document.js';
import { DyadError, causeText } from '../core/errors.js';
import { createPipeline } from '../core/pipeline.js';
import { stagesFromSpec } from '../core/spec.js';
import { loadPipelineSpec } from '../load-spec.js';
import { DEFAULT_SPEC } from '../pipeline.js';

const { specPath } = workerData as { specPath?: string };
const spec = specPath === undefined ? DEFAULT_SPEC : await loadPipelineSpec(specPath);
const pipeline = createPipeline(stagesFromSpec(spec, specPath ?? 'default'));

parentPort!.on('message', ({ id, doc }: { id: number; doc: Document }) => {
  try {
    parentPort!.postMessage({ id, doc: pipeline.run(doc) });
  } catch (error) {
    const coded = error instanceof DyadError ? { code: error.code, params: error.params } : {};
    parentPort!.postMessage({ id, error: { ...coded, message: causeText(error) } });
  }
});
