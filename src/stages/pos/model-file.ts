/**
 * The on-disk container of syntax models: gzip of a JSON header followed by named typed-array
 * sections. A checksum file beside the models records each file's SHA-256; loading verifies it so
 * a truncated or stale model fails loudly (E040, E041) instead of tagging badly.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { DyadError, causeText } from '../../core/errors.js';

type Section = Uint8Array | Uint16Array | Int16Array | Uint32Array | Int32Array | Float32Array;
const KINDS = { u8: Uint8Array, u16: Uint16Array, i16: Int16Array, u32: Uint32Array, i32: Int32Array, f32: Float32Array } as const;
type Kind = keyof typeof KINDS;

interface Header {
  readonly meta: unknown;
  readonly sections: { name: string; kind: Kind; length: number }[];
}

/** The contents of a model file: free-form JSON metadata and typed arrays by name. */
export interface ModelFile {
  readonly meta: unknown;
  readonly sections: Readonly<Record<string, Section>>;
}

function kindOf(array: Section): Kind {
  for (const [kind, ctor] of Object.entries(KINDS)) if (array instanceof ctor) return kind as Kind;
  throw new TypeError('unsupported section type');
}

/** Serialize a model; gzip level 9 and a fixed mtime keep the bytes deterministic. */
export function encodeModelFile(file: ModelFile): Buffer {
  const entries = Object.entries(file.sections);
  const header: Header = { meta: file.meta, sections: entries.map(([name, a]) => ({ name, kind: kindOf(a), length: a.length })) };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const parts: Buffer[] = [];
  const lengthBytes = Buffer.alloc(4);
  lengthBytes.writeUInt32LE(json.length);
  parts.push(lengthBytes, json);
  for (const [, array] of entries) parts.push(Buffer.from(array.buffer, array.byteOffset, array.byteLength));
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

/** Parse a model file's bytes. Sections are copied so each typed array is aligned. */
export function decodeModelFile(bytes: Buffer): ModelFile {
  const raw = gunzipSync(bytes);
  const jsonLength = raw.readUInt32LE(0);
  const header = JSON.parse(raw.subarray(4, 4 + jsonLength).toString('utf8')) as Header;
  let at = 4 + jsonLength;
  const sections: Record<string, Section> = {};
  for (const { name, kind, length } of header.sections) {
    const ctor = KINDS[kind];
    const array = new ctor(length);
    const byteLength = length * ctor.BYTES_PER_ELEMENT;
    new Uint8Array(array.buffer).set(raw.subarray(at, at + byteLength));
    at += byteLength;
    sections[name] = array;
  }
  return { meta: header.meta, sections };
}

/** Name of the checksum list kept beside the model files. */
export const CHECKSUM_FILE = 'SHA256SUMS';

/** SHA-256 of bytes, lowercase hex. */
export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Read a model file, verify it against the `SHA256SUMS` beside it, and decode it. */
export function loadModelFile(path: string): ModelFile {
  let bytes: Buffer;
  let sums: string;
  try {
    bytes = readFileSync(path);
    sums = readFileSync(join(dirname(path), CHECKSUM_FILE), 'utf8');
  } catch (error) {
    throw new DyadError('E040', { path, cause: causeText(error) });
  }
  const name = basename(path);
  const expected = sums.split('\n').map((line) => line.trim().split(/\s+/)).find((cols) => cols[1] === name)?.[0];
  const found = sha256(bytes);
  if (expected !== found) throw new DyadError('E041', { path, expected: expected ?? '(not listed)', found });
  try {
    return decodeModelFile(bytes);
  } catch (error) {
    throw new DyadError('E040', { path, cause: causeText(error) });
  }
}
