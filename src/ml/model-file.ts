/**
 * The payload of every trained model: gzip of a JSON metadata block followed by named typed-array
 * sections. It travels inside an asset file (`core/assets.ts`), whose header carries the format
 * version, the checksum and the training data's name, so one loader checks every model the same way.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import type { AssetKind } from '../core/assets.js';
import { LinearModel, type LinearModelData } from './linear-model.js';

type Section = Uint8Array | Uint16Array | Int16Array | Uint32Array | Int32Array | Float32Array;
const KINDS = { u8: Uint8Array, u16: Uint16Array, i16: Int16Array, u32: Uint32Array, i32: Int32Array, f32: Float32Array } as const;
type Kind = keyof typeof KINDS;

interface Header {
  readonly meta: unknown;
  readonly sections: { name: string; kind: Kind; length: number }[];
}

/** The contents of a model: free-form JSON metadata and typed arrays by name. */
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

/** Parse a model's bytes. Sections are copied so each typed array is aligned. */
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
    if (at + byteLength > raw.length) throw new RangeError(`section ${name} runs past the end of the file`);
    new Uint8Array(array.buffer).set(raw.subarray(at, at + byteLength));
    at += byteLength;
    sections[name] = array;
  }
  return { meta: header.meta, sections };
}

/** An asset kind whose payload is a model file, built into `T` by `build`. */
export function modelKind<T>(kind: string, version: number, build: (file: ModelFile) => T): AssetKind<T> {
  return { kind, version, decode: (payload) => build(decodeModelFile(payload)) };
}

/** The sections and metadata that store one linear model, names prefixed by `prefix`. */
export function linearModelSections(data: LinearModelData, prefix = ''): ModelFile & { meta: Record<string, unknown>; sections: Record<string, Section> } {
  return {
    meta: { [prefix + 'classes']: data.classes },
    sections: {
      [prefix + 'keys']: data.keys,
      [prefix + 'offsets']: data.offsets,
      [prefix + 'entryClass']: data.entryClass,
      [prefix + 'entryWeight']: data.entryWeight,
    },
  };
}

/** The linear model stored in a model file's sections under `prefix`. */
export function linearModelOf(file: ModelFile, prefix = ''): LinearModel {
  const s = file.sections;
  const meta = file.meta as Record<string, unknown>;
  return new LinearModel({
    classes: meta[prefix + 'classes'] as string[],
    keys: s[prefix + 'keys'] as Uint32Array,
    offsets: s[prefix + 'offsets'] as Uint32Array,
    entryClass: s[prefix + 'entryClass'] as Uint16Array,
    entryWeight: s[prefix + 'entryWeight'] as Int16Array,
  });
}
