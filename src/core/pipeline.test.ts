import { describe, expect, it } from 'vitest';
import { makeDoc } from './document.js';
import { DyadError } from './errors.js';
import { createPipeline } from './pipeline.js';
import { defineStage } from './stage.js';

declare module './layers.js' {
  interface Layers {
    testUpper: string;
    testLength: number;
    testWords: string[];
    testCount: number;
  }
}

const upper = defineStage({ name: 'upper', assigns: ['testUpper'], requires: [], run: (doc) => doc.text.toUpperCase() });
const length = defineStage({
  name: 'length',
  assigns: ['testLength'],
  requires: ['testUpper'],
  run: (doc, ctx) => {
    if (doc.text.length > 5) ctx.report({ ruleId: 'test/long', reason: 'long text', span: { start: 5, end: doc.text.length } });
    return doc.layers.testUpper.length;
  },
});
/** A joint stage: two layers from one pass. */
const words = defineStage({
  name: 'words',
  assigns: ['testWords', 'testCount'],
  requires: [],
  optional: ['testUpper'],
  run: (doc) => {
    const found = (doc.layers.testUpper ?? doc.text).split(' ');
    return { testWords: found, testCount: found.length };
  },
});

describe('createPipeline', () => {
  it('fails with E005 naming both stages when a required layer is assigned only later', () => {
    expect(() => createPipeline([length, upper])).toThrow(
      'E005: Stage "length" requires layer "testUpper", but stage "upper" produces it later: move "upper" before "length".',
    );
  });

  it('fails with E001 when no stage assigns a required layer', () => {
    expect(() => createPipeline([length])).toThrow(expect.objectContaining({ code: 'E001', params: { stage: 'length', layer: 'testUpper' } }));
  });

  it('accepts a required layer the documents already have', () => {
    expect(createPipeline([length], ['testUpper']).produces).toEqual(['testUpper', 'testLength']);
  });

  it('fails when two stages assign the same layer', () => {
    expect(() => createPipeline([upper, upper])).toThrow(expect.objectContaining({ code: 'E002' }));
  });

  it('warns with W001 when an optional input is assigned after its reader, and the documents carry the warning', () => {
    const pipeline = createPipeline([words, upper]);
    expect(pipeline.warnings).toEqual([
      expect.objectContaining({ ruleId: 'W001', source: 'pipeline', severity: 'warning', reason: expect.stringContaining('W001: Stage "words" reads layer "testUpper" when present, but stage "upper" produces it later') }),
    ]);
    expect(pipeline.run(makeDoc({ text: 'a b' })).diagnostics.map((d) => d.ruleId)).toEqual(['W001']);
  });

  it('does not warn when the optional input comes first or not at all', () => {
    expect(createPipeline([upper, words]).warnings).toEqual([]);
    expect(createPipeline([words]).warnings).toEqual([]);
  });

  it('attaches every layer a joint stage assigns', () => {
    const out = createPipeline([upper, words]).run(makeDoc({ text: 'a b c' }));
    expect(out.layers).toEqual({ testUpper: 'A B C', testWords: ['A', 'B', 'C'], testCount: 3 });
  });

  it('attaches each layer and collects diagnostics with their stage, leaving the input untouched', () => {
    const input = makeDoc({ text: 'abcdefg' });
    const out = createPipeline([upper, length]).run(input);
    expect(out.layers).toEqual({ testUpper: 'ABCDEFG', testLength: 7 });
    expect(out.diagnostics).toEqual([{ ruleId: 'test/long', reason: 'long text', span: { start: 5, end: 7 }, severity: 'warning', source: 'length' }]);
    expect(input.layers).toEqual({});
  });

  it('wraps a stage crash in a coded error naming the stage and document', () => {
    const broken = defineStage({ name: 'upper', assigns: ['testUpper'], requires: [], run: () => { throw new Error('boom'); } });
    const doc = makeDoc({ text: 'x' });
    expect(() => createPipeline([broken]).run(doc)).toThrow(DyadError);
    expect(() => createPipeline([broken]).run(doc)).toThrow(`E003: Stage "upper" failed on document ${doc.id}: boom`);
  });
});

describe('Pipeline.runBatch', () => {
  it('gives each document what run gives it, running each stage over the whole batch before the next', () => {
    const calls: string[] = [];
    const first = defineStage({ name: 'first', assigns: ['testUpper'], requires: [], run: (doc, ctx) => (calls.push(`first ${doc.text}`), upper.run(doc, ctx)) });
    const second = defineStage({ name: 'second', assigns: ['testLength'], requires: ['testUpper'], run: (doc, ctx) => (calls.push(`second ${doc.text}`), length.run(doc, ctx)) });
    const pipeline = createPipeline([first, second]);
    const docs = [makeDoc({ text: 'abcdefg' }), makeDoc({ text: 'xy' })];
    const batch = pipeline.runBatch(docs);
    expect(calls).toEqual(['first abcdefg', 'first xy', 'second abcdefg', 'second xy']);
    expect(batch[0]).toMatchObject({ diagnostics: [{ ruleId: 'test/long', source: 'second' }] });
    expect(batch).toEqual(docs.map((doc) => pipeline.run(doc)));
    expect(docs[0].layers).toEqual({});
  });

  it('puts the coded error in place of a document a stage fails on, and runs no later stage on it', () => {
    const seen: string[] = [];
    const picky = defineStage({ name: 'upper', assigns: ['testUpper'], requires: [], run: (doc) => { if (doc.text === 'bad') throw new Error('boom'); return doc.text; } });
    const after = defineStage({ name: 'length', assigns: ['testLength'], requires: ['testUpper'], run: (doc) => (seen.push(doc.text), doc.text.length) });
    const docs = [makeDoc({ text: 'good' }), makeDoc({ text: 'bad' }), makeDoc({ text: 'fine' })];
    const [good, bad, fine] = createPipeline([picky, after]).runBatch(docs);
    expect(bad).toBeInstanceOf(DyadError);
    expect((bad as DyadError).message).toBe(`E003: Stage "upper" failed on document ${docs[1].id}: boom`);
    expect(seen).toEqual(['good', 'fine']);
    expect([good, fine].map((d) => (d as { layers: object }).layers)).toEqual([{ testUpper: 'good', testLength: 4 }, { testUpper: 'fine', testLength: 4 }]);
  });
});

describe('defineStage', () => {
  it('refuses, with E004, to run on a document without a required layer', () => {
    const doc = makeDoc({ text: 'abc' });
    expect(() => length.run(doc, { report: () => undefined })).toThrow(expect.objectContaining({ code: 'E004', params: { stage: 'length', layer: 'testUpper', docId: doc.id } }));
  });
});
