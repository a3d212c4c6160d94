/**
 * One-off migration (#11): rewrite the committed model files into the single asset format
 * (`src/core/assets.ts`) without retraining, so every tag, arc and entity stays the same.
 * - `pos.bin`, `deps.bin`: their bytes already are model-file payloads; they are checked against
 *   the old `SHA256SUMS` and wrapped in a header.
 * - `ner.bin.gz` (format `dyad-ner/1`): decoded with its embedded checksum, its weights stored as
 *   a standard linear model (labels widened from u8 to u16) with the same keys and weights.
 * - kb.json (since replaced by kb.bin, built by `npm run build:actors`), lexicon.json, gazetteer.tsv, phoenix-lexicon.tsv: wrapped in a header unchanged.
 * - `ner.bin.gz` as `entities-model` v1 (#13): its gazetteer and word classes, line-per-entry strings
 *   in the metadata, become the pre-indexed key tables of v2; weights unchanged.
 * Files that already carry a header are left alone, so running it twice changes nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { assetPath, sha256, splitAsset, type AssetKind } from '../../src/core/assets.js';
import { KeyTable } from '../../src/core/key-table.js';
import type { LinearModelData } from '../../src/ml/linear-model.js';
import { decodeModelFile, encodeModelFile } from '../../src/ml/model-file.js';
import { DEPS_MODEL } from '../../src/stages/deps/deps-model.js';
import { clusterTable } from '../../src/stages/entities/features.js';
import { Gazetteer } from '../../src/stages/entities/gazetteer.js';
import { NER_CLASSES, NER_MODEL, nerModelFile } from '../../src/stages/entities/model.js';
import { EVENTS_LEXICON } from '../../src/stages/events/lexicon.js';
import { PLACES_GAZETTEER } from '../../src/stages/places/gazetteer.js';
import { POS_MODEL } from '../../src/stages/pos/pos-model.js';
import { THEMES_LEXICON } from '../../src/stages/themes/lexicon.js';
import { SOURCES, writeAsset } from '../write-asset.js';

const isConverted = (bytes: Buffer) => bytes.subarray(0, 12).toString('latin1') === '#dyad-asset ';

function wrap(path: string, kind: AssetKind<unknown>, source: string, payload: (bytes: Buffer) => Buffer): void {
  const bytes = readFileSync(path);
  if (isConverted(bytes)) return void console.log(`${path}: already converted`);
  writeAsset(path, kind, source, payload(bytes));
  console.log(`${path}: ${kind.kind} v${kind.version}`);
}

const syntax = assetPath('models', 'syntax');
const sumsPath = join(syntax, 'SHA256SUMS');
if (existsSync(sumsPath)) {
  const sums = readFileSync(sumsPath, 'utf8');
  const checked = (name: string) => (bytes: Buffer) => {
    if (!sums.includes(`${sha256(bytes)}  ${name}`)) throw new Error(`${name} does not match SHA256SUMS`);
    return bytes;
  };
  wrap(join(syntax, 'pos.bin'), POS_MODEL, SOURCES.syntax, checked('pos.bin'));
  wrap(join(syntax, 'deps.bin'), DEPS_MODEL, SOURCES.syntax, checked('deps.bin'));
  rmSync(sumsPath);
}

wrap(assetPath('models', 'entities', 'ner.bin.gz'), NER_MODEL, SOURCES.entities, (bytes) => {
  let raw = gunzipSync(bytes);
  const length = raw.readUInt32LE(0);
  const header = JSON.parse(raw.subarray(4, 4 + length).toString('utf8')) as {
    format: string; labels: number; temperature: number; features: number; entries: number; sha256: string; gazetteer: string; clusters: string;
  };
  raw = raw.subarray(4 + length);
  if (header.format !== 'dyad-ner/1' || header.labels !== NER_CLASSES.length) throw new Error(`unexpected NER format ${header.format}`);
  if (createHash('sha256').update(raw).digest('hex') !== header.sha256) throw new Error('NER weights do not match their checksum');
  const n = header.features;
  const m = header.entries;
  const body = new Uint8Array(raw);
  const weights = {
    classes: NER_CLASSES,
    keys: new Uint32Array(body.buffer, 0, n).slice(),
    offsets: new Uint32Array(body.buffer, 4 * n, n + 1).slice(),
    entryWeight: new Int16Array(body.buffer, 8 * n + 4, m).slice(),
    entryClass: Uint16Array.from(new Uint8Array(body.buffer, 8 * n + 4 + 2 * m, m)),
  };
  return nerV2(weights, header.temperature, header.gazetteer, header.clusters);
});

/** The v2 entity model of v1's parts: `key<TAB>bits` gazetteer lines, `word<TAB>class class` lines. */
function nerV2(weights: LinearModelData, temperature: number, gazetteer: string, clusters: string): Buffer {
  const cells = (text: string) => text.split('\n').map((line) => [line.slice(0, line.lastIndexOf('\t')), line.slice(line.lastIndexOf('\t') + 1)] as const);
  const gaz = Gazetteer.fromTable(KeyTable.build(cells(gazetteer).map(([key, bits]) => [key, [Number(bits)]] as const)));
  const classes = clusterTable(cells(clusters).map(([word, c]) => [word, c.split(' ').map(Number)] as const));
  return encodeModelFile(nerModelFile({ weights, temperature, gazetteer: gaz, clusters: classes }));
}

const nerPath = assetPath('models', 'entities', 'ner.bin.gz');
const ner = splitAsset(readFileSync(nerPath), nerPath);
if (ner.header.kind === NER_MODEL.kind && ner.header.version === 1) {
  const file = decodeModelFile(ner.payload);
  const meta = file.meta as { classes: string[]; temperature: number; gazetteer: string; clusters: string };
  const s = file.sections as { keys: Uint32Array; offsets: Uint32Array; entryClass: Uint16Array; entryWeight: Int16Array };
  const weights = { classes: meta.classes, keys: s.keys, offsets: s.offsets, entryClass: s.entryClass, entryWeight: s.entryWeight };
  writeAsset(nerPath, NER_MODEL, SOURCES.entities, nerV2(weights, meta.temperature, meta.gazetteer, meta.clusters));
  console.log(`${nerPath}: ${NER_MODEL.kind} v1 → v${NER_MODEL.version}`);
}

wrap(assetPath('models', 'events', 'lexicon.json'), EVENTS_LEXICON, SOURCES.events, (bytes) => bytes);
wrap(assetPath('models', 'places', 'gazetteer.tsv'), PLACES_GAZETTEER, SOURCES.places, (bytes) => bytes);
wrap(assetPath('models', 'themes', 'phoenix-lexicon.tsv'), THEMES_LEXICON, SOURCES.themes, (bytes) => bytes);
