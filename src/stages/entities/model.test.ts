import { describe, expect, it } from 'vitest';
import { decodeModelFile, encodeModelFile } from '../../ml/model-file.js';
import { clusterTable } from './features.js';
import { Gazetteer } from './gazetteer.js';
import { LABEL_COUNT } from './labels.js';
import { loadModel, NER_CLASSES, nerModelFile, nerModelOf } from './model.js';

function tinyModel() {
  const gazetteer = new Gazetteer();
  gazetteer.add(0, 'Russia');
  return nerModelFile({
    weights: {
      classes: NER_CLASSES,
      keys: Uint32Array.from([7, 42]),
      offsets: Uint32Array.from([0, 2, 3]),
      entryWeight: Int16Array.from([5, -3, 9]),
      entryClass: Uint16Array.from([1, 4, 2]),
    },
    temperature: 0.5,
    gazetteer,
    clusters: clusterTable([['putin', [3, 17]]]),
  });
}

describe('entity model', () => {
  it('round-trips weights, gazetteer and word classes', () => {
    const model = nerModelOf(decodeModelFile(encodeModelFile(tinyModel())));
    const scores = new Float64Array(LABEL_COUNT);
    model.addScores(Uint32Array.from([42, 7, 99]), 0, 3, scores);
    expect([scores[1], scores[2], scores[4]]).toEqual([5, 9, -3]);
    expect(model.gazetteer.listsOf(['russia'])).toBe(1);
    const putin = model.clusters.find('putin');
    expect([model.clusters.value(putin, 0), model.clusters.value(putin, 1)]).toEqual([3, 17]);
    expect(model.temperature).toBe(0.5);
  });

  it('refuses a model trained for another label set', () => {
    const file = tinyModel();
    const other = { ...file, meta: { ...(file.meta as object), classes: ['O', 'U-PERSON'] } };
    expect(() => nerModelOf(other)).toThrow(/labels O U-PERSON/);
  });

  it('reports a missing file with E040', () => {
    expect(() => loadModel('/nonexistent/ner.bin.gz')).toThrow(expect.objectContaining({ code: 'E040' }));
  });

  it('loads the shipped model, checksum verified', () => {
    const model = loadModel();
    expect(model.weights.size.rows).toBeGreaterThan(10_000);
    expect(model.gazetteer.listsOf(['russia'])).not.toBe(0);
  });
});
