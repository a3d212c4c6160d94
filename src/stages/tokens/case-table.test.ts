import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assetPath } from '../../core/assets.js';
import { caseTableOf } from './case-table.js';

/** The model as a Map, as the loader built it before #13: the reference the table must answer like. */
function parseCaseModel(text: string): Map<string, string> {
  const model = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    if (tab < 0) model.set(line, line.split(' ').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' '));
    else model.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return model;
}

const SAMPLE = '# word or pair [TAB form]\nvenezuela\nworld bank\nu.s.\tU.S.\nmcdonald\tMcDonald\nzürich\n';

describe('caseTableOf', () => {
  it.each([
    ['venezuela', 'Venezuela'],
    ['world bank', 'World Bank'],
    ['u.s.', 'U.S.'],
    ['mcdonald', 'McDonald'],
    ['zürich', 'Zürich'],
    ['caracas', undefined],
    ['# word or pair [tab form]', undefined],
  ])('answers %j as the parsed map does (%j)', (word, form) => {
    expect(caseTableOf(Buffer.from(SAMPLE)).get(word)).toBe(form);
    expect(parseCaseModel(SAMPLE).get(word)).toBe(form);
  });

  it('gives the shipped model the same form for every word and pair as the parsed map', () => {
    const payload = readFileSync(assetPath('models', 'truecase', 'truecase.tsv'));
    const map = parseCaseModel(payload.toString('utf8'));
    const table = caseTableOf(payload);
    const differ = [...map].filter(([word, form]) => table.get(word) !== form);
    expect(differ).toEqual([]);
    expect(map.size).toBeGreaterThan(10_000);
  });
});
