/**
 * Rewrite the key tables of model files from UTF-16 offsets (`starts`) to byte offsets
 * (`byteStarts`, `core/key-table.ts`) without rebuilding or retraining (#13): each table's keys and
 * values are read back in entry order and laid out again, and the script checks that the new table
 * holds the same entries in the same order. The asset version becomes the one this code reads
 * (`ACTORS_KB`, `NER_MODEL`); kind and source are kept. Tables already in byte offsets are left
 * alone, so running it twice changes nothing.
 * Usage: `tsx scripts/ml/repack-key-tables.ts [file …]` (default: the actor knowledge base and the entity model).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { assetPath, encodeAsset, splitAsset } from '../../src/core/assets.js';
import { KeyTable } from '../../src/core/key-table.js';
import { decodeModelFile, encodeModelFile, type ModelFile } from '../../src/ml/model-file.js';
import { ACTORS_KB } from '../../src/stages/actors/kb.js';
import { NER_MODEL } from '../../src/stages/entities/model.js';

const VERSIONS: Readonly<Record<string, number | null>> = { [ACTORS_KB.kind]: ACTORS_KB.version, [NER_MODEL.kind]: NER_MODEL.version };
const DEFAULT_FILES = [assetPath('models', 'actors', 'kb.bin'), assetPath('models', 'entities', 'ner.bin.gz')];

/** The prefixes of the key tables stored with UTF-16 offsets. */
function oldTablePrefixes(sections: ModelFile['sections']): string[] {
  return Object.keys(sections)
    .filter((name) => name.endsWith('valueStarts') && sections[name.slice(0, -'valueStarts'.length) + 'starts'] instanceof Uint32Array)
    .map((name) => name.slice(0, -'valueStarts'.length));
}

/** A table's entries from its old sections: keys cut from the decoded text at UTF-16 offsets. */
function oldEntries(sections: ModelFile['sections'], prefix: string): [string, number[]][] {
  const bytes = sections[prefix + 'text'] as Uint8Array;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const [starts, values, valueStarts] = (['starts', 'values', 'valueStarts'] as const).map((name) => sections[prefix + name] as Uint32Array);
  if (starts[starts.length - 1] !== text.length) throw new RangeError(`${prefix}: text does not match its offsets`);
  return Array.from({ length: starts.length - 1 }, (_, e) => [text.slice(starts[e], starts[e + 1]), Array.from(values.subarray(valueStarts[e], valueStarts[e + 1]))]);
}

function repack(path: string): void {
  const { header, payload } = splitAsset(readFileSync(path), path);
  const version = VERSIONS[header.kind];
  if (version === undefined || version === null) throw new RangeError(`${path}: kind ${header.kind} holds no key tables this script knows`);
  const file = decodeModelFile(payload);
  const prefixes = oldTablePrefixes(file.sections);
  if (prefixes.length === 0) return void console.log(`${path}: key tables already in byte offsets`);
  const sections = { ...file.sections };
  const before = new Map(prefixes.map((prefix) => [prefix, oldEntries(file.sections, prefix)]));
  for (const [prefix, entries] of before) {
    for (const name of ['text', 'starts', 'slots', 'values', 'valueStarts']) delete sections[prefix + name];
    Object.assign(sections, KeyTable.build(entries).sections(prefix));
  }
  const repacked = encodeModelFile({ meta: file.meta, sections });
  const check = decodeModelFile(repacked);
  for (const [prefix, entries] of before) {
    const table = KeyTable.fromSections(check.sections, prefix);
    if (JSON.stringify([...table.entries()]) !== JSON.stringify(entries)) throw new Error(`${path}: key table ${prefix} changed in repacking`);
    if (!entries.every(([key], e) => table.find(key) === e)) throw new Error(`${path}: key table ${prefix} does not find its own keys`);
  }
  writeFileSync(path, encodeAsset(header.kind, version, header.source, repacked));
  console.log(`${path}: ${header.kind} v${header.version} → v${version}, tables ${prefixes.join(' ')}, ${payload.length} → ${repacked.length} bytes`);
}

for (const path of process.argv.length > 2 ? process.argv.slice(2) : DEFAULT_FILES) repack(path);
