/**
 * Every file dyad reads at run time (trained models, compiled gazetteers, lexicons, the actor
 * knowledge base) is loaded here, one way: lazily on first use, cached per path, and checked.
 *
 * Built files under `models/` carry a one-line header before their payload:
 * `#dyad-asset {"asset":1,"kind":"pos-model","version":1,"source":"UD English EWT train","sha256":"…"}`.
 * The loader refuses a file of another kind or version (E042) and one whose payload does not match
 * its checksum (E041), so a stale or truncated model fails loudly instead of tagging badly.
 * Hand-kept tables under `src/stages/<layer>/data/` are source files under version control; they
 * are read through the same loader (same cache, same E040) without a header.
 */
import { createHash, type Hash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, openSync, read as readInPool, readFileSync, readSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DyadError, causeText } from './errors.js';

let root: string | undefined;

/**
 * The package root (the folder holding dyad's package.json), found from this module's location so
 * that assets resolve the same from `src/` (tests, tsx) and from `dist/` (the installed CLI).
 */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('dyad package root not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
  root = dir;
  return dir;
}

/**
 * Where dyad's code runs from: `dist` (the compiled modules, or a bundle of them there) or `src`
 * (tests, tsx). Told by this module's location, which in a bundle is the bundle's.
 */
export function runningFrom(): 'dist' | 'src' {
  return relative(packageRoot(), fileURLToPath(import.meta.url)).startsWith(`dist${sep}`) ? 'dist' : 'src';
}

/**
 * One of dyad's own modules as the running code has it, by its path under `src/` without the
 * extension: what a worker thread is started from. `new URL('./x.js', import.meta.url)` would
 * look beside a bundle instead of beside the module (#13).
 * @example ownModule('store/pipeline-worker') // file:///…/dist/store/pipeline-worker.js
 */
export function ownModule(path: string): URL {
  const from = runningFrom();
  return pathToFileURL(join(packageRoot(), from, `${path}.${from === 'dist' ? 'js' : 'ts'}`));
}

const assetPaths = new Map<string, string>();

/**
 * Path of a file shipped with dyad: trained models and compiled tables live in `models/<layer>/`,
 * hand-kept lexicons in `src/stages/<layer>/data/`.
 * @example assetPath('models', 'syntax', 'pos.bin')
 */
export function assetPath(...parts: string[]): string {
  // Stages ask for their model's path on every document (to find it in the asset cache), and
  // `join` normalises the whole path each time: remembered, it is one string key (#13).
  const key = parts.join('\0');
  let path = assetPaths.get(key);
  if (path === undefined) assetPaths.set(key, (path = join(packageRoot(), ...parts)));
  return path;
}

/** Version of the header layout itself; bump it when the header's fields change meaning. */
export const ASSET_FORMAT = 1;
const MAGIC = '#dyad-asset ';

/** What a built file says about itself. */
export interface AssetHeader {
  readonly asset: number;
  /** What the file holds, e.g. `pos-model`; a loader accepts one kind. */
  readonly kind: string;
  /** Version of the payload layout for this kind. */
  readonly version: number;
  /** The data it was trained or compiled from (details in the folder's SOURCE.md). */
  readonly source: string;
  /** SHA-256 of the payload bytes, lowercase hex. */
  readonly sha256: string;
}

/** How to read one kind of asset. */
export interface AssetKind<T> {
  readonly kind: string;
  /** The payload version this code reads; `null` for a hand-kept source table (no header). */
  readonly version: number | null;
  /** Turn the payload into the loaded object; `path` is for error messages. */
  readonly decode: (payload: Buffer, path: string) => T;
}

const cache = new Map<string, { kind: string; value: unknown }>();

/**
 * Load an asset once per process: read, check header and checksum, decode, cache by path.
 * Throws E040 (missing, unreadable or undecodable), E041 (checksum) or E042 (kind or version).
 * @example loadAsset(POS_MODEL, assetPath('models', 'syntax', 'pos.bin'))
 */
