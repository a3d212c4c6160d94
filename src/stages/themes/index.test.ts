import { describe, expect, it, vi } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { createPipeline } from '../../core/pipeline.js';
import { themes } from './index.js';

function run(text: string) {
  const doc = makeDoc({ text, layers: { sentences: [{ start: 0, end: text.length }], tokens: [{ start: 0, end: text.length, sent: 0 }] } });
  return createPipeline([themes()], ['sentences', 'tokens']).run(doc).layers.themes!;
}

describe('themes stage', () => {
  it('names issue topics', () => {
    const { topics } = run('Ministers discussed arms control and the COVID-19 pandemic; arms control talks resume.');
    expect(topics.map((t) => t.name)).toEqual(expect.arrayContaining(['arms control', 'coronavirus']));
  });

  it.each([
    ['The sides discussed the conflict in Yemen.', 'Yemen'],
    ['They spoke about the crisis in Venezuela and Bolivia.', 'Bolivia'],
    ['Both stressed the Syrian settlement.', 'Syria'],
    ['The ministers discussed the situation on the Korean Peninsula.', 'Korean Peninsula'],
  ])('names a place in the news: %s', (text, place) => {
    expect(run(text).topics).toContainEqual(expect.objectContaining({ name: place, kind: 'place' }));
  });

  it('does not make a topic of a place merely named', () => {
    expect(run('The minister flew to Yemen on Tuesday.').topics.map((t) => t.name)).not.toContain('Yemen');
  });

  it('gives document contexts with evidence', () => {
    const { contexts } = run('The army and the navy held military drills.');
    expect(contexts[0]).toMatchObject({ context: 'military', score: 3 });
  });

  it('reads places in the news without copying its patterns at each region (matchAll copies and compiles a pattern, #13)', () => {
    const text = 'They spoke about the crisis in Venezuela and Bolivia. The conflict in Yemen and the Syrian settlement went on.';
    const matchAll = vi.spyOn(String.prototype, 'matchAll');
    try {
      const places = run(text).topics.filter((t) => t.kind === 'place').map((t) => t.name);
      expect(places).toEqual(expect.arrayContaining(['Venezuela', 'Bolivia', 'Yemen', 'Syria']));
      expect(matchAll).not.toHaveBeenCalled();
    } finally {
      matchAll.mockRestore();
    }
  });
});
