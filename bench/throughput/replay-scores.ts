/**
 * What any smaller linear-model table could save (#13): every `LinearModel.addScores` call of the
 * stages up to entities over N stories is recorded in order, then replayed (windows of 32 stories
 * as one-core `ingest` runs them, a buffer streamed through the cache between windows as the later
 * stages would evict it) through two sets of tables, taking turns, the order flipped each round:
 * the shipped tables, and tables holding only the rows these calls hit (same scores for these calls,
 * a checksum compared every round; each model 3–4 times smaller). The second is the bound of every
 * exact table change (smaller slots, pruning, hot rows packed together); what it does not remove is
 * the per-key work. `--positions` also prints, per model, how often the key at each position of
 * its commonest call length is in the model (a template whose keys are nearly never stored).
 * Usage: `tsx bench/throughput/replay-scores.ts [--docs 300] [--rounds 8] [--evict-mb 32] [--positions] <input files…>`.
 */
import { createPipeline } from '../../src/core/pipeline.js';
import type { Document } from '../../src/core/document.js';
import { LinearModel, layOut, rowsOf, type LinearModelData } from '../../src/ml/linear-model.js';
import { defaultStages } from '../../src/pipeline.js';
import { readInputs } from '../../src/readers/inputs.js';

const WINDOW = 32;
const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args.splice(at, 2)[1]) : fallback;
};
const limit = option('--docs', 300);
const rounds = option('--rounds', 8);
const evictMb = option('--evict-mb', 32);
const positionsAt = args.indexOf('--positions');
const showPositions = positionsAt >= 0;
if (showPositions) args.splice(positionsAt, 1);

interface Call {
  readonly model: number;
  readonly keys: Uint32Array;
}

const models = new Map<LinearModel, number>();
const calls: Call[] = [];
const windowEnds: number[] = [];
// The prototype's method, called on each model through `call` (it is never used unbound).
// eslint-disable-next-line @typescript-eslint/unbound-method
const addScores = LinearModel.prototype.addScores;
LinearModel.prototype.addScores = function record(this: LinearModel, keys, from, to, scores) {
  let model = models.get(this);
  if (model === undefined) models.set(this, (model = models.size));
  calls.push({ model, keys: keys.slice(from, to) });
  addScores.call(this, keys, from, to, scores);
};
const docs: Document[] = [];
for await (const result of readInputs(args)) {
  if (result.ok) docs.push(result.doc);
  if (docs.length >= limit) break;
}
const stages = defaultStages();
const pipeline = createPipeline(stages.slice(0, stages.findIndex((stage) => stage.name === 'entities') + 1));
for (let at = 0; at < docs.length; at += WINDOW) {
  pipeline.runBatch(docs.slice(at, at + WINDOW));
  windowEnds.push(calls.length);
}
LinearModel.prototype.addScores = addScores;

const shipped = [...models.keys()];
/** The rows of `model` whose keys the recorded calls read, laid out as the shipped table is. */
function hitRowsOnly(model: LinearModel): LinearModel {
  const id = models.get(model);
  const used = new Set<number>();
  for (const call of calls) if (call.model === id) for (const key of call.keys) used.add(key);
  const rows = rowsOf(model.layout());
  const keys: number[] = [];
  const offsets = [0];
  const entryClass: number[] = [];
  const entryWeight: number[] = [];
  rows.keys.forEach((key, r) => {
    if (!used.has(key)) return;
    for (let e = rows.offsets[r]; e < rows.offsets[r + 1]; e++) {
      entryClass.push(rows.entryClass[e]);
      entryWeight.push(rows.entryWeight[e]);
    }
    keys.push(key);
    offsets.push(entryClass.length);
  });
  const data: LinearModelData = {
    classes: rows.classes,
    keys: Uint32Array.from(keys),
    offsets: Uint32Array.from(offsets),
    entryClass: Uint16Array.from(entryClass),
    entryWeight: Int16Array.from(entryWeight),
  };
  return new LinearModel(layOut(data, { ordered: model.layout().homeSlots !== undefined }));
}
const bound = shipped.map(hitRowsOnly);
const bytesOf = (model: LinearModel) => model.layout().slots.byteLength + model.layout().overflow.byteLength;

const scores = shipped.map((model) => new Float64Array(model.classes.length));
const evict = new Int32Array(evictMb * 262144);
/** CPU ms of replaying every call through `set`, and a checksum of the scores. */
function replay(set: readonly LinearModel[]): { ms: number; sum: number } {
  let ms = 0;
  let sum = 0;
  let from = 0;
  for (const end of windowEnds) {
    // One 4-byte write per 64-byte line: the later stages' memory passing through the cache.
    for (let i = 0; i < evict.length; i += 16) evict[i]++;
    const start = process.cpuUsage();
    for (let c = from; c < end; c++) {
      const { model, keys } = calls[c];
      const out = scores[model];
      out.fill(0);
      set[model].addScores(keys, 0, keys.length, out);
      for (let k = 0; k < out.length; k++) sum += out[k] * (k + 1);
    }
    const used = process.cpuUsage(start);
    ms += (used.user + used.system) / 1000;
    from = end;
  }
  return { ms, sum };
}

for (const [model, id] of models) {
  let keys = 0;
  let present = 0;
  const stored = new Set(rowsOf(model.layout()).keys);
  for (const call of calls) {
    if (call.model !== id) continue;
    keys += call.keys.length;
    for (const key of call.keys) if (stored.has(key)) present++;
  }
  console.log(`model ${id} (${model.classes.length} classes): ${keys} keys, ${((present / keys) * 100).toFixed(1)}% stored; table ${bytesOf(model)} B, hit rows only ${bytesOf(bound[id])} B`);
  if (!showPositions) continue;
  const byLength = new Map<number, { calls: number; present: number[] }>();
  for (const call of calls) {
    if (call.model !== id) continue;
    let group = byLength.get(call.keys.length);
    if (!group) byLength.set(call.keys.length, (group = { calls: 0, present: new Array<number>(call.keys.length).fill(0) }));
    group.calls++;
    call.keys.forEach((key, i) => {
      if (stored.has(key)) group.present[i]++;
    });
  }
  const [length, group] = [...byLength].sort((a, b) => b[1].calls - a[1].calls)[0];
  console.log(`  ${group.calls} calls of ${length} keys, % stored by position: ${group.present.map((n) => Math.round((n / group.calls) * 100)).join(' ')}`);
}
const ratios: number[] = [];
for (let round = 0; round < rounds; round++) {
  const boundFirst = round % 2 === 1;
  const first = replay(boundFirst ? bound : shipped);
  const second = replay(boundFirst ? shipped : bound);
  const [full, small] = boundFirst ? [second, first] : [first, second];
  if (full.sum !== small.sum) throw new Error(`round ${round}: the hit-row tables scored differently`);
  ratios.push(small.ms / full.ms);
  console.log(`round ${round} (${boundFirst ? 'bound' : 'shipped'} first): shipped ${full.ms.toFixed(0)} ms, hit rows only ${small.ms.toFixed(0)} ms, ratio ${(small.ms / full.ms).toFixed(3)}`);
}
ratios.sort((a, b) => a - b);
console.log(`median hit-rows-only / shipped: ${ratios[Math.floor(ratios.length / 2)].toFixed(3)} over ${rounds} rounds, ${calls.length} calls`);
