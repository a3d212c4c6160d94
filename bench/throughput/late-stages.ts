/**
 * The stages after entities (actors, dates, places, themes, quotes, discourse, events: ~45% of the
 * pipeline's CPU, bench/RESULTS.md) measured apart from the models' stages before them (#13). Every
 * input document is run once through this checkout's stages up to entities, in windows of 32 as
 * one-core `ingest` runs them, and kept in `.dyad/late-stages-cache/` (keyed by the inputs and the code
 * before actors); then one of:
 * - `ab --a <checkout> [--b <checkout>] [--rounds N]`: the late stages of two checkouts' `src/` in one
 *   process, taking turns over the same windows (the order flipped each window, so the machine's load
 *   falls on both alike), per-stage CPU seconds per round, and every document's encoded layers and
 *   diagnostics compared between the two (`--b` defaults to this checkout). The stages neither side
 *   changed show the harness' noise; an A/A run (`--a` and `--b` two copies of one tree) shows it too.
 * - `alloc [--root <checkout>] [--rounds N] [--top N]`: what the late stages allocate, by stage folder
 *   and by function (V8's sampling heap profiler, objects collected by minor and major GCs included).
 * - `cpu [--root <checkout>] [--rounds N] [--top N]`: self time by stage folder and function (V8's CPU
 *   profiler over the rounds only, not the warm-up).
 * Each mode prints the SHA-256 of every late layer and diagnostic of the documents it coded.
 * `--dist` loads the trees' built `dist/` instead of `src/`.
 * Usage: `tsx bench/throughput/late-stages.ts <mode> [options] <input files…>`. Never part of `npm test`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Document } from '../../src/core/document.js';
import type { LayerName } from '../../src/core/layers.js';
import type { Pipeline } from '../../src/core/pipeline.js';
import type { Stage } from '../../src/core/stage.js';
import { readInputs } from '../../src/readers/inputs.js';
import { encodeLayers } from '../../src/store/layer-codec.js';
import { timedStages } from '../stage-cpu.js';
import { summariseProfile } from './profile-summary.js';

const HERE = join(import.meta.dirname, '..', '..');
const WINDOW = 32;
const FIRST_LATE = 'actors';
/** Stage folders whose code the prepared layers do not depend on. */
const LATE_FOLDERS = ['actors', 'dates', 'places', 'themes', 'quotes', 'discourse', 'events'];

const args = process.argv.slice(2);
const mode = args.shift();
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : fallback;
};
const rounds = Number(option('--rounds', '3'));
const top = Number(option('--top', '30'));
const rootA = resolve(option('--a', option('--root', HERE)));
const rootB = resolve(option('--b', HERE));
// `--dist`: the trees' built `dist/` instead of `src/` through tsx (whose transform puts every function on line 1 of a profile).
const dist = args.includes('--dist') ? args.splice(args.indexOf('--dist'), 1).length > 0 : false;

interface Tree { createPipeline: (stages: readonly Stage[], provided?: readonly LayerName[]) => Pipeline; defaultStages: () => Stage[] }
async function loadTree(root: string, fromDist = dist): Promise<Tree> {
  const load = async (file: string): Promise<unknown> => import(pathToFileURL(join(root, file)).href) as Promise<unknown>;
  const core = (await load(fromDist ? 'dist/core/pipeline.js' : 'src/core/pipeline.ts')) as Pick<Tree, 'createPipeline'>;
  const spec = (await load(fromDist ? 'dist/pipeline.js' : 'src/pipeline.ts')) as Pick<Tree, 'defaultStages'>;
  return { createPipeline: core.createPipeline, defaultStages: spec.defaultStages };
}
const splitAt = (stages: readonly Stage[]): number => stages.findIndex((s) => s.name === FIRST_LATE);

