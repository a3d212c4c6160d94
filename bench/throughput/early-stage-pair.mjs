/**
 * One early stage (`pos`, `entities`, or any that needs only the layers up to `tokens`) of two built trees in one
 * process, interleaved (#13): the stages up to `tokens` run once under tree A, then each window of 32 documents runs
 * through A's and B's stage, the order flipped per window and round, so a loaded machine's noise falls on both alike.
 * Prints each warm round's CPU (rounds after the first) and B/A, their sums, and the SHA-256 of each tree's layer
 * (first round): the trees must agree. Separate processes at load ~20 moved ±40% run to run (session 58, fix-b).
 * Usage: `node bench/throughput/early-stage-pair.mjs <stage> <rounds> <tree A> <tree B> <inputs…>` (each tree holds `dist/`).
 */
import { createHash } from 'node:crypto';
import console from 'node:console';
import process from 'node:process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
const [stageName, roundsText, ...rest] = process.argv.slice(2);
const builds = rest.slice(0, 2);
const files = rest.slice(2);
const load = (b, f) => import(pathToFileURL(join(resolve(b), 'dist', f)).href);
const trees = [];
for (const b of builds) trees.push({ core: await load(b, 'core/pipeline.js'), stages: (await load(b, 'pipeline.js')).defaultStages() });
const { readInputs } = await load(builds[0], 'readers/inputs.js');
const raw = [];
for await (const r of readInputs(files)) if (r.ok) raw.push(r.doc);
const names = trees[0].stages.map((s) => s.name);
const early = trees[0].core.createPipeline(trees[0].stages.slice(0, names.indexOf('tokens') + 1));
const W = 32;
const docs = [];
for (let i = 0; i < raw.length; i += W) for (const d of early.runBatch(raw.slice(i, i + W))) if ('layers' in d) docs.push(d);
const pipes = trees.map((t) => t.core.createPipeline([t.stages[names.indexOf(stageName)]], Object.keys(docs[0].layers)));
const digests = pipes.map(() => createHash('sha256'));
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
const per = [];
for (let r = 0; r < Number(roundsText); r++) {
  const spent = [0, 0];
  for (let i = 0, turn = 0; i < docs.length; i += W, turn++) {
    for (const k of (turn + r) % 2 === 0 ? [0, 1] : [1, 0]) {
      const t0 = cpu();
      const outs = pipes[k].runBatch(docs.slice(i, i + W));
      spent[k] += cpu() - t0;
      if (r === 0) for (const d of outs) digests[k].update(JSON.stringify(d.layers[stageName]) + JSON.stringify(d.diagnostics));
    }
  }
  per.push(spent);
  if (r > 0) console.log(`${stageName} round ${r}: A ${spent[0].toFixed(3)} B ${spent[1].toFixed(3)} B/A ${(spent[1] / spent[0]).toFixed(4)}`);
}
const warm = per.slice(1);
const sum = (k) => warm.reduce((s, p) => s + p[k], 0);
console.log(`${stageName} warm A ${sum(0).toFixed(3)} B ${sum(1).toFixed(3)} B/A ${(sum(1) / sum(0)).toFixed(4)}; sha A ${digests[0].digest('hex').slice(0, 16)} B ${digests[1].digest('hex').slice(0, 16)}`);