export function loadAsset<T>(kind: AssetKind<T>, path: string): T {
  const hit = cache.get(path);
  if (hit && hit.kind === kind.kind) return hit.value as T;
  let file: AssetBytes;
  try {
    file = provided.get(path) ?? readAssetBytes(path, kind.version !== null);
  } catch (error) {
    throw new DyadError('E040', { path, cause: causeText(error) }, { cause: error });
  }
  const payload = kind.version === null ? file.payload : checkedPayload(file, kind, path);
  let value: T;
  try {
    value = kind.decode(payload, path);
  } catch (error) {
    if (error instanceof DyadError) throw error;
    throw new DyadError('E040', { path, cause: causeText(error) }, { cause: error });
  }
  cache.set(path, { kind: kind.kind, value });
  return value;
}

/** A file as read: its header line (built files) and its payload, alone in its own memory. */
export interface AssetBytes {
  /** The first line without its newline; empty for a hand-kept table. */
  readonly head: Buffer;
  readonly payload: Buffer;
  /** SHA-256 of the payload, lowercase hex, for built files. */
  readonly sha256?: string;
}

/** The longest header line looked for; real ones are ~200 bytes. */
const HEAD_LIMIT = 4096;
/**
 * Bytes read at a time. Each piece is hashed while it is still in the cache: a second pass over
 * 30 MB of freshly read models cost ~80 ms of CPU on a busy machine, the fused one ~15 ms (#13).
 */
const PIECE = 1 << 20;

/**
 * Read a file with the payload at offset 0 of its own (optionally shared) buffer, so that typed
 * arrays can view a model's sections in place without copying them (#13).
 */
export function readAssetBytes(path: string, hasHeader: boolean, shared = false): AssetBytes {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    let head = Buffer.alloc(0);
    if (hasHeader) {
      const start = Buffer.alloc(Math.min(size, HEAD_LIMIT));
      readSync(fd, start, 0, start.length, 0);
      const newline = start.indexOf(0x0a);
      // No newline: the whole start becomes the head, and the header check names the problem.
      head = newline < 0 ? start : start.subarray(0, newline);
    }
    const from = hasHeader ? Math.min(size, head.length + 1) : 0;
    const memory = shared ? new SharedArrayBuffer(size - from) : new ArrayBuffer(size - from);
    const payload = Buffer.from(memory);
    const hash: Hash | undefined = hasHeader ? createHash('sha256') : undefined;
    for (let at = 0; at < payload.length; ) {
      const read = readSync(fd, payload, at, Math.min(PIECE, payload.length - at), from + at);
      if (read === 0) throw new RangeError(`${path} ended while being read`);
      hash?.update(payload.subarray(at, at + read));
      at += read;
    }
    return { head, payload, sha256: hash?.digest('hex') };
  } finally {
    closeSync(fd);
  }
}

/** Files another thread has read already (worker threads get the models' bytes in shared memory). */
const provided = new Map<string, AssetBytes>();

/**
 * Read built files on libuv's threads, for `loadAsset` to check and decode when it is asked for
 * them: the reading, and the page faults of the fresh memory (dear on these virtual machines),
 * then run beside whatever this thread does meanwhile, such as importing the stages (#13). Only
 * the payload's read leaves this thread (one read a file, so it waits for no turn of the event
 * loop after the first); the checksum is still taken when the file is loaded. Never fails: a
 * file not read here (unreadable, or without an asset header) is read when it is loaded, and
 * its error reported then.
 */
export async function readAssetsAhead(paths: readonly string[]): Promise<void> {
  await Promise.all(
    paths.map(async (path) => {
      const bytes = await readAhead(path).catch(() => undefined);
      if (bytes && !provided.has(path)) provided.set(path, bytes);
    }),
  );
}

async function readAhead(path: string): Promise<AssetBytes | undefined> {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const start = Buffer.alloc(Math.min(size, HEAD_LIMIT));
    readSync(fd, start, 0, start.length, 0);
    const newline = start.indexOf(0x0a);
    if (newline < 0 || assetHeaderKind(start.subarray(0, newline)) === undefined) return undefined;
    const payload = Buffer.from(new ArrayBuffer(size - newline - 1));
    for (let at = 0; at < payload.length; ) {
      const bytes = await new Promise<number>((resolve, reject) => readInPool(fd, payload, at, payload.length - at, newline + 1 + at, (error, n) => (error ? reject(error) : resolve(n))));
      if (bytes === 0) return undefined;
      at += bytes;
    }
    return { head: start.subarray(0, newline), payload };
  } finally {
    closeSync(fd);
  }
}

