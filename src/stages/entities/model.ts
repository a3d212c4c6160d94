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
  temperature: number;
  features: number;
  entries: number;
  sha256: string;
  /** `key<TAB>bits` lines: a long string parses far faster than nested JSON arrays. */
  gazetteer: string;
  /** `word<TAB>class class` lines. */
  clusters: string;
}

/** The parts a trainer hands over to be written. */
export interface ModelParts {
  readonly keys: Uint32Array;
  readonly starts: Uint32Array;
  readonly labels: Uint8Array;
  readonly weights: Int16Array;
  /** Multiplier from summed weights to softmax logits, calibrated on dev by the trainer. */
  readonly temperature: number;
  readonly gazetteer: Gazetteer;
  readonly clusters: Clusters;
}

/** A loaded model, ready to score feature keys. */
export class NerModel {
  readonly gazetteer: Gazetteer;
  readonly clusters: Clusters;
  /** Multiplier from summed weights to softmax logits for confidences. */
  readonly temperature: number;
  /**
   * Open-addressing table of (key, offset) pairs, and per feature a packed run in `runs`: its
   * entry count, then (weight << 8 | label) words. One probe and one run read per feature keep
   * scoring to about two cache misses per key, which is what bounds speed here.
   */
  private readonly table: Uint32Array;
  private readonly runs: Int32Array;
  private readonly mask: number;

  constructor(private readonly parts: Omit<ModelParts, 'gazetteer' | 'clusters'>, gazetteer: Gazetteer, clusters: Clusters) {
    this.gazetteer = gazetteer;
    this.clusters = clusters;
    this.temperature = parts.temperature;
    const { keys, starts, labels, weights } = parts;
    let size = 1;
    while (size < keys.length * 2) size <<= 1;
    this.mask = size - 1;
    this.table = new Uint32Array(2 * size);
    this.runs = new Int32Array(keys.length + weights.length);
    let at = 0;
    for (let f = 0; f < keys.length; f++) {
      let s = keys[f] & this.mask;
      while (this.table[2 * s] !== 0) s = (s + 1) & this.mask;
      this.table[2 * s] = keys[f];
      this.table[2 * s + 1] = at;
      this.runs[at++] = starts[f + 1] - starts[f];
      for (let e = starts[f]; e < starts[f + 1]; e++) this.runs[at++] = (weights[e] << 8) | labels[e];
    }
  }

  /** Add the weights of feature keys `keys[from…to)` to `scores` (length LABEL_COUNT). */
  addScores(keys: Uint32Array, from: number, to: number, scores: Float64Array | Int32Array): void {
    const { table, runs, mask } = this;
    for (let k = from; k < to; k++) {
      const key = keys[k];
      let s = key & mask;
      let found = table[2 * s];
      while (found !== 0 && found !== key) {
        s = (s + 1) & mask;
        found = table[2 * s];
      }
      if (found === 0) continue;
      let at = table[2 * s + 1];
      for (let end = at + runs[at++] + 1; at < end; at++) {
        const entry = runs[at];
        scores[entry & 0xff] += entry >> 8;
      }
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
    temperature: parts.temperature,
    features: n,
    entries: m,
    sha256: createHash('sha256').update(body).digest('hex'),
    gazetteer: parts.gazetteer.entries().map(([key, bits]) => `${key}\t${bits}`).sort().join('\n'),
    clusters: [...parts.clusters].map(([word, c]) => `${word}\t${c.join(' ')}`).sort().join('\n'),
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
    temperature: header.temperature,
  };
  const gazetteer = Gazetteer.fromEntries(
    header.gazetteer.split('\n').map((line) => {
      const tab = line.lastIndexOf('\t');
      return [line.slice(0, tab), Number(line.slice(tab + 1))] as const;
    }),
  );
  const clusters = new Map(
    header.clusters.split('\n').map((line) => {
      const tab = line.lastIndexOf('\t');
      return [line.slice(0, tab), line.slice(tab + 1).split(' ').map(Number)] as const;
    }),
  );
  return new NerModel(parts, gazetteer, clusters);
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
