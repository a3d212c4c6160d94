import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../core/assets.js';
import { LinearModel } from './linear-model.js';
import { decodeModelFile, encodeModelFile, linearModelOf, linearModelSections } from './model-file.js';

const file = {
  meta: { classes: ['a', 'b'] },
  sections: { keys: Uint32Array.from([7, 4294967295]), bytes: Uint8Array.from([1, 2, 3]), weights: Int16Array.from([-32768, 5, 32767]) },
};

/** A payload in the layout before #13: gzip of header length, header and unpadded sections. */
function gzipLayout(header: unknown, body: Buffer): Buffer {
  const json = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  return gzipSync(Buffer.concat([length, json, body]));
}

describe('model files', () => {
  it('decode to the same metadata and typed arrays', () => {
    const decoded = decodeModelFile(encodeModelFile(file));
    expect(decoded.meta).toEqual(file.meta);
    expect(decoded.sections.keys).toEqual(file.sections.keys);
    expect(decoded.sections.bytes).toEqual(file.sections.bytes);
    expect(decoded.sections.weights).toEqual(file.sections.weights);
  });

  it('view the sections in place, each at a multiple of 8 bytes', () => {
    const bytes = encodeModelFile(file);
    const decoded = decodeModelFile(bytes);
    for (const section of Object.values(decoded.sections)) {
      expect(section.buffer).toBe(bytes.buffer);
      expect(section.byteOffset % 8).toBe(0);
    }
  });

  it('copy a payload that does not start at a multiple of 8 bytes, once', () => {
    const bytes = encodeModelFile(file);
    const unaligned = Buffer.concat([Buffer.from('x'), bytes]).subarray(1);
    expect(decodeModelFile(unaligned).sections.weights).toEqual(file.sections.weights);
  });

  it('view shared memory as shared memory', () => {
    const bytes = encodeModelFile(file);
    const shared = Buffer.from(new SharedArrayBuffer(bytes.length));
    bytes.copy(shared);
    expect(decodeModelFile(shared).sections.keys.buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  it('encode deterministically', () => {
    expect(sha256(encodeModelFile(file))).toBe(sha256(encodeModelFile(file)));
  });

  it('refuse a section that runs past the end of the file', () => {
    const bytes = encodeModelFile(file);
    expect(() => decodeModelFile(bytes.subarray(0, bytes.length - 8))).toThrow(/weights runs past the end/);
  });

  it('refuse bytes that are not a model file', () => {
    expect(() => decodeModelFile(Buffer.from('{"meta":{}}'))).toThrow(/not a model file/);
  });

  it('read the gzip layout of models written before #13', () => {
    const body = Buffer.concat([Buffer.from(file.sections.keys.buffer), Buffer.from(file.sections.weights.buffer)]);
    const header = { meta: file.meta, sections: [{ name: 'keys', kind: 'u32', length: 2 }, { name: 'weights', kind: 'i16', length: 3 }] };
    const decoded = decodeModelFile(gzipLayout(header, body));
    expect(decoded.sections.keys).toEqual(file.sections.keys);
    expect(decoded.sections.weights).toEqual(file.sections.weights);
    expect(() => decodeModelFile(gzipLayout({ meta: {}, sections: [{ name: 'keys', kind: 'u32', length: 1000 }] }, Buffer.alloc(8)))).toThrow(/keys runs past the end/);
  });

  const data = { classes: ['x', 'y'], keys: Uint32Array.from([3]), offsets: Uint32Array.from([0, 1]), entryClass: Uint16Array.from([1]), entryWeight: Int16Array.from([4]) };

  it('store linear models under a prefix, several per file', () => {
    const a = linearModelSections(data, 'a.');
    const b = linearModelSections({ ...data, classes: ['z'] }, 'b.');
    const decoded = decodeModelFile(encodeModelFile({ meta: { ...a.meta, ...b.meta }, sections: { ...a.sections, ...b.sections } }));
    const model: LinearModel = linearModelOf(decoded, 'a.');
    const scores = new Float64Array(2);
    model.addScores(Uint32Array.from([3]), 0, 1, scores);
    expect(Array.from(scores)).toEqual([0, 4]);
    expect(model.size).toEqual({ rows: 1, weights: 1 });
    expect(linearModelOf(decoded, 'b.').classes).toEqual(['z']);
  });

  it('read linear models stored as trained rows, as files before #13 hold them', () => {
    const decoded = decodeModelFile(encodeModelFile({ meta: { classes: data.classes }, sections: { keys: data.keys, offsets: data.offsets, entryClass: data.entryClass, entryWeight: data.entryWeight } }));
    const scores = new Float64Array(2);
    linearModelOf(decoded).addScores(Uint32Array.from([3, 9]), 0, 2, scores);
    expect(Array.from(scores)).toEqual([0, 4]);
  });

  it('keep a dense table dense, and read a few-class table stored sparse (before the dense layout) as sparse', () => {
    const four = { ...data, classes: ['a', 'b', 'c', 'd'] };
    const dense = linearModelSections(four);
    expect(dense.meta.dense).toBe(true);
    const sparse = new LinearModel({ ...four, classes: ['a', 'b', 'c', 'd', 'e'] }).layout();
    const stored = { meta: { classes: four.classes, size: { rows: sparse.rows, weights: sparse.weights } }, sections: { slots: sparse.slots, overflow: sparse.overflow } };
    for (const file of [dense, stored]) {
      const model = linearModelOf(decodeModelFile(encodeModelFile(file)));
      expect(model.layout().dense).toBe(file === dense);
      const scores = new Float64Array(4);
      model.addScores(Uint32Array.from([3, 9]), 0, 2, scores);
      expect(Array.from(scores)).toEqual([0, 4, 0, 0]);
    }
  });

  it('keep an ordered table ordered, under its prefix', () => {
    for (const classes of [['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd', 'e']]) {
      const file = linearModelSections({ ...data, classes }, 'p.', { ordered: true });
      expect(typeof file.meta['p.homeSlots']).toBe('number');
      const model = linearModelOf(decodeModelFile(encodeModelFile(file)), 'p.');
      expect(model.layout().homeSlots).toBe(file.meta['p.homeSlots']);
      const scores = new Float64Array(classes.length);
      model.addScores(Uint32Array.from([3, 9, 0xffffffff]), 0, 3, scores);
      expect(Array.from(scores.subarray(0, 2))).toEqual([0, 4]);
    }
  });

  it('refuse a laid-out linear model whose tables are of the wrong type', () => {
    const decoded = decodeModelFile(encodeModelFile({ meta: { classes: ['x'], size: { rows: 0, weights: 0 } }, sections: { slots: new Uint32Array(4), overflow: new Int32Array(0) } }));
    expect(() => linearModelOf(decoded)).toThrow(/not i32/);
  });
});
