/**
 * Rewrite model files into the current model-file layout (`src/ml/model-file.ts`) without
 * retraining (#13): gzip payloads become uncompressed aligned sections, and linear models stored
 * as trained rows become the slot tables the scorer uses, so loading a model is wrapping views.
 * Every weight stays where it was: the layout is the one `LinearModel` built at load time before,
 * and this script checks that, table by table. Kind, version and source in the asset header are
 * kept. Files already in the layout are left alone, so running it twice changes nothing.
 * Usage: `tsx scripts/ml/repack-models.ts [file …]` (default: every model file under models/).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { assetPath, encodeAsset, splitAsset } from '../../src/core/assets.js';
import { decodeModelFile, encodeModelFile, linearModelOf, linearModelSections } from '../../src/ml/model-file.js';

const ROW_SECTIONS = ['keys', 'offsets', 'entryClass', 'entryWeight'] as const;
const DEFAULT_FILES = [
  ['models', 'syntax', 'pos.bin'],
  ['models', 'syntax', 'deps.bin'],
  ['models', 'entities', 'ner.bin.gz'],
  ['models', 'actors', 'kb.bin'],
].map((parts) => assetPath(...parts));

/** The prefixes under which a model file stores linear models as trained rows. */
function rowModelPrefixes(names: readonly string[]): string[] {
  return names.filter((name) => name.endsWith('entryWeight')).map((name) => name.slice(0, -'entryWeight'.length));
}

function repack(path: string): void {
  const { header, payload } = splitAsset(readFileSync(path), path);
  if (payload.subarray(0, 4).toString('latin1') === 'DMF2') return void console.log(`${path}: already in the current layout`);
  const file = decodeModelFile(payload);
  const meta = { ...(file.meta as Record<string, unknown>) };
  const sections = { ...file.sections };
  for (const prefix of rowModelPrefixes(Object.keys(sections))) {
    const stored = linearModelSections(linearModelOf(file, prefix), prefix);
    for (const name of ROW_SECTIONS) delete sections[prefix + name];
    Object.assign(meta, stored.meta);
    Object.assign(sections, stored.sections);
  }
  const repacked = encodeModelFile({ meta, sections });
  const check = decodeModelFile(repacked);
  for (const prefix of rowModelPrefixes(Object.keys(file.sections))) {
    const [before, after] = [linearModelOf(file, prefix).layout(), linearModelOf(check, prefix).layout()];
    if (!Buffer.from(before.slots.buffer, before.slots.byteOffset, before.slots.byteLength).equals(Buffer.from(after.slots.buffer, after.slots.byteOffset, after.slots.byteLength))) {
      throw new Error(`${path}: ${prefix || 'the'} linear model changed in repacking`);
    }
  }
  writeFileSync(path, encodeAsset(header.kind, header.version, header.source, repacked));
  console.log(`${path}: ${header.kind} v${header.version}, ${payload.length} → ${repacked.length} bytes`);
}

for (const path of process.argv.length > 2 ? process.argv.slice(2) : DEFAULT_FILES) repack(path);
