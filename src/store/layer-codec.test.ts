import { describe, expect, it } from 'vitest';
import { decodeLayers, encodeLayers } from './layer-codec.js';

describe('encodeLayers', () => {
  it('turns an array of records with the same scalar keys into columns', () => {
    expect(JSON.parse(encodeLayers({ tokens: [{ start: 0, end: 3, sent: 0 }, { end: 7, start: 4, sent: 0 }] }))).toEqual({
      tokens: { $columns: { start: [0, 4], end: [3, 7], sent: [0, 0] } },
    });
  });

  it.each([
    ['a record with an optional field', [{ start: 0, end: 1 }, { start: 1, end: 2, head: 0 }]],
    ['a record missing a field', [{ start: 0, end: 1 }, { start: 1, other: 2 }]],
    ['a nested value', [{ start: 0, span: { a: 1 } }, { start: 1, span: { a: 2 } }]],
    ['a nested value after the first record', [{ start: 0, span: 1 }, { start: 1, span: [2] }]],
    ['a record that is an array', [{ start: 0 }, [1]]],
    ['a null record', [{ start: 0 }, null]],
    ['one record', [{ start: 0 }]],
  ])('keeps records as they are for %s', (_, layer) => {
    expect(JSON.parse(encodeLayers({ layer }))).toEqual({ layer });
  });

  it('decodes what it encodes', () => {
    const layers = { tokens: [{ start: 0, end: 3, sent: 0 }, { start: 4, end: 7, sent: 1 }], dateline: { agency: 'TASS' }, empty: [] };
    expect(decodeLayers(encodeLayers(layers))).toEqual(layers);
  });
});
