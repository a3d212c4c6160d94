/**
 * Rewrite the linear models inside model files into the table layout `LinearModel` now chooses,
 * without retraining (#13): a model of at most four classes (the parser's transition model) is
 * laid out dense, every class weight in its slot. The rows are read back from the stored table
 * (`rowsOf`) and laid out again; then every stored row's key is scored by the old and the new
 * table, alone, and every weight must be equal, as must the scores of keys absent from both, in
 * the file as written and read back. The asset header keeps its kind and source and takes the
 * version the code now reads (deps-model v2: the dense table; v3: the parser's tables ordered,
 * `LayoutOptions.ordered`; entities-model v3 and pos-model v2: their tables ordered), so an older
 * build refuses the file (E042) instead of misreading it.
 * Files already in the current layout are left alone.
 * Usage: `tsx scripts/syntax/relayout-models.ts [file …]` (default: the syntax and entity models).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { assetPath, encodeAsset, splitAsset, type AssetKind } from '../../src/core/assets.js';
import { DENSE_CLASSES, LinearModel, layOut, rowsOf } from '../../src/ml/linear-model.js';
import { decodeModelFile, encodeModelFile, linearModelOf, linearModelSections, type ModelFile } from '../../src/ml/model-file.js';
import { DEPS_MODEL } from '../../src/stages/deps/deps-model.js';
import { NER_MODEL } from '../../src/stages/entities/model.js';
import { POS_MODEL } from '../../src/stages/pos/pos-model.js';
import { seededRandom } from '../seeded-random.js';
import { checkRowScores } from './rewritten-rows.js';

const KINDS: readonly AssetKind<unknown>[] = [POS_MODEL, DEPS_MODEL, NER_MODEL];
const DEFAULT_FILES = [
  ['models', 'syntax', 'pos.bin'],
  ['models', 'syntax', 'deps.bin'],
  ['models', 'entities', 'ner.bin.gz'],
].map((parts) => assetPath(...parts));
/**
 * The kinds whose tables are laid out ordered (#13): the parser's, and since session 31 the entity
 * model's and the tagger's (before, the tagger's measured `pos` −1%, noise; with the stages run
 * over batches of documents, −3 to −4% in two interleaved runs, `docs/scaling.md`).
 */
const ORDERED_KINDS: ReadonlySet<string> = new Set([DEPS_MODEL.kind, NER_MODEL.kind, POS_MODEL.kind]);
/** Keys drawn at random to check that both tables score an absent key alike (as nothing, nearly always). */
const RANDOM_KEYS = 200_000;

/** The prefixes under which a model file stores laid-out linear models (key tables have slots but no classes). */
function tablePrefixes(file: ModelFile): string[] {
  const meta = file.meta as Record<string, unknown>;
  return Object.keys(file.sections)
    .filter((name) => name.endsWith('slots'))
    .map((name) => name.slice(0, -'slots'.length))
    .filter((prefix) => Array.isArray(meta[prefix + 'classes']));
}

function relayout(path: string): void {
  const { header, payload } = splitAsset(readFileSync(path), path);
  const kind = KINDS.find((k) => k.kind === header.kind);
  if (!kind || kind.version === null) throw new Error(`${path}: ${header.kind} is not a model kind this script knows`);
  const file = decodeModelFile(payload);
  const meta = { ...(file.meta as Record<string, unknown>) };
  const sections = { ...file.sections };
  const changed: string[] = [];
  const ordered = ORDERED_KINDS.has(header.kind);
  for (const prefix of tablePrefixes(file)) {
    const stored = linearModelOf(file, prefix).layout();
    if (stored.dense === stored.classes.length <= DENSE_CLASSES && (stored.homeSlots !== undefined) === ordered) continue;
    const table = linearModelSections(new LinearModel({ ...layOut(rowsOf(stored), { ordered }), rows: stored.rows, weights: stored.weights }), prefix);
    delete meta[prefix + 'dense'];
    delete meta[prefix + 'homeSlots'];
    Object.assign(meta, table.meta);
    Object.assign(sections, table.sections);
    changed.push(`${prefix || 'model'} → ${ordered ? 'ordered ' : ''}${stored.classes.length <= DENSE_CLASSES ? 'dense' : 'sparse'}`);
  }
  if (changed.length === 0 && header.version === kind.version) return void console.log(`${path}: already in the current layout`);
  const written = encodeModelFile({ meta, sections });
  const check = decodeModelFile(written);
  const random = seededRandom(20261202);
  const absent = Uint32Array.from({ length: RANDOM_KEYS }, () => Math.floor(random() * 4294967296));
  for (const prefix of tablePrefixes(file)) {
    const [before, after] = [linearModelOf(file, prefix), linearModelOf(check, prefix)];
    checkRowScores(`${path} ${prefix}`, before, after, before.classes.length, rowsOf(before.layout()).keys);
    checkRowScores(`${path} ${prefix} (random keys)`, before, after, before.classes.length, absent);
    if (JSON.stringify(before.size) !== JSON.stringify(after.size)) throw new Error(`${path} ${prefix}: size changed`);
  }
  writeFileSync(path, encodeAsset(header.kind, kind.version, header.source, written));
  console.log(`${path}: ${header.kind} v${header.version} → v${kind.version}, ${changed.join(', ') || 'version only'}; ${payload.length} → ${written.length} bytes, every row's weights checked`);
}

for (const path of process.argv.length > 2 ? process.argv.slice(2) : DEFAULT_FILES) relayout(path);
