/**
 * `npx tsx bench/events/ab.ts <old-checkout> [<new-checkout>] [--passes 10]`: the events stage of
 * two builds (each checkout's `dist/`, the second defaulting to this one) timed in one process on
 * the same prepared readouts (bench/events/readouts.ts, made by this checkout's stages), taking
 * turns every 20 articles: A B B A … On a machine shared with other jobs, separate runs of old and new
 * code differ by ±30% from the load alone; passes taken side by side in one process see the same
 * load, so their ratio is what the change did (two copies of one build differ by about 10%). Prints each side's CPU per pass, and new / old for the first three passes (compiling, as `npm
 * run bench events` measures) and for the later ones (warm). Never part of `npm test`.
 */
import { join, resolve } from 'node:path';
import type { Stage } from '../../src/core/stage.js';
import type * as PipelineModule from '../../src/core/pipeline.js';
import { preparedReadouts } from './readouts.js';

const ROOT = join(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const at = args.indexOf('--passes');
const passes = at >= 0 ? Number(args[at + 1]) : 10;
const positional = args.filter((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));
const [oldRoot, newRoot = ROOT] = positional.map((a) => resolve(a));
if (!oldRoot) {
  console.error('usage: ab.ts <old-checkout> [<new-checkout>] [--passes 10]');
  process.exit(2);
}

/** The events stage of the build in `root`, with its knowledge base and lexicon loaded. */
async function eventsStage(root: string): Promise<Stage> {
  const { defaultStages } = (await import(join(root, 'dist', 'pipeline.js'))) as { defaultStages: () => Stage[] };
  const { loadKb } = (await import(join(root, 'dist', 'stages', 'actors', 'kb.js'))) as { loadKb: () => unknown };
  loadKb();
  const stage = defaultStages().find((s) => s.name === 'events');
  if (!stage) throw new Error(`${root}: the default pipeline has no events stage`);
  return stage;
}

const { createPipeline } = (await import(join(ROOT, 'dist', 'core', 'pipeline.js'))) as typeof PipelineModule;
const { defaultStages } = (await import(join(ROOT, 'dist', 'pipeline.js'))) as { defaultStages: () => Stage[] };
const stages = defaultStages();
const before = createPipeline(stages.slice(0, stages.findIndex((s) => s.name === 'events')));
const docs = await preparedReadouts((doc) => before.run(doc));
const sides = [
  { name: 'old', root: oldRoot, stage: await eventsStage(oldRoot), seconds: [] as number[] },
  { name: 'new', root: newRoot, stage: await eventsStage(newRoot), seconds: [] as number[] },
];
const ctx = { report: () => undefined };
for (const side of sides) if (docs[0]) side.stage.run(docs[0], ctx);
// The sides alternate every few articles, not every pass: the machine's load changes within a
// pass, and each side then sees the same load. Which side goes first alternates too.
const CHUNK = 20;
for (let pass = 0; pass < passes; pass++) {
  const spent = sides.map(() => 0);
  for (let from = 0; from < docs.length; from += CHUNK) {
    for (const k of (from / CHUNK) % 2 ? [1, 0] : [0, 1]) {
      const since = process.cpuUsage();
      for (let i = from; i < Math.min(from + CHUNK, docs.length); i++) sides[k].stage.run(docs[i], ctx);
      const used = process.cpuUsage(since);
      spent[k] += (used.user + used.system) / 1e6;
    }
  }
  sides.forEach((side, k) => side.seconds.push(spent[k]));
}
const total = (list: readonly number[]): number => list.reduce((sum, x) => sum + x, 0);
const median = (list: readonly number[]): number => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const [a, b] = sides;
// Both sides saw the same load in every chunk, so totals compare; a single pass may still be hit by a spike.
const ratio = (from: number, to?: number) => total(b.seconds.slice(from, to)) / total(a.seconds.slice(from, to));
const perPass = median(a.seconds.map((x, i) => b.seconds[i] / x).slice(3));
for (const s of sides) console.log(`${s.name} ${s.root}: ${s.seconds.map((x) => x.toFixed(2)).join(', ')} s; first 3 passes ${total(s.seconds.slice(0, 3)).toFixed(2)} s, later ${total(s.seconds.slice(3)).toFixed(2)} s`);
console.log(`new / old: first 3 passes ${ratio(0, 3).toFixed(3)}, later passes ${ratio(3).toFixed(3)} (median of their per-pass ratios ${perPass.toFixed(3)}); ${docs.length} articles, ${passes} passes each`);
