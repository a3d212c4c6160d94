/**
 * The payload of every trained model: a JSON metadata block followed by named typed-array
 * sections, each starting at a multiple of 8 bytes, uncompressed. Loading is then wrapping views
 * over the file's bytes: no inflating, no copying, no per-element work (#13: gunzip and copies
 * took 100–150 ms of CPU per model at every start, and every worker thread held its own copy).
 * The file travels inside an asset file (`core/assets.ts`), whose header carries the format
 * version, the checksum and the training data's name, so one loader checks every model the same way.
 */
import { gunzipSync } from 'node:zlib';
import type { AssetKind } from '../core/assets.js';
import { LinearModel, WIDE_CLASSES, layOut, wideRows, type LayoutOptions, type LinearModelData, type LinearModelLayout, type WideRows } from './linear-model.js';

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

/** First bytes of a payload in this layout; the earlier gzip layout starts with 1f 8b. */
const MAGIC = Buffer.from('DMF2', 'latin1');
/** Sections start at multiples of this, so that any typed array can view them in place. */
const ALIGN = 8;
const aligned = (n: number) => Math.ceil(n / ALIGN) * ALIGN;

/** Whether `bytes` starts like a model file in this layout. */
export function isModelFilePayload(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && MAGIC.equals(bytes.subarray(0, MAGIC.length));
}

function kindOf(array: Section): Kind {
  for (const [kind, ctor] of Object.entries(KINDS)) if (array instanceof ctor) return kind as Kind;
  throw new TypeError('unsupported section type');
}

/** Serialize a model: magic, header length, header JSON, then the aligned sections; deterministic. */
export function encodeModelFile(file: ModelFile): Buffer {
  const entries = Object.entries(file.sections);
  const header: Header = { meta: file.meta, sections: entries.map(([name, a]) => ({ name, kind: kindOf(a), length: a.length })) };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  let size = aligned(MAGIC.length + 4 + json.length);
  for (const [, array] of entries) size = aligned(size + array.byteLength);
  // Buffer.alloc zeroes the padding, so equal models give equal bytes.
  const bytes = Buffer.alloc(size);
  MAGIC.copy(bytes, 0);
  bytes.writeUInt32LE(json.length, MAGIC.length);
  json.copy(bytes, MAGIC.length + 4);
  let at = aligned(MAGIC.length + 4 + json.length);
  for (const [, array] of entries) {
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
    at = aligned(at + array.byteLength);
  }
  return bytes;
}

/**
 * Parse a model's bytes. The sections are views over `bytes` (copied once if `bytes` itself is not
 * 8-byte aligned), so they share its memory: a payload in a SharedArrayBuffer gives shared models.
 */
export function decodeModelFile(bytes: Buffer): ModelFile {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return decodeGzipModelFile(bytes);
  if (!isModelFilePayload(bytes)) throw new RangeError('not a model file (unknown magic bytes)');
  // A copy into a fresh ArrayBuffer starts at offset 0.
  const data = bytes.byteOffset % ALIGN === 0 ? bytes : Buffer.from(new Uint8Array(bytes).buffer);
  const jsonLength = data.readUInt32LE(MAGIC.length);
  const header = JSON.parse(data.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + jsonLength)) as Header;
  let at = aligned(MAGIC.length + 4 + jsonLength);
  const sections: Record<string, Section> = {};
  for (const { name, kind, length } of header.sections) {
    const ctor = KINDS[kind];
    if (at + length * ctor.BYTES_PER_ELEMENT > data.length) throw new RangeError(`section ${name} runs past the end of the file`);
    sections[name] = new ctor(data.buffer as ArrayBuffer, data.byteOffset + at, length);
    at = aligned(at + length * ctor.BYTES_PER_ELEMENT);
  }
  return { meta: header.meta, sections };
}

/**
 * The layout before #13: gzip of the length, header and unpadded sections. Kept so that a model
 * written by an older build still loads (more slowly); `scripts/ml/repack-models.ts` rewrites one.
 */
