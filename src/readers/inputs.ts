import { createReadStream, readFileSync, realpathSync, statSync, readdirSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { DyadError, causeText } from '../core/errors.js';
import { KNOWN_EXTENSIONS, detectFormat } from './detect.js';
import { LIMITS, formatBytes, type ReadLimits } from './limits.js';
import { readFeed } from './feed.js';
import { readHtml } from './html.js';
import { readJsonl } from './jsonl.js';
import { readReuters } from './reuters.js';
import { readText } from './text.js';
import type { Document } from '../core/document.js';
import { FORMATS, type Format, type ReadResult, type Reader, type Source } from './types.js';

const READERS: Record<Format, Reader> = { text: readText, jsonl: readJsonl, html: readHtml, feed: readFeed, reuters: readReuters };

/** How much of a source format detection and the binary check look at. */
const HEAD_BYTES = 4096;

/** Documentation files that sit beside corpora and are not articles. */
const NOT_ARTICLES = /^(?:readme|licen[cs]e|notice|copying|changelog|authors)(?:\.[\w.]+)?$/i;

export interface ReadOptions {
  /** Read every input as this format instead of detecting it. */
  readonly format?: Format;
  /** Standard input, for the `-` input (defaults to `process.stdin`). */
  readonly stdin?: NodeJS.ReadableStream;
  /** Size limits (default `LIMITS`). */
  readonly limits?: ReadLimits;
}

/**
 * Read articles from files, folders (recursively), globs, `http(s)` URLs and `-` (stdin). Every
 * record becomes a document or a coded rejection; nothing here throws for a bad record.
 */
export async function* readInputs(inputs: readonly string[], options: ReadOptions = {}): AsyncIterable<ReadResult> {
  for (const source of await listSources(inputs, options)) {
    if ('ok' in source) yield source;
    else yield* readSource(source, options.format, options.limits);
  }
}

/**
 * The sources that inputs name, in order, with a rejection in place of an input that names
 * nothing readable. Listing first lets a caller know the total size before reading.
 */
export async function listSources(inputs: readonly string[], options: ReadOptions = {}): Promise<(Source | ReadResult)[]> {
  if (options.format && !FORMATS.includes(options.format)) throw new DyadError('E011', { format: options.format, known: FORMATS.join(', ') });
  const out: (Source | ReadResult)[] = [];
  // A file named twice (by two globs, a glob and a folder, a symlink and its target) is read once.
  const seen = new Set<string>();
  for (const input of inputs) {
    for await (const source of expandInput(input, options)) {
      const key = 'ok' in source || source.location === '-' || isUrl(source.location) ? undefined : realKey(source.location);
      if (key !== undefined && seen.has(key)) continue;
      if (key !== undefined) seen.add(key);
      out.push(source);
    }
  }
  return out;
}

/**
 * Read one source with the named or detected format. Binary content, texts beyond the size limit
 * and sources with no record at all are rejected here, the same way for every format.
 */
export async function* readSource(source: Source, format?: Format, limits: ReadLimits = LIMITS): AsyncIterable<ReadResult> {
  const origin = { location: source.location, format: format ?? 'unknown' };
  let chosen = format;
  try {
    const head = (await source.head()).toString('latin1');
    const nul = head.indexOf('\0');
    if (nul !== -1) throw new DyadError('E023', { origin: source.location, cause: `NUL byte at offset ${nul}` });
    chosen ??= detectFormat(source.location, head);
  } catch (error) {
    yield { ok: false, error: asReadError(error, source.location), origin };
    return;
  }
  let records = 0;
  try {
    for await (const result of READERS[chosen](source, limits)) {
      records++;
      yield result.ok ? capText(result.doc, limits) : result;
    }
  } catch (error) {
    records++;
    yield { ok: false, error: asReadError(error, source.location), origin: { ...origin, format: chosen } };
  }
  if (records === 0) yield { ok: false, error: new DyadError('E024', { origin: source.location }), origin: { ...origin, format: chosen } };
}

/** A document whose text is beyond the limit becomes a rejection naming its record. */
function capText(doc: Document, limits: ReadLimits): ReadResult {
  if (doc.text.length <= limits.maxTextChars) return { ok: true, doc };
  const { origin } = doc.meta;
  const where = origin.line ? `line ${origin.line}: ` : origin.record ? `record ${origin.record}: ` : '';
  const what = `${where}the article text (${doc.text.length} characters)`;
  return { ok: false, error: new DyadError('E019', { origin: origin.location, what, limit: `${limits.maxTextChars} characters` }), origin };
}

function asReadError(error: unknown, location: string): DyadError {
  return error instanceof DyadError ? error : new DyadError('E010', { origin: location, cause: causeText(error) });
}

/** The sources an input names, or a rejection when it names nothing readable. */
async function* expandInput(input: string, options: ReadOptions): AsyncIterable<Source | ReadResult> {
  const fail = (code: 'E010' | 'E017', params: Record<string, unknown>): ReadResult => ({
    ok: false,
    error: new DyadError(code, params),
    origin: { location: input, format: 'unknown' },
  });
  const limits = options.limits ?? LIMITS;
  if (input === '-') {
    yield streamSource('-', options.stdin ?? process.stdin, limits);
    return;
  }
  if (isUrl(input)) {
    yield urlSource(input, limits);
    return;
  }
  let stat;
  try {
    stat = statSync(input);
  } catch {
    if (!/[*?[{]/.test(input)) {
      yield fail('E010', { origin: input, cause: 'no such file or folder' });
      return;
    }
    // Loaded for a pattern only: importing the globber cost every command ~30-50 ms of CPU at start (#13).
    const { glob } = await import('tinyglobby');
    const matches = (await glob(input, { onlyFiles: true, dot: false })).sort();
    if (matches.length === 0) {
      yield fail('E017', { pattern: input });
      return;
    }
    for (const path of matches) yield fileSource(path, limits);
    return;
  }
  if (stat.isDirectory()) {
    for (const path of walk(input, new Set([realKey(input)]))) {
      if (typeof path === 'string') yield fileSource(path, limits);
      else yield fail('E010', { origin: path.broken, cause: 'a symbolic link to nothing' });
    }
  } else yield fileSource(input, limits);
}

/**
 * Files under a folder with an article extension, in a stable order, skipping hidden files and
 * docs. Symbolic links are followed; a folder already on the way down (a link loop) is not entered
 * again, and a link to nothing is returned as `{broken}` so that it is reported.
 */
function walk(dir: string, ancestors: Set<string>): (string | { broken: string })[] {
  const out: (string | { broken: string })[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    let stat = entry;
    if (entry.isSymbolicLink()) {
      try {
        stat = Object.assign(statSync(path), { name: entry.name, parentPath: dir, path: dir });
      } catch {
        if (isArticleName(entry.name)) out.push({ broken: path });
        continue;
      }
    }
    if (stat.isDirectory()) {
      const real = realKey(path);
      if (ancestors.has(real)) continue;
      out.push(...walk(path, new Set([...ancestors, real])));
    } else if (stat.isFile() && isArticleName(entry.name)) out.push(path);
  }
  return out;
}

function isArticleName(name: string): boolean {
  return KNOWN_EXTENSIONS.has(extname(name).toLowerCase()) && !NOT_ARTICLES.test(basename(name));
}

function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** The real path of a file, so that two names for one file are recognised. */
function realKey(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function fileSource(path: string, limits: ReadLimits): Source {
  const size = statSync(path).size;
  return {
    location: path,
    size,
    bytes: async () => {
      if (size > limits.maxSourceBytes) throw tooLarge(path, limits);
      return readFileSync(path);
    },
    stream: () => createReadStream(path),
    head: () => fileHead(path),
  };
}

/**
 * Standard input, read once: format detection looks at the first chunks, and line formats then
 * stream the rest, so a pipe of JSON Lines is stored as it arrives, in bounded memory.
 */
function streamSource(location: string, input: NodeJS.ReadableStream, limits: ReadLimits): Source {
  const chunks = (input as AsyncIterable<string | Buffer>)[Symbol.asyncIterator]();
  const early: Buffer[] = [];
  const next = async () => {
    const result: IteratorResult<string | Buffer, unknown> = await chunks.next();
    if (result.done) return undefined;
    return typeof result.value === 'string' ? Buffer.from(result.value) : result.value;
  };
  async function* all(): AsyncIterable<Buffer> {
    while (early.length) yield early.shift()!;
    for (let chunk = await next(); chunk; chunk = await next()) yield chunk;
  }
  let whole: Promise<Buffer> | undefined;
  return {
    location,
    bytes: () => (whole ??= collect(Readable.from(all()), location, limits)),
    stream: () => Readable.from(all()),
    head: async () => {
      let size = early.reduce((sum, b) => sum + b.length, 0);
      for (let chunk = size < HEAD_BYTES ? await next() : undefined; chunk; chunk = size < HEAD_BYTES ? await next() : undefined) {
        early.push(chunk);
        size += chunk.length;
      }
      return Buffer.concat(early).subarray(0, HEAD_BYTES);
    },
  };
}

/** A URL's body, read as a stream and abandoned at the size limit (see #16: an endless body). */
function urlSource(url: string, limits: ReadLimits): Source {
  let fetched: Promise<Buffer> | undefined;
  const bytes = () =>
    (fetched ??= (async () => {
      const controller = new AbortController();
      const signal = AbortSignal.any([controller.signal, AbortSignal.timeout(30_000)]);
      const res = await fetch(url, { signal, headers: { 'user-agent': 'dyad' } });
      if (!res.ok) {
        controller.abort();
        throw new DyadError('E018', { origin: url, cause: `HTTP ${res.status}` });
      }
      const declared = Number(res.headers.get('content-length'));
      if (declared > limits.maxSourceBytes) {
        controller.abort();
        throw tooLarge(url, limits);
      }
      try {
        return await collect(Readable.fromWeb(res.body! as never), url, limits);
      } finally {
        controller.abort();
      }
    })());
  return { location: url, bytes, stream: () => Readable.from(bytesStream(bytes)), head: async () => (await bytes()).subarray(0, HEAD_BYTES) };
}

async function* bytesStream(bytes: () => Promise<Buffer>): AsyncIterable<Buffer> {
  yield await bytes();
}

/** All of a stream, up to the size limit. */
async function collect(input: NodeJS.ReadableStream, location: string, limits: ReadLimits): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > limits.maxSourceBytes) throw tooLarge(location, limits);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function tooLarge(location: string, limits: ReadLimits): DyadError {
  return new DyadError('E019', { origin: location, what: 'the input', limit: formatBytes(limits.maxSourceBytes) });
}

/** The first bytes of a file, for format detection, without reading a large file whole. */
async function fileHead(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
