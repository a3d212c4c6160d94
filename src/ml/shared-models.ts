/**
 * Model files in shared memory, for worker threads (#13). A model's loaded form is views over its
 * file's bytes (`model-file.ts`), so when the main thread reads every model file once into a
 * SharedArrayBuffer and hands the buffers to its workers, all workers score with the same memory
 * instead of each holding a 31 MB copy of the tagger, parser, entity model and actor knowledge base.
 * The entity model's wide rows, which it builds at load, are built here once in shared memory too.
 * Key tables (the actor knowledge base's, the entity gazetteer and word classes) search the file's
 * UTF-8 bytes in place (`core/key-table.ts`), so their ~10 MB of key text is held once, not per thread.
 * The same goes for a built text table whose loaded form keeps searching the file's bytes.
 */
import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { assetHeaderKind, assetPath, provideAsset, readAssetBytes, readAssetsAhead } from '../core/assets.js';
import { provideWideRows } from './linear-model.js';
import { decodeModelFile, isModelFilePayload, sharedWideRowsOf } from './model-file.js';

/** Model files by path: header line, payload in shared memory and the payload's checksum. */
export type SharedModels = Readonly<
  Record<string, { readonly head: Uint8Array; readonly payload: Uint8Array; readonly sha256?: string; readonly wideRows?: ReturnType<typeof sharedWideRowsOf> }>
>;

/** Bytes enough to hold an asset header line and the start of its payload. */
const START = 4096;

/**
 * Kinds of built text table whose loaded form views the file's bytes instead of decoding them:
 * the places gazetteer (3.7 MB, which each worker held as a 7.4 MB string before, #13). Other
 * tables are decoded into strings or objects, so shared bytes would only be held once more.
 */
const BYTE_VIEWED_TABLES: ReadonlySet<string> = new Set(['places-gazetteer']);

/** Whether the built file at `path` holds a model file or a byte-viewed table (after its header line). */
function isShared(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const start = Buffer.alloc(START);
    const read = readSync(fd, start, 0, START, 0);
    const newline = start.subarray(0, read).indexOf(0x0a);
    if (newline < 0) return false;
    return isModelFilePayload(start.subarray(newline + 1, read)) || BYTE_VIEWED_TABLES.has(assetHeaderKind(start.subarray(0, newline)) ?? '');
  } finally {
    closeSync(fd);
  }
}

/** Every file under `models/<layer>/`: what the default spec's stages load between them. */
function modelPaths(root: string): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((layer) => layer.isDirectory())
    .flatMap((layer) => readdirSync(join(root, layer.name)).map((name) => join(root, layer.name, name)));
}

/** The shared wide rows of a model file's payload; none for one that does not decode, whose load then reports it (E040–E042). */
function wideRowsOrNone(payload: Buffer): ReturnType<typeof sharedWideRowsOf> {
  try {
    return sharedWideRowsOf(decodeModelFile(payload));
  } catch {
    return [];
  }
}

/** Read every model file and byte-viewed table under `models/<layer>/` into shared memory (checked when a worker loads it). */
export function readSharedModels(root = assetPath('models')): SharedModels {
  const models: Record<string, SharedModels[string]> = {};
  for (const path of modelPaths(root)) {
    if (!isShared(path)) continue;
    const bytes = readAssetBytes(path, true, true);
    // The wide rows a model builds at load, built once here so that every thread scores from the same memory.
    const wide = isModelFilePayload(bytes.payload) ? wideRowsOrNone(bytes.payload) : [];
    models[path] = wide.length > 0 ? { ...bytes, wideRows: wide } : bytes;
  }
  return models;
}

/**
 * Start reading every built file under `models/<layer>/` in the background, for a command about
 * to run the default spec in this thread (which loads all of them on its first document): done
 * by the time the stages' modules are imported, instead of one after another as each stage first
 * runs (#13). Await it before running the pipeline.
 */
export function readModelsAhead(root = assetPath('models')): Promise<void> {
  return readAssetsAhead(modelPaths(root));
}

/** In a worker: load these model files from the shared buffers instead of reading them again. */
export function provideSharedModels(models: SharedModels): void {
  const buffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const [path, { head, payload, sha256, wideRows = [] }] of Object.entries(models)) {
    provideAsset(path, { head: buffer(head), payload: buffer(payload), sha256 });
    for (const { slotsByteOffset, wide } of wideRows) provideWideRows(payload.buffer, slotsByteOffset, wide);
  }
}