/** Serve `path` from `bytes` instead of reading it; they are still checked when loaded. */
export function provideAsset(path: string, bytes: AssetBytes): void {
  provided.set(path, bytes);
}

/** The payload of a built file, after its header and checksum are verified. */
function checkedPayload({ head, payload, sha256: digest }: AssetBytes, kind: AssetKind<unknown>, path: string): Buffer {
  const header = parseHeader(head, path);
  const expected = `${kind.kind} v${kind.version} (asset format ${ASSET_FORMAT})`;
  if (header.asset !== ASSET_FORMAT || header.kind !== kind.kind || header.version !== kind.version) {
    throw new DyadError('E042', { path, found: `${header.kind} v${header.version} (asset format ${header.asset})`, expected });
  }
  const found = digest ?? sha256(payload);
  if (found !== header.sha256) throw new DyadError('E041', { path, expected: header.sha256, found });
  return payload;
}

/** Separate a built file's header line from its payload. */
export function splitAsset(bytes: Buffer, path: string): { header: AssetHeader; payload: Buffer } {
  const newline = bytes.indexOf(0x0a);
  const head = bytes.subarray(0, newline < 0 ? Math.min(bytes.length, 200) : newline);
  if (newline < 0) throw new DyadError('E042', { path, found: 'no dyad-asset header', expected: `a "${MAGIC.trim()}" first line` });
  return { header: parseHeader(head, path), payload: bytes.subarray(newline + 1) };
}

/** The kind a header line names, or undefined when the line is not a readable asset header. */
export function assetHeaderKind(head: Buffer): string | undefined {
  try {
    return parseHeader(head, '').kind;
  } catch {
    return undefined;
  }
}

function parseHeader(head: Buffer, path: string): AssetHeader {
  const line = head.toString('utf8');
  if (!line.startsWith(MAGIC)) throw new DyadError('E042', { path, found: 'no dyad-asset header', expected: `a "${MAGIC.trim()}" first line` });
  try {
    return JSON.parse(line.slice(MAGIC.length)) as AssetHeader;
  } catch (error) {
    throw new DyadError('E040', { path, cause: `unreadable header: ${causeText(error)}` }, { cause: error });
  }
}

/** A built file's bytes: the header line (with the payload's checksum), then the payload. */
export function encodeAsset(kind: string, version: number, source: string, payload: Buffer): Buffer {
  const header: AssetHeader = { asset: ASSET_FORMAT, kind, version, source, sha256: sha256(payload) };
  return Buffer.concat([Buffer.from(MAGIC + JSON.stringify(header) + '\n', 'utf8'), payload]);
}

/** SHA-256 of bytes, lowercase hex. */
export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The payload decoded as UTF-8 text, for tables and JSON. */
export const utf8 = (payload: Buffer): string => payload.toString('utf8');

/** A shipped data file's text; E040 names the file when it cannot be read. */
export function readDataText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new DyadError('E040', { path, cause: causeText(error) }, { cause: error });
  }
}

/** The entries of a one-per-line data file: trimmed, without blank lines and `#` comments. */
export function readDataLines(path: string): string[] {
  return readDataText(path).split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

/**
 * A data file of `class<TAB>word` rows (blank and `#` lines skipped) as each class's words. A row of a class not in
 * `classes`, or of another shape, fails with E170 naming its line in the file.
 */
export function readWordClasses<K extends string>(path: string, classes: readonly K[]): Record<K, Set<string>> {
  const out = Object.fromEntries(classes.map((c) => [c, new Set<string>()])) as Record<K, Set<string>>;
  readDataText(path).split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const [cls, word, extra] = line.split('\t');
    if (!word || extra !== undefined || !Object.hasOwn(out, cls)) throw new DyadError('E170', { path, line: i + 1, problem: `expected "${classes.join('|')}<TAB>word", got "${line}"` });
    out[cls as K].add(word);
  });
  return out;
}
