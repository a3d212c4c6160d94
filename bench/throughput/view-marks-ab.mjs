/**
 * In-process A/B of two builds (#13, session 40): `docView`'s child lists (a fresh `deps` array each call, so its
 * cache never answers) and the events stage's actor marks (a new actor index and one `firstActorsUnder` per
 * document), the builds alternating, the order flipped every round; the counts of both must agree.
 * Usage: `node bench/throughput/view-marks-ab.mjs <base build> <branch build> <rounds> <input files…>`, where a build
 * is a directory with `dist/` (as for `stage-ab.mjs`). Prints each part's medians (ms a round) and paired ratios.
 */
import { resolve } from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
const [base, branch, rounds, ...inputs] = process.argv.slice(2);
const load = (b, f) => import(pathToFileURL(resolve(b, 'dist', f)).href);
const { readInputs } = await load(base, 'readers/inputs.js');
const { createPipeline } = await load(base, 'core/pipeline.js');
const stages = (await load(base, 'pipeline.js')).defaultStages();
const upTo = createPipeline(stages.slice(0, stages.findIndex((s) => s.name === 'events')));
const raw = [];
for await (const r of readInputs(inputs)) if (r.ok) raw.push(r.doc);
const docs = [];
for (let at = 0; at < raw.length; at += 32) for (const out of upTo.runBatch(raw.slice(at, at + 32))) if ('layers' in out) docs.push(out);
const builds = [];
for (const b of [base, branch]) {
  const view = await load(b, 'core/doc-view.js');
  const part = await load(b, 'stages/events/participants.js');
  const tree = await load(b, 'stages/events/tree.js');
  const trees = docs.map((d) => tree.buildTree(d));
  builds.push({ view, part, trees });
}
const mentions = docs.map((d) => d.layers.actors.filter((m) => m.code));
const deps = docs.map((d) => d.layers.deps);
const childrenRound = ({ view }) => {
  let n = 0;
  const t = process.cpuUsage();
  for (let k = 0; k < 15; k++) for (let i = 0; i < docs.length; i++) n += view.docView({ text: docs[i].text, layers: { tokens: docs[i].layers.tokens, deps: deps[i].slice() } }).children.length;
  const u = process.cpuUsage(t);
  return [(u.user + u.system) / 1e3, n];
};
const marksRound = ({ part, trees }) => {
  let n = 0;
  const t = process.cpuUsage();
  for (let k = 0; k < 40; k++) for (let i = 0; i < docs.length; i++) {
    const idx = part.indexActors(mentions[i], trees[i].tokens.length);
    n += part.firstActorsUnder(trees[i], idx, 0, 1).length;
  }
  const u = process.cpuUsage(t);
  return [(u.user + u.system) / 1e3, n];
};
const results = { children: [[], []], marks: [[], []] };
for (const b of builds) { childrenRound(b); marksRound(b); }
for (let r = 0; r < Number(rounds); r++) {
  const order = r % 2 ? [1, 0] : [0, 1];
  for (const [name, fn] of [['children', childrenRound], ['marks', marksRound]]) {
    const outs = [];
    for (const i of order) { const [ms, n] = fn(builds[i]); results[name][i].push(ms); outs[i] = n; }
    if (outs[0] !== outs[1]) throw new Error(`${name} differs`);
  }
}
const med = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
for (const [name, [b, h]] of Object.entries(results)) {
  const ratios = h.map((x, i) => x / b[i]);
  process.stdout.write(`${name}: ${docs.length} docs, base ms median ${med(b).toFixed(1)}, branch ${med(h).toFixed(1)}, branch/base paired median ${med(ratios).toFixed(3)} (${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)})\n`);
}
