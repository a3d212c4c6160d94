import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../core/assets.js';
import { LinearModel } from './linear-model.js';
import { decodeModelFile, encodeModelFile, linearModelOf, linearModelSections } from './model-file.js';

const file = {
  meta: { classes: ['a', 'b'] },
  sections: { keys: Uint32Array.from([7, 4294967295]), weights: Int16Array.from([-32768, 5, 32767]) },
};

describe('model files', () => {
  it('decode to the same metadata and typed arrays', () => {
    const decoded = decodeModelFile(encodeModelFile(file));
    expect(decoded.meta).toEqual(file.meta);
    expect(decoded.sections.keys).toEqual(file.sections.keys);
    expect(decoded.sections.weights).toEqual(file.sections.weights);
  });

  it('encode deterministically', () => {
    expect(sha256(encodeModelFile(file))).toBe(sha256(encodeModelFile(file)));
  });

  it('refuse a section that runs past the end of the file', () => {
    const json = Buffer.from(JSON.stringify({ meta: {}, sections: [{ name: 'keys', kind: 'u32', length: 1000 }] }));
    const length = Buffer.alloc(4);
    length.writeUInt32LE(json.length);
    expect(() => decodeModelFile(gzipSync(Buffer.concat([length, json, Buffer.alloc(8)])))).toThrow(/keys runs past the end/);
  });

  it('store linear models under a prefix, several per file', () => {
    const data = { classes: ['x', 'y'], keys: Uint32Array.from([3]), offsets: Uint32Array.from([0, 1]), entryClass: Uint16Array.from([1]), entryWeight: Int16Array.from([4]) };
    const a = linearModelSections(data, 'a.');
    const b = linearModelSections({ ...data, classes: ['z'] }, 'b.');
    const decoded = decodeModelFile(encodeModelFile({ meta: { ...a.meta, ...b.meta }, sections: { ...a.sections, ...b.sections } }));
    const model: LinearModel = linearModelOf(decoded, 'a.');
    const scores = new Float64Array(2);
    model.addScores(Uint32Array.from([3]), 0, 1, scores);
    expect(Array.from(scores)).toEqual([0, 4]);
    expect(linearModelOf(decoded, 'b.').classes).toEqual(['z']);
  });
});
