/**
 * The coding lock (`dyad lock`, see #17): hashes of everything that decides what dyad codes — the
 * code, every model, lexicon, knowledge base and gazetteer — so that a store can say what coded it
 * and two stores coded under the same lock can be compared. The lock holds no time stamp, so the
 * same installation always gives the same lock.
 */
import { createHash, type Hash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { assetPath, packageRoot, runningFrom } from '../core/assets.js';
import type { Store } from '../store/store.js';

/** What a lock file holds. `files` maps package-relative paths to their SHA-256. */
export interface CodingLock {
  readonly lock: 1;
  /** SHA-256 of the rest of the lock (its canonical JSON), the short name of the lock. */
  readonly id: string;
  readonly dyad: string;
  /** SHA-256 over the code that runs: the compiled `dist/` of an installed dyad, else `src/`. */
  readonly code: string;
  readonly files: Readonly<Record<string, string>>;
}

/** Folders whose files are data that changes coding: models and hand-kept lexicons. */
const DATA_FOLDERS = ['models', join('src', 'stages'), join('src', 'export', 'data')];

let current: CodingLock | undefined;

/** The lock of this installation, computed once per process. */
export function currentLock(): CodingLock {
  if (current) return current;
  const root = packageRoot();
  const { version } = JSON.parse(readFileSync(assetPath('package.json'), 'utf8')) as { version: string };
  // Running from dist/ (the installed CLI) the compiled code is what runs; from src/ (tests, tsx) the sources.
  const running = runningFrom();
  const piece = Buffer.allocUnsafe(PIECE);
  const code = createHash('sha256');
  for (const file of filesUnder(join(root, running), (f) => isCode(f))) hashFile(file, code.update(relative(root, file)).update('\0'), piece);
  const files: Record<string, string> = {};
  for (const folder of DATA_FOLDERS) {
    for (const file of filesUnder(join(root, folder), (f) => !isCode(f) && !f.endsWith('.md'))) {
      files[relative(root, file).split(sep).join('/')] = hashFile(file, createHash('sha256'), piece).digest('hex');
    }
  }
  const body = { lock: 1 as const, dyad: version, code: code.digest('hex'), files };
  current = { ...body, id: sha256(JSON.stringify(body)) };
  return current;
}

/** Lock file text: pretty JSON, keys in a fixed order, ending with a newline. */
export function formatLock(lock: CodingLock): string {
  return JSON.stringify({ lock: lock.lock, id: lock.id, dyad: lock.dyad, code: lock.code, files: lock.files }, null, 2) + '\n';
}

const STORE_KEY = 'lock';
const HISTORY_KEY = 'locks';

/**
 * Record in the store the lock that codes the documents being stored. A store coded under
 * several locks keeps the list of their ids, oldest first, so exports can say it is mixed.
 */
export async function recordLock(store: Store, lock: CodingLock = currentLock()): Promise<void> {
  const history = JSON.parse((await store.getMeta(HISTORY_KEY)) ?? '[]') as string[];
  if (history.at(-1) !== lock.id) await store.setMeta(HISTORY_KEY, JSON.stringify([...history.filter((id) => id !== lock.id), lock.id]));
  await store.setMeta(STORE_KEY, formatLock(lock));
}

/** The locks a store was coded with: the latest in full and the ids of all (empty for an older store). */
export async function storeLocks(store: Store): Promise<{ latest: CodingLock | null; ids: string[] }> {
  const latest = await store.getMeta(STORE_KEY);
  return { latest: latest ? (JSON.parse(latest) as CodingLock) : null, ids: JSON.parse((await store.getMeta(HISTORY_KEY)) ?? '[]') as string[] };
}

function isCode(file: string): boolean {
  return /\.(ts|js|mjs|cjs)$/.test(file) && !/\.(test|spec)\.ts$/.test(file) && !file.endsWith('.d.ts');
}

/** Files below a folder that pass the test, in a fixed (sorted) order. */
function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path, keep));
    else if (keep(path)) out.push(path);
  }
  return out;
}

/**
 * Bytes read at a time into one reused buffer: reading each file whole allocated fresh memory for
 * the 32 MB of models and tables, whose page faults made the lock ~230 ms of CPU before an
 * ingest's first document; read in pieces it is ~55 ms (#13).
 */
const PIECE = 1 << 20;

/** Feed a file's bytes into `hash`, read into `piece` a piece at a time. */
function hashFile(path: string, hash: Hash, piece: Buffer): Hash {
  const fd = openSync(path, 'r');
  try {
    for (let read; (read = readSync(fd, piece, 0, piece.length, null)) > 0; ) hash.update(piece.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  return hash;
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
