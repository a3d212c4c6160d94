/**
 * The events benchmarks' corpus: the first 300 Kremlin and 300 White House readouts, with every
 * layer before the events stage. Making those layers takes a minute, so they are kept in
 * `.dyad/events-profile-cache/` under the hash of the code that makes them (the eval's layer
 * cache key, which leaves the events stage's own code out): rerunning the events stage on changed
 * events code reads them back in a second, and any upstream change makes them again.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Document } from '../../src/core/document.js';
import { readInputs } from '../../src/readers/inputs.js';
import { upstreamCodeKey } from '../../eval/events/layer-cache.js';

const ROOT = join(import.meta.dirname, '..', '..');
const READOUTS = join(ROOT, '..', 'shared', 'data', 'news', 'readouts');
const CACHE = join(ROOT, '.dyad', 'events-profile-cache');
const PER_CORPUS = 300;

/** The readouts, each run through `prepare` (the stages before events), read from the cache when this code made them before. */
export async function preparedReadouts(prepare: (doc: Document) => Document): Promise<Document[]> {
  const file = join(CACHE, `${upstreamCodeKey()}.v8`);
  if (existsSync(file)) return deserialize(readFileSync(file)) as Document[];
  const raw: Document[] = [];
  for (const name of ['kremlin.jsonl', 'whitehouse.jsonl']) {
    let n = 0;
    for await (const result of readInputs([join(READOUTS, name)])) if (result.ok && n++ < PER_CORPUS) raw.push(result.doc);
  }
  const prepared = raw.map(prepare);
  mkdirSync(CACHE, { recursive: true });
  for (const old of readdirSync(CACHE).filter((f) => f.endsWith('.v8'))) rmSync(join(CACHE, old));
  writeFileSync(file, serialize(prepared));
  return prepared;
}
