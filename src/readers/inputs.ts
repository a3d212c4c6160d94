import { createReadStream, readFileSync, statSync, readdirSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { Readable } from 'node:stream';
import { glob } from 'tinyglobby';
import { DyadError, causeText } from '../core/errors.js';
import { KNOWN_EXTENSIONS, detectFormat } from './detect.js';
import { readFeed } from './feed.js';
import { readHtml } from './html.js';
import { readJsonl } from './jsonl.js';
import { readReuters } from './reuters.js';
import { readText } from './text.js';
import { FORMATS, type Format, type ReadResult, type Reader, type Source } from './types.js';

const READERS: Record<Format, Reader> = { text: readText, jsonl: readJsonl, html: readHtml, feed: readFeed, reuters: readReuters };

/** Documentation files that sit beside corpora and are not articles. */
const NOT_ARTICLES = /^(?:readme|licen[cs]e|notice|copying|changelog|authors)(?:\.[\w.]+)?$/i;

export interface ReadOptions {
  /** Read every input as this format instead of detecting it. */
  readonly format?: Format;
  /** Standard input, for the `-` input (defaults to `process.stdin`). */
  readonly stdin?: NodeJS.ReadableStream;
}

/**
 * Read articles from files, folders (recursively), globs, `http(s)` URLs and `-` (stdin). Every
 * record becomes a document or a coded rejection; nothing here throws for a bad record.
 */
export async function* readInputs(inputs: readonly string[], options: ReadOptions = {}): AsyncIterable<ReadResult> {
  for (const source of await listSources(inputs, options)) {
    if ('ok' in source) yield source;
    else yield* readSource(source, options.format);
  }
}

/**
 * The sources that inputs name, in order, with a rejection in place of an input that names
 * nothing readable. Listing first lets a caller know the total size before reading.
 */
export async function listSources(inputs: readonly string[], options: ReadOptions = {}): Promise<(Source | ReadResult)[]> {
  if (options.format && !FORMATS.includes(options.format)) throw new DyadError('E011', { format: options.format, known: FORMATS.join(', ') });
  const out: (Source | ReadResult)[] = [];
  for (const input of inputs) for await (const source of expandInput(input, options)) out.push(source);
  return out;
}

/** Read one source with the named or detected format. */
export async function* readSource(source: Source, format?: Format): AsyncIterable<ReadResult> {
  const origin = { location: source.location, format: format ?? 'unknown' };
  let chosen = format;
  try {
    chosen ??= detectFormat(source.location, await peek(source));
  } catch (error) {
    yield { ok: false, error: asReadError(error, source.location), origin };
    return;
  }
  try {
    yield* READERS[chosen](source);
  } catch (error) {
    yield { ok: false, error: asReadError(error, source.location), origin: { ...origin, format: chosen } };
  }
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
  if (input === '-') {
    yield streamSource('-', options.stdin ?? process.stdin);
    return;
  }
  if (/^https?:\/\//i.test(input)) {
    yield urlSource(input);
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
    const matches = (await glob(input, { onlyFiles: true, dot: false })).sort();
    if (matches.length === 0) {
      yield fail('E017', { pattern: input });
      return;
    }
    for (const path of matches) yield fileSource(path);
    return;
  }
  if (stat.isDirectory()) {
    for (const path of walk(input)) yield fileSource(path);
  } else yield fileSource(input);
}

/** Files under a folder with an article extension, in a stable order, skipping hidden files and docs. */
function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else if (entry.isFile() && KNOWN_EXTENSIONS.has(extname(entry.name).toLowerCase()) && !NOT_ARTICLES.test(basename(entry.name))) out.push(path);
  }
  return out;
}

function fileSource(path: string): Source {
  return {
    location: path,
    size: statSync(path).size,
    bytes: async () => readFileSync(path),
    stream: () => createReadStream(path),
  };
}

function streamSource(location: string, input: NodeJS.ReadableStream): Source {
  let buffered: Promise<Buffer> | undefined;
  const bytes = () => (buffered ??= collect(input));
  return { location, bytes, stream: () => Readable.from(bytesStream(bytes)) };
}

function urlSource(url: string): Source {
  let fetched: Promise<Buffer> | undefined;
  const bytes = () =>
    (fetched ??= fetch(url, { signal: AbortSignal.timeout(30_000), headers: { 'user-agent': 'dyad' } }).then(async (res) => {
      if (!res.ok) throw new DyadError('E018', { origin: url, cause: `HTTP ${res.status}` });
      return Buffer.from(await res.arrayBuffer());
    }));
  return { location: url, bytes, stream: () => Readable.from(bytesStream(bytes)) };
}

async function* bytesStream(bytes: () => Promise<Buffer>): AsyncIterable<Buffer> {
  yield await bytes();
}

async function collect(input: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** The first bytes of a source, for format detection, without reading a large file whole. */
async function peek(source: Source): Promise<string> {
  if (source.size === undefined) return (await source.bytes()).subarray(0, 4096).toString('latin1');
  const handle = await open(source.location, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, 4096, 0);
    return buffer.subarray(0, bytesRead).toString('latin1');
  } finally {
    await handle.close();
  }
}
