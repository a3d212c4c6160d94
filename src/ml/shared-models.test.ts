import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetPath, encodeAsset, loadAsset } from '../core/assets.js';
import { wideRows } from './linear-model.js';
import { decodeModelFile, encodeModelFile, linearModelOf, modelKind } from './model-file.js';
import { provideSharedModels, readSharedModels } from './shared-models.js';

const KIND = modelKind('test-model', 1, (file) => file.sections.weights);

/** A models folder with one model file, one text table and the places gazetteer (a table searched as bytes). */
function modelsFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'dyad-models-'));
  mkdirSync(join(root, 'layer'));
  writeFileSync(join(root, 'layer', 'model.bin'), encodeAsset('test-model', 1, 'test', encodeModelFile({ meta: {}, sections: { weights: Int16Array.from([1, -2, 3]) } })));
  writeFileSync(join(root, 'layer', 'table.tsv'), encodeAsset('test-table', 1, 'test', Buffer.from('a\tb\n')));
  writeFileSync(join(root, 'layer', 'gazetteer.tsv'), encodeAsset('places-gazetteer', 1, 'test', Buffer.from('@index\t0\n')));
  return root;
}

describe('shared models', () => {
  it('reads the model files and byte-viewed tables, and only those, into shared memory', () => {
    const root = modelsFolder();
    const models = readSharedModels(root);
    expect(Object.keys(models).sort()).toEqual([join(root, 'layer', 'gazetteer.tsv'), join(root, 'layer', 'model.bin')]);
    expect(models[join(root, 'layer', 'model.bin')].payload.buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  it('builds the entity model\'s wide rows once in shared memory, equal to those a thread builds for itself (#13)', () => {
    const path = assetPath('models', 'entities', 'ner.bin.gz');
    const { payload, wideRows: shared = [] } = readSharedModels()[path];
    const file = decodeModelFile(Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength));
    expect(shared.map(({ slotsByteOffset }) => slotsByteOffset)).toEqual([file.sections.slots.byteOffset]);
    const own = wideRows(linearModelOf(file).layout())!;
    expect(shared[0].wide.lanes.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(Buffer.from(shared[0].wide.keys.buffer).equals(Buffer.from(own.keys.buffer))).toBe(true);
    expect(Buffer.from(shared[0].wide.lanes.buffer).equals(Buffer.from(own.lanes.buffer))).toBe(true);
  });

  it('serve a provided model from the shared buffer, its arrays viewing that memory', () => {
    const root = modelsFolder();
    const models = readSharedModels(root);
    provideSharedModels(structuredClone(models));
    const weights = loadAsset(KIND, join(root, 'layer', 'model.bin'));
    expect(Array.from(weights)).toEqual([1, -2, 3]);
    expect(weights.buffer).toBeInstanceOf(SharedArrayBuffer);
  });
});
