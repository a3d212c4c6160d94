import { describe, expect, it } from 'vitest';
import { makeDoc } from './document.js';
import { DyadError } from './errors.js';
import { createPipeline } from './pipeline.js';
import { defineStage, type Stage } from './stage.js';

declare module './layers.js' {
  interface Layers {
    testUpper: string;
    testLength: number;
  }
}

const upper = defineStage({ name: 'testUpper', requires: [], run: (doc) => doc.text.toUpperCase() });
const length = defineStage({
  name: 'testLength',
  requires: ['testUpper'],
  run: (doc, ctx) => {
    if (doc.text.length > 5) ctx.report({ ruleId: 'test/long', reason: 'long text', span: { start: 5, end: doc.text.length } });
    return doc.layers.testUpper!.length;
  },
});

describe('createPipeline', () => {
  it('fails when built if a stage requires a layer no earlier stage produces', () => {
    expect(() => createPipeline([length as Stage, upper as Stage])).toThrow(expect.objectContaining({ code: 'E001' }));
  });

  it('fails when two stages produce the same layer', () => {
    expect(() => createPipeline([upper as Stage, upper as Stage])).toThrow(expect.objectContaining({ code: 'E002' }));
  });

  it('attaches each layer and collects diagnostics with their stage, leaving the input untouched', () => {
    const input = makeDoc({ text: 'abcdefg' });
    const out = createPipeline([upper as Stage, length as Stage]).run(input);
    expect(out.layers).toEqual({ testUpper: 'ABCDEFG', testLength: 7 });
    expect(out.diagnostics).toEqual([{ ruleId: 'test/long', reason: 'long text', span: { start: 5, end: 7 }, severity: 'warning', source: 'testLength' }]);
    expect(input.layers).toEqual({});
  });

  it('wraps a stage crash in a coded error naming the stage and document', () => {
    const broken = defineStage({ name: 'testUpper', requires: [], run: () => { throw new Error('boom'); } });
    const doc = makeDoc({ text: 'x' });
    expect(() => createPipeline([broken as Stage]).run(doc)).toThrow(DyadError);
    expect(() => createPipeline([broken as Stage]).run(doc)).toThrow(`E003: Stage "testUpper" failed on document ${doc.id}: boom`);
  });
});
