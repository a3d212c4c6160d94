/**
 * The layers the events stage reads, made once and kept on disk, so that a tune/check measurement
 * reruns only the events stage and the scoring (seconds, not minutes). The cache file is named by
 * a hash of everything that makes those layers: the code and models of every stage before events,
 * the language packs, the lockfile, this file, and the input documents. The events stage's own
 * code and data (`src/stages/events/**`, `models/events/**`) are left out of the hash on purpose:
 * they are what is being tuned. Anything else that changes gives a new name, so a stale cache is
 * never read; old files are removed when a new one is written.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import type { Document } from '../../src/core/document.js';
import type { Layers } from '../../src/core/layers.js';
import { createPipeline, type Pipeline } from '../../src/core/pipeline.js';
import { stagesFromSpec } from '../../src/core/spec.js';
import { DEFAULT_SPEC } from '../../src/pipeline.js';

const ROOT = join(import.meta.dirname, '..', '..');
/** Where the cache lives (gitignored through `.dyad/`). */
export const LAYER_CACHE_DIR = join(ROOT, '.dyad', 'events-layer-cache');

/** The events stage's own code and data: what a cached run reruns, so not part of the key. */
const EVENTS_OWN = [join('src', 'stages', 'events') + sep, join('models', 'events') + sep];

/**
 * The hash of the code and models that make the layers before the events stage. Tests are left
 * out (they make no layers); over-inclusion only costs a rebuild, never a stale read.
 */
export function upstreamCodeKey(root = ROOT): string {
  const hash = createHash('sha256');
  const files = ['src', 'models'].flatMap((top) => (readdirSync(join(root, top), { recursive: true }) as string[]).map((f) => join(top, f)));
  files.push('package-lock.json', relative(root, join(import.meta.dirname, 'layer-cache.ts')));
  for (const file of files.sort()) {
    if (EVENTS_OWN.some((own) => file.startsWith(own)) || file.endsWith('.test.ts')) continue;
    const path = join(root, file);
    if (!statSync(path).isFile()) continue;
    hash.update(`${file}\u0000`).update(readFileSync(path)).update('\u0000');
  }
  return hash.digest('hex').slice(0, 16);
}

interface CachedLayers { readonly layers: Partial<Layers>; readonly diagnostics: readonly Diagnostic[] }

/** The default pipeline split in two: every stage before events, and events alone on their layers. */
function splitPipeline(): { before: Pipeline; events: Pipeline } {
  const kinds = DEFAULT_SPEC.stages.map((s) => (typeof s === 'string' ? s : s.kind));
  const at = kinds.indexOf('events');
  const before = createPipeline(stagesFromSpec({ stages: DEFAULT_SPEC.stages.slice(0, at) }));
  return { before, events: createPipeline(stagesFromSpec({ stages: DEFAULT_SPEC.stages.slice(at) }), before.produces) };
}

/**
 * Code documents with the default pipeline, the layers before events read from the cache when it
 * holds them for this code and these documents, else made and written. The result equals
 * `defaultPipeline().run(doc)` for each document (test/events-layer-cache.test.ts).
 */
export function codeWithLayerCache(docs: readonly Document[], dir = LAYER_CACHE_DIR, codeKey = upstreamCodeKey()): Document[] {
  const inputs = createHash('sha256');
  for (const d of docs) inputs.update(JSON.stringify([d.id, d.text, { ...d.meta, origin: undefined }])).update('\u0000');
  const file = join(dir, `${codeKey}-${inputs.digest('hex').slice(0, 16)}.v8`);
  const { before, events } = splitPipeline();
  let cached: CachedLayers[];
  if (existsSync(file)) {
    cached = deserialize(readFileSync(file)) as CachedLayers[];
  } else {
    cached = docs.map((d) => {
      const done = before.run(d);
      return { layers: done.layers, diagnostics: done.diagnostics };
    });
    mkdirSync(dir, { recursive: true });
    for (const old of readdirSync(dir).filter((f) => f.endsWith('.v8'))) rmSync(join(dir, old));
    writeFileSync(file, serialize(cached));
  }
  return docs.map((d, i) => events.run({ ...d, layers: cached[i].layers, diagnostics: cached[i].diagnostics }));
}
