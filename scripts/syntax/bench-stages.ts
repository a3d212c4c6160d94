/**
 * Speed and output check of the syntax stages (#13): runs the stages up to `entities` over
 * Reuters-21578 stories in-process, prints CPU seconds and tokens per CPU-second of `tokens`,
 * `pos`, `deps` and `entities` (best of `ROUNDS` passes after one warm-up pass, so a loaded
 * machine's noise shrinks), and a SHA-256 of each stage's layers over all stories, so a change
 * that must keep the output byte-identical can be checked against a run before it.
 * Usage: `tsx scripts/syntax/bench-stages.ts [stories=500] [rounds=3] [last=entities]`; with a later
 * `last` stage (`actors`, `events`) every stage up to it is timed and hashed.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Document } from '../../src/core/document.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { stagesFromSpec } from '../../src/core/spec.js';
import { DEFAULT_SPEC } from '../../src/pipeline.js';
import { readInputs } from '../../src/readers/inputs.js';
import { timedStages } from '../../bench/stage-cpu.js';

const stories = Number(process.argv[2] ?? 500);
const rounds = Number(process.argv[3] ?? 3);
const last = process.argv[4] ?? 'entities';
const reuters = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'news', 'reuters21578');

const docs: Document[] = [];
for await (const result of readInputs(['reut2-000.sgm', 'reut2-001.sgm'].map((f) => join(reuters, f)))) {
  if (result.ok) docs.push(result.doc);
  if (docs.length >= stories) break;
}

const spent = new Map<string, number>();
const names = DEFAULT_SPEC.stages.slice(0, DEFAULT_SPEC.stages.indexOf(last) + 1) as string[];
const TIMED = last === 'entities' ? ['tokens', 'pos', 'deps', 'entities'] : names;
const stages = timedStages(stagesFromSpec({ stages: names }), spent);
const pipeline = createPipeline(stages);

let out: Document[] = docs.map((doc) => pipeline.run(doc));
const best = new Map<string, number>();
for (let r = 0; r < rounds; r++) {
  spent.clear();
  out = docs.map((doc) => pipeline.run(doc));
  for (const [name, s] of spent) best.set(name, Math.min(best.get(name) ?? Infinity, s));
}
const tokens = out.reduce((n, doc) => n + (doc.layers.tokens?.length ?? 0), 0);
console.log(`${docs.length} stories, ${tokens} tokens, best of ${rounds} rounds`);
for (const name of TIMED) {
  const s = best.get(name) ?? 0;
  const hash = createHash('sha256');
  for (const doc of out) hash.update(JSON.stringify((doc.layers as Record<string, unknown>)[name]) ?? 'none');
  console.log(`${name.padEnd(9)} ${s.toFixed(3).padStart(7)} CPU-s ${Math.round(tokens / s).toLocaleString('en-US').padStart(10)} tokens/CPU-s  sha256 ${hash.digest('hex').slice(0, 16)}`);
}
