/**
 * The default pipeline of one built tree over the inputs, in windows of 32 as `ingest` runs it, and a SHA-256 per
 * layer (each document's id and JSON-encoded layer, in order) and of the diagnostics: two trees whose lists agree
 * made byte-identical layers (#13).
 * Usage: `node bench/throughput/layer-digests.mjs <tree> <input files…>` (the tree holds `dist/`).
 */
import { createHash } from 'node:crypto';
import console from 'node:console';
import process from 'node:process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
const [root, ...inputs] = process.argv.slice(2);
const load = (p) => import(pathToFileURL(join(resolve(root), 'dist', p)).href);
const { createPipeline } = await load('core/pipeline.js');
const { defaultStages } = await load('pipeline.js');
const { readInputs } = await load('readers/inputs.js');
const raw = [];
for await (const r of readInputs(inputs)) if (r.ok) raw.push(r.doc);
const pipeline = createPipeline(defaultStages());
const hashes = new Map();
const h = (k) => { if (!hashes.has(k)) hashes.set(k, createHash('sha256')); return hashes.get(k); };
let n = 0;
for (let at = 0; at < raw.length; at += 32) for (const d of pipeline.runBatch(raw.slice(at, at + 32))) {
  n++;
  if (!('layers' in d)) { h('errors').update(String(d)); continue; }
  for (const [k, v] of Object.entries(d.layers)) h(k).update(d.id + '\0' + JSON.stringify(v) + '\n');
  h('diagnostics').update(JSON.stringify(d.diagnostics ?? []));
}
console.log(`${root} ${n} docs`);
for (const [k, v] of [...hashes].sort()) console.log(k.padEnd(14), v.digest('hex').slice(0, 16));
