import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildWorker } from '../scripts/build-bundles.js';
import { packageRoot } from '../src/core/assets.js';
import { createDocument } from '../src/core/document.js';
import { defaultPipeline } from '../src/pipeline.js';
import { annotateForStore, createPipelinePool } from '../src/store/pipeline-pool.js';

describe('the bundled ingest worker (scripts/build-bundles.ts)', () => {
  it('annotates a document as the pipeline does in this thread', async () => {
    // Inside the package, as in dist/, so that the bundle finds the package root and its models.
    const outfile = join(packageRoot(), 'node_modules', '.cache', 'dyad-test', 'store', 'pipeline-worker.bundle.js');
    await buildWorker(join(packageRoot(), 'src', 'store', 'pipeline-worker.ts'), outfile);
    const doc = createDocument('GENEVA, March 3 (Reuters) - The foreign ministers of France and Iran met in Geneva on Tuesday and agreed to talk again.', { origin: { location: 'test', format: 'text' } });
    const pool = createPipelinePool(1, { worker: pathToFileURL(outfile), shareModels: true });
    try {
      expect(await pool.run(doc)).toEqual(annotateForStore(doc, defaultPipeline()));
    } finally {
      await pool.close();
    }
  });
});
