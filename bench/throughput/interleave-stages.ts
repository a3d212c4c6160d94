/**
 * Per-stage CPU seconds of two builds of the default pipeline in one process, taking turns over the
 * same windows of 32 documents (the order flipped each window), so that a loaded machine's noise
 * falls on both alike (session 30: separate processes disagreed by more than the change measured).
 * Every document's encoded layers and diagnostics are compared between the two: any difference is
 * counted and the first named (#13).
 * Usage: `tsx bench/throughput/interleave-stages.ts --base <checkout> [--rounds N] [--until stage] <input files…>`
 * (`--until`: run the stages up to that one only),
 * where `<checkout>` holds the other build's `src/` (e.g. from `git archive main src package.json`,
 * with `models` and `node_modules` linked in); JSON on stdout.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Document } from '../../src/core/document.js';
import type { Stage } from '../../src/core/stage.js';
import { createPipeline, type Pipeline } from '../../src/core/pipeline.js';
import { defaultStages } from '../../src/pipeline.js';
import { readInputs } from '../../src/readers/inputs.js';
import { encodeLayers } from '../../src/store/layer-codec.js';
import { timedStages } from '../stage-cpu.js';

const WINDOW = 32;

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : fallback;
};
const rounds = Number(option('--rounds', '3'));
const base = option('--base', '');
if (!base) throw new Error('--base <checkout> is required');
const until = option('--until', '');
/** The stages up to `until` (all without it). */
const upTo = (stages: Stage[]): Stage[] => (until ? stages.slice(0, stages.findIndex((s) => s.name === until) + 1) : stages);
const docs: Document[] = [];
for await (const result of readInputs(args)) if (result.ok) docs.push(result.doc);

const load = async (file: string): Promise<unknown> => import(pathToFileURL(resolve(base, file)).href) as Promise<unknown>;
const baseCore = (await load('src/core/pipeline.ts')) as { createPipeline: typeof createPipeline };
const baseStages = ((await load('src/pipeline.ts')) as { defaultStages: () => Stage[] }).defaultStages();

const spentBase = new Map<string, number>();
const spentHere = new Map<string, number>();
const pipelines: [Pipeline, Pipeline] = [
  baseCore.createPipeline(timedStages(upTo(baseStages), spentBase)),
  createPipeline(timedStages(upTo(defaultStages()), spentHere)),
];
const encode = (out: Document | Error) => ('layers' in out ? encodeLayers(out.layers) + JSON.stringify(out.diagnostics) : JSON.stringify(out));
for (const pipeline of pipelines) pipeline.runBatch(docs.slice(0, WINDOW));

let differing = 0;
let firstDiffering: string | undefined;
const perRound: { base: Record<string, number>; here: Record<string, number> }[] = [];
const rounded = (spent: Map<string, number>) => Object.fromEntries([...spent].map(([name, s]) => [name, Number(s.toFixed(3))]));
for (let round = 0; round < rounds; round++) {
  spentBase.clear();
  spentHere.clear();
  for (let at = 0, turn = 0; at < docs.length; at += WINDOW, turn++) {
    const window = docs.slice(at, at + WINDOW);
    const order = turn % 2 === 0 ? [0, 1] : [1, 0];
    const outs: string[][] = [[], []];
    for (const p of order) outs[p] = pipelines[p].runBatch(window).map(encode);
    outs[0].forEach((text, i) => {
      if (text === outs[1][i]) return;
      differing++;
      firstDiffering ??= window[i].id;
    });
  }
  perRound.push({ base: rounded(spentBase), here: rounded(spentHere) });
}
const total = (r: Record<string, number>) => Number(Object.values(r).reduce((a, b) => a + b, 0).toFixed(2));
process.stdout.write(
  JSON.stringify(
    { docs: docs.length, differing, firstDiffering, totals: perRound.map((r) => ({ base: total(r.base), here: total(r.here) })), perRound },
    null,
    1,
  ) + '\n',
);
