/**
 * The `entities` stage of two built trees (`dist/`) in one process, over the same prepared documents
 * (tokenised once), taking turns per window of 32 with the order flipped each window, so that a loaded
 * machine's noise falls on both alike (#13). Prints per round the CPU seconds of each tree and their
 * ratio, and the SHA-256 of each tree's `entities` layers over all documents (byte identity).
 * With `--alone`, only the first tree runs (for `node --cpu-prof`). Plain JS: runs any build's
 * `dist/` without a loader.
 * Usage: `node bench/throughput/entities-ab.mjs [--rounds N] [--alone] <root> [<base root>] <inputs…>`
 * (each root holds `dist/`, `package.json` and `models/`).
 */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

const WINDOW = 32;
const args = process.argv.slice(2);
const flag = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? (args.splice(at, 1), true) : false;
};
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : fallback;
};
const rounds = Number(option('--rounds', '6'));
const alone = flag('--alone');
const roots = alone ? [resolve(args.shift())] : [resolve(args.shift()), resolve(args.shift())];
const inputs = args;

const load = (root, path) => import(pathToFileURL(join(root, 'dist', path)).href);

/** Each tree's pipeline of its `entities` stage alone, over documents that have their tokens. */
const trees = [];
for (const root of roots) {
  const { createPipeline } = await load(root, 'core/pipeline.js');
  const { defaultStages } = await load(root, 'pipeline.js');
  const stages = defaultStages();
  const at = stages.findIndex((s) => s.name === 'entities');
  trees.push({ root, createPipeline, before: stages.slice(0, at), entities: createPipeline([stages[at]], ['paragraphs', 'dateline', 'sentences', 'tokens']) });
}

// Prepare: the first tree's stages before entities (only `tokens` and `dateline` are read).
const { readInputs } = await load(roots[0], 'readers/inputs.js');
const raw = [];
for await (const result of readInputs(inputs)) if (result.ok) raw.push(result.doc);
const prepare = trees[0].createPipeline(trees[0].before.filter((s) => ['paragraphs', 'dateline', 'sentences', 'tokens'].includes(s.name)));
const docs = [];
for (let at = 0; at < raw.length; at += WINDOW) for (const out of prepare.runBatch(raw.slice(at, at + WINDOW))) if ('layers' in out) docs.push(out);
const tokens = docs.reduce((n, d) => n + d.layers.tokens.length, 0);

// Warm-up window for each tree.
for (const tree of trees) tree.entities.runBatch(docs.slice(0, WINDOW));

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const out = { docs: docs.length, tokens, roots, rounds: [] };
for (let round = 0; round < rounds; round++) {
  const spent = trees.map(() => 0);
  const hashes = trees.map(() => createHash('sha256'));
  for (let at = 0, turn = 0; at < docs.length; at += WINDOW, turn++) {
    const window = docs.slice(at, at + WINDOW);
    const order = trees.length === 1 ? [0] : (turn + round) % 2 === 0 ? [0, 1] : [1, 0];
    for (const t of order) {
      const since = cpu();
      const done = trees[t].entities.runBatch(window);
      spent[t] += cpu() - since;
      for (const d of done) hashes[t].update('layers' in d ? JSON.stringify(d.layers.entities) : String(d));
    }
  }
  const digests = hashes.map((h) => h.digest('hex').slice(0, 16));
  out.rounds.push({ cpu: spent.map((s) => Number(s.toFixed(3))), ratio: trees.length > 1 ? Number((spent[0] / spent[1]).toFixed(3)) : undefined, digests });
}
const ratios = out.rounds.map((r) => r.ratio).filter((r) => r !== undefined).sort((a, b) => a - b);
if (ratios.length) out.medianRatio = ratios[Math.floor(ratios.length / 2)];
process.stdout.write(JSON.stringify(out) + "\n");
