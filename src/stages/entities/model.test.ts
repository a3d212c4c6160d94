import { gzipSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DyadError } from '../../core/errors.js';
import { Gazetteer } from './gazetteer.js';
import { LABEL_COUNT } from './labels.js';
import { decodeModel, encodeModel, loadModel } from './model.js';

function tinyModel(): Buffer {
  const gazetteer = new Gazetteer();
  gazetteer.add(0, 'Russia');
  return encodeModel({
    keys: Uint32Array.from([7, 42]),
    starts: Uint32Array.from([0, 2, 3]),
    weights: Int16Array.from([5, -3, 9]),
    labels: Uint8Array.from([1, 4, 2]),
    temperature: 0.5,
    gazetteer,
    clusters: new Map([['putin', [3, 17]]]),
  });
}

describe('model file', () => {
  it('round-trips weights, gazetteer and word classes', () => {
    const model = decodeModel(tinyModel(), 'tiny');
    const scores = new Int32Array(LABEL_COUNT);
    model.addScores(Uint32Array.from([42, 7, 99]), 0, 3, scores);
    expect([scores[1], scores[2], scores[4]]).toEqual([5, 9, -3]);
    expect(model.gazetteer.listsOf(['russia'])).toBe(1);
    expect(model.clusters.get('putin')).toEqual([3, 17]);
    expect(model.temperature).toBe(0.5);
  });

  it('rejects a file whose weights do not match the checksum', () => {
    const raw = gunzipSync(tinyModel());
    raw[raw.length - 1] ^= 0xff;
    expect(() => decodeModel(gzipSync(raw), 'bad')).toThrow(expect.objectContaining({ code: 'E041' }));
  });

  it('rejects bytes that are not a model', () => {
    expect(() => decodeModel(Buffer.from('not a model'), 'junk')).toThrow(DyadError);
  });

  it('reports a missing file with E040', () => {
    expect(() => loadModel('/nonexistent/ner.bin.gz')).toThrow(expect.objectContaining({ code: 'E040' }));
  });

  it('loads the shipped model, checksum verified', () => {
    const model = loadModel();
    expect(model.size.features).toBeGreaterThan(10_000);
    expect(model.gazetteer.listsOf(['russia'])).not.toBe(0);
  });
});
