/**
 * One stage of two builds in one process (#13, the paired two-tree method of docs/scaling.md): the documents
 * are prepared once up to the stage by the first build, both builds are given the same model bytes
 * (`provideAsset`, so their tables share memory and only the code differs), and the stage of each runs over
 * all documents in turn, the order flipped every round. Prints each build's CPU per round, the paired ratios
 * (second / first) and the SHA-256 of each build's layer, which must agree.
 * Usage: `node bench/throughput/stage-ab.mjs --stage deps --model syntax/deps.bin [--rounds 12] [--docs 1000]
 * <build> [<build>] -- <input files…>`, where a build is a directory holding `dist/`, `src/`, `package.json`
 * and `models/` (e.g. `git archive <commit> src bench | tar -x`, `dist/` copied, the rest linked). Run it
 * twice with the builds swapped: the first build's rounds ran ~1% faster in A/A runs.
 * `--model-files <a>,<b>` gives each build its own model bytes instead (two models under one code, e.g. a retrained
 * or pruned `deps.bin`; the builds may then be two copies of one tree): the layers' SHA-256 tell whether they agree.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : fallback;
};
const stageName = option('--stage', 'deps');
const model = option('--model', 'syntax/deps.bin');
const rounds = Number(option('--rounds', '12'));
const limit = Number(option('--docs', '1000'));
const modelFiles = option('--model-files', '').split(',').filter(Boolean);
const split = args.indexOf('--');
const builds = args.slice(0, split);
const inputs = args.slice(split + 1);
const load = (build, file) => import(pathToFileURL(resolve(build, 'dist', file)).href);

const first = builds[0];
const { readInputs } = await load(first, 'readers/inputs.js');
const { createPipeline } = await load(first, 'core/pipeline.js');
const raw = [];
for await (const result of readInputs(inputs)) {
  if (result.ok) raw.push(result.doc);
  if (raw.length >= limit) break;
}
const stages = (await load(first, 'pipeline.js')).defaultStages();
const before = createPipeline(stages.slice(0, stages.findIndex((s) => s.name === stageName)));
const docs = [];
for (let at = 0; at < raw.length; at += 32) for (const out of before.runBatch(raw.slice(at, at + 32))) if ('layers' in out) docs.push(out);

const assets = await load(first, 'core/assets.js');
const bytes = assets.readAssetBytes(assets.assetPath('models', ...model.split('/')), true);
const runners = [];
for (const [b, build] of builds.entries()) {
  const own = await load(build, 'core/assets.js');
  own.provideAsset(own.assetPath('models', ...model.split('/')), modelFiles[b] ? assets.readAssetBytes(resolve(modelFiles[b]), true) : bytes);
  runners.push((await load(build, 'pipeline.js')).defaultStages().find((s) => s.name === stageName));
}
const ctx = { report() {} };
const runOnce = (stage) => {
  const start = process.cpuUsage();
  const outs = docs.map((doc) => stage.run(doc, ctx));
  const used = process.cpuUsage(start);
  const hash = createHash('sha256');
  for (const out of outs) hash.update(JSON.stringify(out));
  return { cpu: (used.user + used.system) / 1e6, sha: hash.digest('hex') };
};
for (const stage of runners) runOnce(stage);
const cpu = runners.map(() => []);
const shas = runners.map(() => new Set());
for (let round = 0; round < rounds; round++) {
  const order = round % 2 ? [...runners.keys()].reverse() : [...runners.keys()];
  for (const i of order) {
    const { cpu: s, sha } = runOnce(runners[i]);
    cpu[i].push(Number(s.toFixed(3)));
    shas[i].add(sha);
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const ratios = cpu.length > 1 ? cpu[1].map((s, i) => Number((s / cpu[0][i]).toFixed(3))) : [];
process.stdout.write(
  JSON.stringify({ docs: docs.length, shas: shas.map((s) => [...s]), medians: cpu.map(median), ratioMedian: ratios.length ? median(ratios) : undefined, ratios, cpu }) + '\n',
);
