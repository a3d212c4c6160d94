/**
 * `npx tsx bench/events/profile.ts [--passes 8] [--top 30] [--time-only]`: where the events stage
 * spends its time. The corpus is `npm run bench events`'s (the first 300 Kremlin and 300 White
 * House readouts); the layers before events are made once and kept in `.dyad/events-profile-cache/`
 * (named by the code that makes them, as the eval's layer cache is), then the events stage alone
 * codes every article `--passes` times under the V8 sampling profiler, and the CPU seconds of each
 * pass and the functions with the most self and total time are printed. `--time-only` skips the
 * profiler (it adds its own cost), for old/new comparisons run alternately on a shared machine.
 * The stages are the built ones (`dist/`, run `npm run build` first): tsx's transform keeps no
 * line numbers in the profile, and `dist/` is what the CLI runs. Never part of `npm test`.
 */
import { Session } from 'node:inspector/promises';
import { join, relative } from 'node:path';
import type { Stage } from '../../src/core/stage.js';
import { summarise, type CpuProfile } from './profile-summary.js';
import { preparedReadouts } from './readouts.js';

const ROOT = join(import.meta.dirname, '..', '..');
const { createPipeline } = (await import(join(ROOT, 'dist', 'core', 'pipeline.js'))) as typeof import('../../src/core/pipeline.js');
const { defaultStages } = (await import(join(ROOT, 'dist', 'pipeline.js'))) as { defaultStages: () => Stage[] };
const { loadKb } = (await import(join(ROOT, 'dist', 'stages', 'actors', 'kb.js'))) as { loadKb: () => unknown };

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const passes = option('--passes', 8);
const top = option('--top', 30);
const timeOnly = args.includes('--time-only');

const stages = defaultStages();
const at = stages.findIndex((s) => s.name === 'events');
if (at < 0) throw new Error('the default pipeline has no events stage');
const before = createPipeline(stages.slice(0, at));
const events = stages[at];
const docs = await preparedReadouts((doc) => before.run(doc));
const ctx = { report: () => undefined };
// The first article loads the lexicon, and in a pipeline the actors stage has loaded the
// knowledge base before events run: loading is not coding.
loadKb();
if (docs[0]) events.run(docs[0], ctx);

const session = new Session();
if (!timeOnly) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
}
const seconds: number[] = [];
let coded = 0;
for (let pass = 0; pass < passes; pass++) {
  const since = process.cpuUsage();
  coded = 0;
  for (const doc of docs) coded += (events.run(doc, ctx) as { events: readonly unknown[] }).events.length;
  const used = process.cpuUsage(since);
  seconds.push((used.user + used.system) / 1e6);
}
const median = (list: readonly number[]): number => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
// The first passes pay for compiling and for growing the heap (pass 1 takes about three times
// pass 5): the later half of the passes is the coder's steady cost, the one a long ingest pays.
const warm = seconds.slice(Math.floor(passes / 2));
console.log(`${docs.length} articles, ${coded} events; events stage CPU per pass: ${seconds.map((s) => s.toFixed(2)).join(', ')} s; median ${median(seconds).toFixed(2)} s, warm median ${median(warm).toFixed(2)} s`);
if (!timeOnly) {
  const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
  session.disconnect();
  const rows = summarise(profile, (url) => (url.startsWith('file://') ? relative(ROOT, new URL(url).pathname) : url));
  const line = (r: (typeof rows)[number]): string => `${r.self.toFixed(3).padStart(8)} ${r.total.toFixed(3).padStart(8)}  ${r.name}`;
  console.log(`\n    self    total  (CPU-s over ${passes} passes, by self time)`);
  for (const r of [...rows].sort((a, b) => b.self - a.self).slice(0, top)) console.log(line(r));
  console.log(`\n    self    total  (by total time)`);
  for (const r of [...rows].sort((a, b) => b.total - a.total).slice(0, top)) console.log(line(r));
}
