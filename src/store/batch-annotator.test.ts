import { describe, expect, it } from 'vitest';
import { makeDoc } from '../core/document.js';
import { DyadError } from '../core/errors.js';
import { createPipeline } from '../core/pipeline.js';
import { defineStage } from '../core/stage.js';
import { BatchAnnotator } from './batch-annotator.js';
import { annotateForStore } from './pipeline-pool.js';

describe('BatchAnnotator', () => {
  it('annotates nothing until flushed, then each waiting document as annotateForStore does', async () => {
    const seen: string[] = [];
    const pipeline = createPipeline([
      defineStage({ name: 'tokens', assigns: ['tokens'], requires: [], run: (doc) => (seen.push(doc.text), []) }),
    ]);
    const annotator = new BatchAnnotator(pipeline);
    const docs = [makeDoc({ text: 'one' }), makeDoc({ text: 'two' })];
    const results = docs.map((doc) => annotator.run(doc));
    expect(seen).toEqual([]);
    annotator.flush();
    expect(seen).toEqual(['one', 'two']);
    expect(await Promise.all(results)).toEqual(docs.map((doc) => annotateForStore(doc, pipeline)));
    annotator.flush();
    expect(seen).toHaveLength(4);
  });

  it('answers a document the pipeline fails on with its coded error, and the others with their rows', async () => {
    const pipeline = createPipeline([
      defineStage({ name: 'tokens', assigns: ['tokens'], requires: [], run: (doc) => { if (doc.text === 'bad') throw new Error('boom'); return []; } }),
    ]);
    const annotator = new BatchAnnotator(pipeline);
    const results = [makeDoc({ text: 'bad' }), makeDoc({ text: 'good' })].map((doc) => annotator.run(doc));
    annotator.flush();
    const [bad, good] = await Promise.all(results);
    expect(bad).toBeInstanceOf(DyadError);
    expect(good).toMatchObject({ doc: { text: 'good' } });
  });
});
