/**
 * The `actors` and `discourse` stages of two built trees, each stage alone, over the documents `late-stages.ts`
 * keeps in `.dyad/late-stages-cache/` (every layer before actors), #13: the layers between actors and discourse
 * are made once by the first tree; each window of 32 runs under both trees, the order flipped per window and
 * round. Prints each stage's SHA-256 under both trees (layer and diagnostics, first round), the CPU sums of the
 * rounds after the first and the per-round ratios (second tree / first). Run it in both orders: the first
 * tree's rounds ran faster in either order (docs/scaling.md, session 47).
 * Usage: `node bench/throughput/stage-pair.mjs <cache.v8> <rounds> <tree A> <tree B>` (each tree holds `dist/`).
 */
import { createHash } from 'node:crypto';
import console from 'node:console';
import process from 'node:process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deserialize } from 'node:v8';
const [cache, roundsText, ...roots] = process.argv.slice(2);
const rounds = Number(roundsText);
const docs0 = deserialize(readFileSync(cache));
const load = (root, p) => import(pathToFileURL(join(resolve(root), 'dist', p)).href);
const trees = [];
for (const root of roots) trees.push({ root, core: await load(root, 'core/pipeline.js'), stages: (await load(root, 'pipeline.js')).defaultStages() });
const names = trees[0].stages.map((s) => s.name);
const W = 32;
const windows = (docs) => { const l = []; for (let i = 0; i < docs.length; i += W) l.push(docs.slice(i, i + W)); return l; };
// Docs with every layer before discourse, made by tree A.
const provided0 = Object.keys(docs0[0].layers);
const upTo = trees[0].core.createPipeline(trees[0].stages.slice(names.indexOf('actors'), names.indexOf('discourse')), provided0);
const docs1 = windows(docs0).flatMap((w) => upTo.runBatch(w));
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
for (const [stage, docs] of [['actors', docs0], ['discourse', docs1]]) {
  const provided = Object.keys(docs[0].layers).filter((k) => k !== stage);
  const pipes = trees.map((t) => t.core.createPipeline([t.stages[names.indexOf(stage)]], provided));
  for (const p of pipes) p.runBatch(docs.slice(0, W));
  const per = [];
  const digests = trees.map(() => createHash('sha256'));
  for (let r = 0; r < rounds; r++) {
    const spent = [0, 0];
    windows(docs).forEach((w, turn) => {
      for (const k of (turn + r) % 2 === 0 ? [0, 1] : [1, 0]) {
        const t0 = cpu();
        const outs = pipes[k].runBatch(w);
        spent[k] += cpu() - t0;
        if (r === 0) for (const o of outs) digests[k].update(JSON.stringify(o.layers[stage]) + JSON.stringify(o.diagnostics));
      }
    });
    per.push(spent);
  }
  const warm = per.slice(1);
  const sum = (k) => warm.reduce((s, p) => s + p[k], 0);
  const ratios = warm.map((p) => p[1] / p[0]).sort((a, b) => a - b);
  console.log(`${stage}: ${docs.length} docs; sha a ${digests[0].digest('hex').slice(0, 16)} b ${digests[1].digest('hex').slice(0, 16)}`);
  console.log(`  warm sums a ${sum(0).toFixed(2)} b ${sum(1).toFixed(2)} b/a ${(sum(1) / sum(0)).toFixed(3)}; per-round b/a median ${ratios[ratios.length >> 1].toFixed(3)} range ${ratios[0].toFixed(3)}-${ratios.at(-1).toFixed(3)}`);
  console.log(`  rounds ${per.map((p) => `${p[0].toFixed(2)}/${p[1].toFixed(2)}`).join(' ')}`);
}
