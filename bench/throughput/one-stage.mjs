/**
 * One late stage alone over prepared documents, for an instruction count under callgrind or a CPU profile
 * (#13): `prepare` runs this build's stages before `--stage` over the inputs (in windows of 32) and keeps the
 * documents in `<out>.v8`; `run` loads them, builds a pipeline of that stage only, runs it `--rounds` times
 * over the documents and prints the SHA-256 of the stage's layer, JSON-encoded, so two builds can be shown
 * byte-identical. Instructions of one warm round: callgrind's total at `--rounds 3` minus at `--rounds 1`,
 * halved (load, deserialising and the first round's compiles cancel). Or, one run a build: `--callgrind-after W`
 * under `valgrind --tool=callgrind --instr-atstart=no` turns callgrind's instrumentation on (`callgrind_control -i
 * on`) after W rounds, so the count holds only the later rounds, and the start-up runs uninstrumented, several times
 * faster: what makes a count finish on a loaded machine (session 49).
 * Usage: `node bench/throughput/one-stage.mjs prepare --stage actors --docs 300 --out F <inputs…>`,
 * `node bench/throughput/one-stage.mjs run --stage actors --rounds 3 --in F [--build DIR]`, or `run … --docs 60
 * <inputs…>` (no `--in`: the stages before run in the process, and the stage meets the objects an ingest gives it).
 * Reads `dist/`.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import console from 'node:console';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { deserialize, serialize } from 'node:v8';

const args = process.argv.slice(2);
const mode = args.shift();
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : fallback;
};
const stageName = option('--stage', 'actors');
const build = resolve(option('--build', join(import.meta.dirname, '..', '..')));
const load = (file) => import(pathToFileURL(join(build, 'dist', file)).href);
const { createPipeline } = await load('core/pipeline.js');
const { defaultStages } = await load('pipeline.js');
const stages = defaultStages();
const at = stages.findIndex((s) => s.name === stageName);
const WINDOW = 32;

if (mode === 'prepare') {
  const out = option('--out', '');
  const docs = await earlyStages(Number(option('--docs', '300')));
  writeFileSync(out, serialize(docs));
  console.log(`${docs.length} documents with ${Object.keys(docs[0].layers).join(' ')}`);
} else if (mode === 'run') {
  const rounds = Number(option('--rounds', '3'));
  const after = Number(option('--callgrind-after', '-1'));
  const prepared = option('--in', '');
  // Without `--in`, the stages before run here, over the input files: the layers are then the objects those stages
  // made, as in an ingest. A deserialised `Dep` or `PosTag` has another map than the literal a stage (or a repair)
  // makes, and a deserialised list is holey, so over `--in` the helpers meet two shapes an ingest never shows them
  // and are thrown away ("wrong map", session 50).
  const docs = prepared ? deserialize(readFileSync(prepared)) : await earlyStages(Number(option('--docs', '300')));
  const pipeline = createPipeline([stages[at]], Object.keys(docs[0].layers));
  const digest = createHash('sha256');
  for (let round = 0; round < rounds; round++) {
    if (round === after) callgrindOn();
    for (let i = 0; i < docs.length; i += WINDOW) {
      const outs = pipeline.runBatch(docs.slice(i, i + WINDOW));
      if (round === 0) for (const doc of outs) digest.update(JSON.stringify(doc.layers[stageName]) + JSON.stringify(doc.diagnostics));
    }
  }
  console.log(`${stageName}: ${docs.length} documents, ${rounds} rounds, sha256 ${digest.digest('hex').slice(0, 16)}`);
} else {
  console.error('usage: one-stage.mjs prepare|run …');
  process.exit(2);
}

/** The documents of the input files (`args`, at most `limit`) through this build's stages before `--stage`. */
async function earlyStages(limit) {
  const { readInputs } = await load('readers/inputs.js');
  const raw = [];
  for await (const result of readInputs(args)) {
    if (result.ok) raw.push(result.doc);
    if (raw.length >= limit) break;
  }
  const early = createPipeline(stages.slice(0, at));
  const docs = [];
  for (let i = 0; i < raw.length; i += WINDOW) for (const doc of early.runBatch(raw.slice(i, i + WINDOW))) if ('layers' in doc) docs.push(doc);
  return docs;
}

/**
 * Turn callgrind's instrumentation on for this process (`callgrind_control`, which ships with valgrind). Waited for
 * synchronously: valgrind takes the command while this thread is blocked, and an event loop left idle for the
 * seconds the command takes at load runs V8's idle-time collections, which moved a count by up to 90 M (A/A).
 */
function callgrindOn() {
  const result = spawnSync('callgrind_control', ['-i', 'on', String(process.pid)], { stdio: 'ignore' });
  if (result.status !== 0) throw new Error(`callgrind_control exited with ${result.status}: run under valgrind --tool=callgrind`);
}
