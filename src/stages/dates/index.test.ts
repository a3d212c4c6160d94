import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { createPipeline } from '../../core/pipeline.js';
import { dates } from './index.js';

function run(text: string, meta: { date?: string } = {}, extra: Record<string, unknown> = {}) {
  const doc = makeDoc({ text, meta, layers: { sentences: [{ start: 0, end: text.length }], tokens: [{ start: 0, end: text.length, sent: 0 }], ...extra } });
  return createPipeline([dates()], ['sentences', 'tokens']).run(doc);
}

describe('dates stage', () => {
  it('normalises against the publication date in the document meta', () => {
    const doc = run('The Kremlin said on Friday.', { date: '2020-06-26' });
    expect(doc.layers.dates).toEqual([
      expect.objectContaining({ start: 20, end: 26, type: 'date', value: '2020-06-26', granularity: 'day', relative: true }),
    ]);
  });

  it('falls back to the dateline publication date', () => {
    const doc = run('The Kremlin said on Friday.', {}, { dateline: { published: '2020-06-26', sections: [], body: { start: 0, end: 27 } } });
    expect(doc.layers.dates?.[0].value).toBe('2020-06-26');
  });

  it('reports a missing publication date', () => {
    const doc = run('The Kremlin said on Friday.');
    expect(doc.layers.dates).toEqual([]);
    expect(doc.diagnostics.map((d) => d.ruleId)).toContain('dates/no-publication-date');
  });

  it('does not read the dateline date', () => {
    const text = 'MOSCOW, June 26. /TASS/. Talks went on.';
    const doc = run(text, { date: '2020-06-26' }, { dateline: { span: { start: 0, end: 24 }, sections: [], body: { start: 25, end: text.length } } });
    expect(doc.layers.dates).toEqual([]);
  });
});
