/**
 * Prune the shipped tagger's small weights (`tagger-pruning.ts`) without retraining (#13): the
 * pruning `npm run train:syntax` applies to its export, rows sorted by key as the export has them,
 * so the file is what a retrain writes. Every kept weight is checked: each stored row's key is
 * scored by the old and the new model, alone, and must give the old weights without those below
 * the threshold. The asset header (kind, version, source) is kept: the format is unchanged.
 * Pruning twice changes nothing.
 * Usage: `tsx scripts/syntax/prune-models.ts`
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { assetPath, encodeAsset, splitAsset } from '../../src/core/assets.js';
import { LinearModel, rowsOf } from '../../src/ml/linear-model.js';
import { decodeModelFile, encodeModelFile, linearModelOf, linearModelSections } from '../../src/ml/model-file.js';
import { pruneWeights } from '../../src/ml/prune-weights.js';
import { TAGGER_MIN_WEIGHT } from './tagger-pruning.js';

/** Throw unless `after` scores every key of `before` as `before` does with weights below `min` left out. */
function checkPruned(before: LinearModel, after: LinearModel, min: number): void {
  const one = new Uint32Array(1);
  const a = new Float64Array(before.classes.length);
  const b = new Float64Array(after.classes.length);
  for (const key of rowsOf(before.layout()).keys) {
    one[0] = key;
    a.fill(0);
    b.fill(0);
    before.addScores(one, 0, 1, a);
    after.addScores(one, 0, 1, b);
    for (let c = 0; c < a.length; c++) {
      const expected = Math.abs(a[c]) < min ? 0 : a[c];
      if (b[c] !== expected) throw new Error(`key ${key} class ${c}: ${a[c]} before, ${b[c]} after`);
    }
  }
}

const path = assetPath('models', 'syntax', 'pos.bin');
const { header, payload } = splitAsset(readFileSync(path), path);
const file = decodeModelFile(payload);
const before = linearModelOf(file);
const after = new LinearModel(pruneWeights(rowsOf(before.layout()), TAGGER_MIN_WEIGHT));
checkPruned(before, after, TAGGER_MIN_WEIGHT);
const table = linearModelSections(after);
const written = encodeModelFile({ meta: { ...(file.meta as Record<string, unknown>), ...table.meta }, sections: { ...file.sections, ...table.sections } });
writeFileSync(path, encodeAsset(header.kind, header.version, header.source, written));
console.log(
  `pos.bin: ${before.size.rows} → ${after.size.rows} rows, ${before.size.weights} → ${after.size.weights} weights; ` +
    `${payload.length} → ${written.length} bytes, every kept weight checked`,
);
