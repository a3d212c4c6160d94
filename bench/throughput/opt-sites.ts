/**
 * Which functions V8 optimises again and again in a worker (#13): reads a `--log-code` log of the
 * worker's isolate (`node --log-code --logfile-per-isolate --logfile=v8.log parity-child.mjs <root>
 * worker …`, the largest `isolate-*-v8.log`) and counts its TurboFan code objects per function of
 * the worker bundle, named by the bundle's module and line. A site compiled many times is one whose
 * optimised code full collections throw away, typically a closure made per call
 * (docs/scaling.md, session 35). Prints the totals, then every site compiled at least `<min>` times.
 * Usage: `tsx bench/throughput/opt-sites.ts <v8.log> <pipeline-worker.bundle.js> [min]`.
 */
import { readFileSync } from 'node:fs';

const [log, bundle, min = '3'] = process.argv.slice(2);
if (!log || !bundle) throw new Error('usage: opt-sites.ts <v8.log> <bundle.js> [min]');
const lines = readFileSync(bundle, 'utf8').split('\n');
// esbuild opens each module with a `// dist/…` line: the module of a bundle line is the last one above it.
const moduleOf: string[] = [];
let current = '?';
for (let i = 0; i < lines.length; i++) {
  const opened = /^\/\/ (dist\/\S+)/.exec(lines[i]);
  if (opened) current = opened[1];
  moduleOf[i + 1] = current;
}
// `code-creation,JS,<kind>,<time>,<address>,<size>,<name> <url>:<line>:<column>,<sfi>,*`: `*` is TurboFan code.
const CREATION = /^code-creation,JS,\d+,\d+,\w+,\d+,(.*) \S+bundle\.js:(\d+):(\d+),\w+,\*$/;
const counts = new Map<string, number>();
let total = 0;
for (const entry of readFileSync(log, 'utf8').split('\n')) {
  const m = CREATION.exec(entry);
  if (!m) continue;
  total++;
  const site = `${moduleOf[Number(m[2])]}:${m[2]}:${m[3]} ${m[1] || '(anonymous)'}`;
  counts.set(site, (counts.get(site) ?? 0) + 1);
}
const sites = [...counts].sort((a, b) => b[1] - a[1]);
const again = sites.reduce((sum, [, n]) => sum + n - 1, 0);
process.stdout.write(`TurboFan compiles ${total}, sites ${sites.length}, compiles again ${again}\n`);
for (const [site, n] of sites) if (n >= Number(min)) process.stdout.write(`${n}\t${site}\n`);
