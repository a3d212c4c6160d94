/**
 * The trained model: sparse quantised perceptron weights, the gazetteer and the word classes,
 * in one gzipped file. Layout: a u32 header length, a JSON header, then (4-byte aligned) feature
 * keys (u32), per-feature entry starts (u32), entry weights (i16) and entry labels (u8). The header
 * carries the SHA-256 of the binary part, checked on load.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { assetPath } from '../../core/assets.js';
import { causeText, DyadError } from '../../core/errors.js';
import type { Clusters } from './features.js';
import { Gazetteer } from './gazetteer.js';
import { LABEL_COUNT } from './labels.js';

const FORMAT = 'dyad-ner/1';

/** Where the stage finds its model. */
export const MODEL_PATH = (): string => assetPath('models', 'entities', 'ner.bin.gz');

interface Header {
  format: string;
  labels: number;
  scale: number;
  features: number;
  entries: number;
  sha256: string;
  gazetteer: [string, number][];
  clusters: [string, number[]][];
}

/** The parts a trainer hands over to be written. */
export interface ModelParts {
  readonly keys: Uint32Array;
  readonly starts: Uint32Array;
  readonly labels: Uint8Array;
  readonly weights: Int16Array;
  readonly scale: number;
  readonly gazetteer: Gazetteer;
  readonly clusters: Clusters;
}

/** A loaded model, ready to score feature keys. */
export class NerModel {
  readonly gazetteer: Gazetteer;
  readonly clusters: Clusters;
  /** Multiply summed weights by this to get perceptron scores. */
  readonly scale: number;
  private readonly slots: Uint32Array;
  private readonly slotFeature: Int32Array;
  private readonly mask: number;

  constructor(private readonly parts: Omit<ModelParts, 'gazetteer' | 'clusters'>, gazetteer: Gazetteer, clusters: Clusters) {
    this.gazetteer = gazetteer;
    this.clusters = clusters;
    this.scale = parts.scale;
    let size = 1;
    while (size < parts.keys.length * 2) size <<= 1;
    this.mask = size - 1;
    this.slots = new Uint32Array(size);
    this.slotFeature = new Int32Array(size);
    for (let f = 0; f < parts.keys.length; f++) {
      let s = parts.keys[f] & this.mask;
      while (this.slots[s] !== 0) s = (s + 1) & this.mask;
      this.slots[s] = parts.keys[f];
      this.slotFeature[s] = f;
    }
  }

  /** Add the weights of feature keys `keys[from…to)` to `scores` (length LABEL_COUNT). */
  addScores(keys: Uint32Array, from: number, to: number, scores: Int32Array): void {
    const { starts, labels, weights } = this.parts;
    const { slots, slotFeature, mask } = this;
    for (let k = from; k < to; k++) {
      const key = keys[k];
      let s = key & mask;
      while (slots[s] !== 0 && slots[s] !== key) s = (s + 1) & mask;
      if (slots[s] === 0) continue;
      const f = slotFeature[s];
      for (let e = starts[f], end = starts[f + 1]; e < end; e++) scores[labels[e]] += weights[e];
    }
  }

  /** Number of features and weight entries, for reports. */
  get size(): { features: number; entries: number } {
    return { features: this.parts.keys.length, entries: this.parts.weights.length };
  }
}

/** Serialise a model to the gzipped file format. */
export function encodeModel(parts: ModelParts): Buffer {
  const n = parts.keys.length;
  const m = parts.weights.length;
  const body = Buffer.alloc(8 * n + 4 + 3 * m);
  Buffer.from(parts.keys.buffer, parts.keys.byteOffset, 4 * n).copy(body, 0);
  Buffer.from(parts.starts.buffer, parts.starts.byteOffset, 4 * (n + 1)).copy(body, 4 * n);
  Buffer.from(parts.weights.buffer, parts.weights.byteOffset, 2 * m).copy(body, 8 * n + 4);
  Buffer.from(parts.labels.buffer, parts.labels.byteOffset, m).copy(body, 8 * n + 4 + 2 * m);
  const header: Header = {
    format: FORMAT,
    labels: LABEL_COUNT,
    scale: parts.scale,
    features: n,
    entries: m,
    sha256: createHash('sha256').update(body).digest('hex'),
    gazetteer: parts.gazetteer.entries().sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
    clusters: [...parts.clusters].map(([w, c]) => [w, [...c]] as [string, number[]]).sort((a, b) => (a[0] < b[0] ? -1 : 1)),
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const pad = (4 - ((4 + json.length) % 4)) % 4;
  const lead = Buffer.alloc(4);
  lead.writeUInt32LE(json.length + pad);
  return gzipSync(Buffer.concat([lead, json, Buffer.alloc(pad, 0x20), body]), { level: 9 });
}

/** Parse a model file's bytes; `path` is for error messages only. */
export function decodeModel(bytes: Buffer, path: string): NerModel {
  let raw: Buffer;
  let header: Header;
  try {
    raw = gunzipSync(bytes);
    const length = raw.readUInt32LE(0);
    header = JSON.parse(raw.subarray(4, 4 + length).toString('utf8')) as Header;
    raw = raw.subarray(4 + length);
  } catch (error) {
    throw new DyadError('E040', { path, cause: causeText(error) });
  }
  if (header.format !== FORMAT || header.labels !== LABEL_COUNT) {
    throw new DyadError('E040', { path, cause: `format ${header.format} with ${header.labels} labels, expected ${FORMAT} with ${LABEL_COUNT}` });
  }
  const found = createHash('sha256').update(raw).digest('hex');
  if (found !== header.sha256) throw new DyadError('E041', { path, expected: header.sha256, found });
  const n = header.features;
  const m = header.entries;
  // Copy into fresh aligned buffers: the gunzipped slice may sit at any offset of a shared pool.
  const body = new Uint8Array(raw);
  const parts = {
    keys: new Uint32Array(body.buffer, 0, n),
    starts: new Uint32Array(body.buffer, 4 * n, n + 1),
    weights: new Int16Array(body.buffer, 8 * n + 4, m),
    labels: new Uint8Array(body.buffer, 8 * n + 4 + 2 * m, m),
    scale: header.scale,
  };
  return new NerModel(parts, Gazetteer.fromEntries(header.gazetteer), new Map(header.clusters));
}

let cached: NerModel | undefined;

/** Load the shipped model once per process. */
export function loadModel(path = MODEL_PATH()): NerModel {
  if (cached && path === MODEL_PATH()) return cached;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new DyadError('E040', { path, cause: causeText(error) });
  }
  const model = decodeModel(bytes, path);
  if (path === MODEL_PATH()) cached = model;
  return model;
}