/** A key for the code the prepared layers come from: every file of src/ and models/ but the late stages' folders. */
function earlyCodeKey(inputs: readonly string[]): string {
  const hash = createHash('sha256').update(inputs.join('\u0000'));
  const files = ['src', 'models'].flatMap((topDir) => (readdirSync(join(HERE, topDir), { recursive: true }) as string[]).map((f) => join(topDir, f)));
  for (const file of files.sort()) {
    if (LATE_FOLDERS.some((folder) => file.startsWith(join('src', 'stages', folder))) || file.endsWith('.test.ts')) continue;
    if (!statSync(join(HERE, file)).isFile()) continue;
    hash.update(file).update(readFileSync(join(HERE, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

/** The input documents with every layer before actors, from the cache when this code made them before. */
async function preparedDocs(inputs: readonly string[], tree: Tree): Promise<Document[]> {
  const dir = join(HERE, '.dyad', 'late-stages-cache');
  const file = join(dir, `${earlyCodeKey(inputs.map((i) => resolve(i)))}.v8`);
  if (existsSync(file)) return deserialize(readFileSync(file)) as Document[];
  const docs: Document[] = [];
  for await (const result of readInputs([...inputs])) if (result.ok) docs.push(result.doc);
  const stages = tree.defaultStages();
  const early = tree.createPipeline(stages.slice(0, splitAt(stages)));
  const prepared: Document[] = [];
  for (let at = 0; at < docs.length; at += WINDOW) {
    for (const out of early.runBatch(docs.slice(at, at + WINDOW))) if ('layers' in out) prepared.push(out);
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, serialize(prepared));
  return prepared;
}

/** A tree's late stages as a pipeline over prepared documents, each stage's CPU seconds added to `spent`. */
function latePipeline(tree: Tree, provided: readonly LayerName[], spent?: Map<string, number>): Pipeline {
  const stages = tree.defaultStages();
  const late = stages.slice(splitAt(stages));
  return tree.createPipeline(spent ? timedStages(late, spent) : late, provided);
}

const encode = (out: Document | Error): string => ('layers' in out ? encodeLayers(out.layers) + JSON.stringify(out.diagnostics) : JSON.stringify(out));
const windows = (docs: readonly Document[]): Document[][] => {
  const list: Document[][] = [];
  for (let at = 0; at < docs.length; at += WINDOW) list.push(docs.slice(at, at + WINDOW));
  return list;
};
const rounded = (spent: Map<string, number>): Record<string, number> => Object.fromEntries([...spent].map(([name, s]) => [name, Number(s.toFixed(3))]));

const here = await loadTree(HERE, false);
const docs = await preparedDocs(args, here);
const provided = Object.keys(docs[0]?.layers ?? {}) as LayerName[];

if (mode === 'ab') {
  const spent = [new Map<string, number>(), new Map<string, number>()];
  const trees = [await loadTree(rootA), rootB === HERE && !dist ? here : await loadTree(rootB)];
  const pipelines = trees.map((tree, k) => latePipeline(tree, provided, spent[k]));
  for (const pipeline of pipelines) pipeline.runBatch(docs.slice(0, WINDOW));
  const digests = [createHash('sha256'), createHash('sha256')];
  let differing = 0;
  let firstDiffering: string | undefined;
  const perRound: { a: Record<string, number>; b: Record<string, number> }[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const s of spent) s.clear();
    windows(docs).forEach((window, turn) => {
      const outs: string[][] = [[], []];
      for (const k of turn % 2 === 0 ? [0, 1] : [1, 0]) outs[k] = pipelines[k].runBatch(window).map(encode);
      outs[0].forEach((text, i) => {
        if (round === 0) outs.forEach((o, k) => digests[k].update(o[i]));
        if (text === outs[1][i]) return;
        differing++;
        firstDiffering ??= window[i].id;
      });
    });
    perRound.push({ a: rounded(spent[0]), b: rounded(spent[1]) });
  }
  const sums = (side: 'a' | 'b'): Record<string, number> => {
    const sum: Record<string, number> = {};
    // The first rounds still compile (a round took twice the later ones' time in the first two): the
    // sums are of the rounds after the first two when there are five or more, else after the first.
    for (const r of perRound.slice(rounds >= 5 ? 2 : rounds > 1 ? 1 : 0)) for (const [name, s] of Object.entries(r[side])) sum[name] = (sum[name] ?? 0) + s;
    return sum;
  };
  const [a, b] = [sums('a'), sums('b')];
  const table = Object.keys(a).map((name) => `${name.padEnd(10)} ${a[name].toFixed(2).padStart(7)} ${b[name].toFixed(2).padStart(7)} ${((b[name] / a[name] - 1) * 100).toFixed(1).padStart(6)}%`);
  const total = (r: Record<string, number>): number => Object.values(r).reduce((x, y) => x + y, 0);
  console.log(`a ${rootA}\nb ${rootB}\n${docs.length} documents, ${rounds} rounds; differing ${differing}${firstDiffering ? ` (first ${firstDiffering})` : ''}`);
  console.log(`sha256 a ${digests[0].digest('hex').slice(0, 16)} b ${digests[1].digest('hex').slice(0, 16)}`);
  console.log(`stage            a       b  (CPU-s, warm rounds)\n${table.join('\n')}\n${'all'.padEnd(10)} ${total(a).toFixed(2).padStart(7)} ${total(b).toFixed(2).padStart(7)} ${((total(b) / total(a) - 1) * 100).toFixed(1).padStart(6)}%`);
  console.log(`per round (a / b): ${perRound.map((r) => `${total(r.a).toFixed(2)}/${total(r.b).toFixed(2)}`).join(', ')}`);
} else if (mode === 'alloc' || mode === 'cpu') {
  const tree = rootA === HERE && !dist ? here : await loadTree(rootA);
  const pipeline = latePipeline(tree, provided);
  const digest = createHash('sha256');
  for (const window of windows(docs)) for (const out of pipeline.runBatch(window)) digest.update(encode(out));
  const session = new Session();
  session.connect();
  if (mode === 'alloc') {
    await session.post('HeapProfiler.enable');
    await session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as never);
  } else {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
  }
  for (let round = 0; round < rounds; round++) for (const window of windows(docs)) pipeline.runBatch(window);
  console.log(`${rootA}: ${docs.length} documents, late layers sha256 ${digest.digest('hex').slice(0, 16)}`);
  if (mode === 'alloc') {
    const { profile } = (await session.post('HeapProfiler.stopSampling')) as unknown as { profile: { head: AllocNode } };
    printAllocations(profile.head, tree === here ? HERE : rootA);
  } else {
    const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Parameters<typeof summariseProfile>[0] };
    writeFileSync(join(HERE, '.dyad', 'late-stages.cpuprofile'), JSON.stringify(profile));
    const { total, byFolder, byFunction } = summariseProfile(profile);
    const share = (us: number): string => `${((100 * us) / total).toFixed(1).padStart(5)}%`;
    for (const [name, us] of [...byFolder].sort((x, y) => y[1] - x[1]).slice(0, 15)) console.log(`${share(us)}  ${name}`);
    console.log('');
    for (const [name, us] of [...byFunction].sort((x, y) => y[1] - x[1]).slice(0, top)) console.log(`${share(us)}  ${name}`);
  }
  session.disconnect();
} else {
  console.error('usage: late-stages.ts ab|alloc|cpu [--a|--root <checkout>] [--b <checkout>] [--rounds N] [--top N] <input files…>');
  process.exit(2);
}

interface AllocNode { callFrame: { functionName: string; url: string; lineNumber: number }; selfSize: number; children: AllocNode[] }

/** MB allocated per round by stage folder and by function; a builtin is named with the function that called it. */
function printAllocations(head: AllocNode, root: string): void {
  const bytes = new Map<string, number>();
  const folders = new Map<string, number>();
  let total = 0;
  const visit = (node: AllocNode, caller: string, folder: string): void => {
    const { functionName, url, lineNumber } = node.callFrame;
    const place = url.startsWith('file://') ? relative(root, new URL(url).pathname) : url;
    const own = `${functionName || '(anonymous)'}${place ? ` ${place}:${lineNumber + 1}` : ''}`;
    const name = place || !caller ? own : `${own} <- ${caller}`;
    const stage = /(?:src|dist)\/stages\/([a-z-]+)\//.exec(place)?.[1] ?? folder;
    bytes.set(name, (bytes.get(name) ?? 0) + node.selfSize);
    folders.set(stage, (folders.get(stage) ?? 0) + node.selfSize);
    total += node.selfSize;
    for (const child of node.children) visit(child, place ? own : caller, stage);
  };
  visit(head, '', '(outside)');
  const mb = (n: number): string => (n / rounds / 1e6).toFixed(1).padStart(8);
  const pct = (n: number): string => `${((100 * n) / total).toFixed(1).padStart(5)}%`;
  console.log(`allocated ${mb(total)} MB per round (sampled)`);
  for (const [name, n] of [...folders].sort((x, y) => y[1] - x[1])) console.log(`${mb(n)} MB ${pct(n)}  ${name}`);
  console.log('');
  for (const [name, n] of [...bytes].sort((x, y) => y[1] - x[1]).slice(0, top)) console.log(`${mb(n)} MB ${pct(n)}  ${name}`);
}