function decodeGzipModelFile(bytes: Buffer): ModelFile {
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

/**
 * The sections and metadata that store one linear model, names prefixed by `prefix`: the table
 * as `LinearModel` lays it out, so that loading it does no work.
 */
export function linearModelSections(
  model: LinearModelData | LinearModel,
  prefix = '',
  options: LayoutOptions = {},
): ModelFile & { meta: Record<string, unknown>; sections: Record<string, Section> } {
  // `options` lay out trained rows; a loaded model keeps its own layout.
  const { classes, slots, overflow, rows, weights, dense, homeSlots } = (model instanceof LinearModel ? model : new LinearModel(layOut(model, options))).layout();
  // Only a dense or ordered table says so: files written before those layouts have no such keys.
  const layout = { ...(dense ? { [prefix + 'dense']: true } : {}), ...(homeSlots !== undefined ? { [prefix + 'homeSlots']: homeSlots } : {}) };
  return {
    meta: { [prefix + 'classes']: classes, [prefix + 'size']: { rows, weights }, ...layout },
    sections: { [prefix + 'slots']: slots, [prefix + 'overflow']: overflow },
  };
}

/** The layout stored under `prefix`, or undefined for a file of trained rows (older files). */
function layoutOf(file: ModelFile, prefix: string): LinearModelLayout | undefined {
  const s = file.sections;
  const meta = file.meta as Record<string, unknown>;
  const slots = s[prefix + 'slots'];
  if (!slots) return undefined;
  const overflow = s[prefix + 'overflow'];
  if (!(slots instanceof Int32Array && overflow instanceof Int32Array)) throw new RangeError(`linear model ${prefix}slots or ${prefix}overflow missing or not i32`);
  const { rows, weights } = meta[prefix + 'size'] as { rows: number; weights: number };
  const homeSlots = meta[prefix + 'homeSlots'];
  const classes = meta[prefix + 'classes'] as string[];
  return { classes, slots, overflow, rows, weights, dense: meta[prefix + 'dense'] === true, ...(typeof homeSlots === 'number' ? { homeSlots } : {}) };
}

/**
 * The wide rows (`wideRows`) of every linear model in a model file that is scored from them (ordered, sparse, at most
 * WIDE_CLASSES classes: the entity model's), built in shared memory, each with its slots' byte offset in the
 * file's memory: for a thread to build once and hand to its workers with the file (`ml/shared-models.ts`, #13).
 */
export function sharedWideRowsOf(file: ModelFile): { readonly slotsByteOffset: number; readonly wide: WideRows }[] {
  const found: { slotsByteOffset: number; wide: WideRows }[] = [];
  for (const key of Object.keys(file.meta as Record<string, unknown>)) {
    if (!key.endsWith('homeSlots')) continue;
    const layout = layoutOf(file, key.slice(0, -'homeSlots'.length));
    if (!layout || layout.dense || layout.classes.length > WIDE_CLASSES) continue;
    const wide = wideRows(layout, true);
    if (wide) found.push({ slotsByteOffset: layout.slots.byteOffset, wide });
  }
  return found;
}

/** The linear model stored in a model file's sections under `prefix` (laid out sparse or dense, or as trained rows in older files). */
export function linearModelOf(file: ModelFile, prefix = ''): LinearModel {
  const s = file.sections;
  const meta = file.meta as Record<string, unknown>;
  const classes = meta[prefix + 'classes'] as string[];
  const layout = layoutOf(file, prefix);
  if (layout) return new LinearModel(layout);
  return new LinearModel({
    classes,
    keys: s[prefix + 'keys'] as Uint32Array,
    offsets: s[prefix + 'offsets'] as Uint32Array,
    entryClass: s[prefix + 'entryClass'] as Uint16Array,
    entryWeight: s[prefix + 'entryWeight'] as Int16Array,
  });
}
