/**
 * `npx tsx bench/events/alloc-profile.ts [--root <checkout>] [--passes 3] [--top 30]`: what the events
 * stage allocates, by function. Same corpus and prepared layers as `profile.ts` (the first 300 Kremlin
 * and 300 White House readouts); after one warm pass, the events stage codes every article `--passes`
 * times under V8's sampling heap profiler with the objects that minor and major GCs collected kept in
 * (`--heap-prof` leaves them out, and short-lived garbage is what an allocation hunt is after). Prints
 * MB allocated per pass in all and the functions that allocate most (self), and a SHA-256 of the
 * events layers, so a change can be shown to allocate less and code the same. `--root` measures
 * another checkout's `dist/` on this checkout's prepared layers. `--prepared <file>` codes the documents that
 * `bench/throughput/events-only.ts prepare` wrote instead (e.g. Reuters stories, #13). Never part of `npm test`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join, relative, resolve } from 'node:path';
import { deserialize } from 'node:v8';
import type { Document } from '../../src/core/document.js';
import type { Stage } from '../../src/core/stage.js';
import { preparedReadouts } from './readouts.js';

const HERE = join(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const ROOT = resolve(option('--root') ?? HERE);
const passes = Number(option('--passes') ?? 3);
const top = Number(option('--top') ?? 30);

interface Node { callFrame: { functionName: string; url: string; lineNumber: number }; selfSize: number; children: Node[] }
interface SamplingProfile { head: Node; samples: { size: number; nodeId: number }[] }

const stagesOf = async (root: string): Promise<Stage[]> => ((await import(join(root, 'dist', 'pipeline.js'))) as { defaultStages: () => Stage[] }).defaultStages();
const { createPipeline } = (await import(join(HERE, 'dist', 'core', 'pipeline.js'))) as typeof import('../../src/core/pipeline.js');
const own = await stagesOf(HERE);
const before = createPipeline(own.slice(0, own.findIndex((s) => s.name === 'events')));
const prepared = option('--prepared');
const docs = prepared ? (deserialize(readFileSync(prepared)) as Document[]) : await preparedReadouts((doc) => before.run(doc));
((await import(join(ROOT, 'dist', 'stages', 'actors', 'kb.js'))) as { loadKb: () => unknown }).loadKb();
const events = (await stagesOf(ROOT)).find((s) => s.name === 'events');
if (!events) throw new Error(`${ROOT}: the default pipeline has no events stage`);
const ctx = { report: () => undefined };
const hash = createHash('sha256');
for (const doc of docs) hash.update(JSON.stringify(events.run(doc, ctx)));

const session = new Session();
session.connect();
await session.post('HeapProfiler.enable');
await session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as never);
for (let pass = 0; pass < passes; pass++) for (const doc of docs) events.run(doc, ctx);
const { profile } = (await session.post('HeapProfiler.stopSampling')) as unknown as { profile: SamplingProfile };
session.disconnect();

const bytes = new Map<string, number>();
let total = 0;
// A builtin (Map, Set, Array.prototype.map…) has no script: it is named with the function that called it.
const visit = (node: Node, caller: string): void => {
  const { functionName, url, lineNumber } = node.callFrame;
  const place = url.startsWith('file://') ? relative(ROOT, new URL(url).pathname) : url;
  const own = `${functionName || '(anonymous)'}${place ? ` ${place}:${lineNumber + 1}` : ''}`;
  const name = place || !caller ? own : `${own} <- ${caller}`;
  bytes.set(name, (bytes.get(name) ?? 0) + node.selfSize);
  total += node.selfSize;
  for (const child of node.children) visit(child, place ? own : caller);
};
visit(profile.head, '');
const mb = (n: number): string => (n / passes / 1e6).toFixed(1);
console.log(`${docs.length} articles, events layers sha256 ${hash.digest('hex').slice(0, 16)}; allocated ${mb(total)} MB per pass (sampled)`);
for (const [name, n] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${mb(n).padStart(8)} MB ${((100 * n) / total).toFixed(1).padStart(5)}%  ${name}`);
