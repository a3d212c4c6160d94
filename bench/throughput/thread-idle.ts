/**
 * Where the threads of a built-CLI `dyad ingest` wait, and their garbage collections (#13): runs the
 * CLI once with `idle-probe.mjs` preloaded and `--trace-gc`, and prints one JSON line: wall seconds,
 * the main thread's and each worker's event-loop idle seconds, each worker's tail (seconds from the
 * last reply to its end), the documents the workers annotated and when the first came back, and per isolate (main first) the
 * scavenges and mark-compacts with their summed pauses in ms. Counts rather than wall time are what
 * a busy machine leaves readable (docs/scaling.md, session 34).
 * Usage: `tsx bench/throughput/thread-idle.ts <root> <workers> <inputs…>`, where `<root>` holds the
 * `dist/` to run (`.` for this tree, or a copy of main's built tree to compare against).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { relaunchArgs } from '../../src/cli/relaunch-args.js';

const [root = '.', workers = '2', ...inputs] = process.argv.slice(2);
if (inputs.length === 0) throw new Error('usage: thread-idle.ts <root> <workers> <inputs…>');
const dir = mkdtempSync(join(tmpdir(), 'dyad-thread-idle-'));
const probeOut = join(dir, 'probe.jsonl');
const probe = join(import.meta.dirname, 'idle-probe.mjs');
const cli = join(resolve(root), 'dist', 'cli', 'main.js');
const started = performance.now();
const args = [cli, 'ingest', ...inputs, '--db', join(dir, 'bench.db'), '--quiet', '--workers', workers];
const nodeArgs = ['--trace-gc', '--import', probe];
// Started as `dyad` relaunches itself for ≥ 2 workers (src/cli/relaunch-args.ts), so that the trace and the
// probe see the process that ingests, not also a launcher's isolate and its empty probe line (session 58).
const child = spawn(process.execPath, relaunchArgs([process.execPath, ...args], nodeArgs, {}, availableParallelism()) ?? [...nodeArgs, ...args], {
  env: { ...process.env, IDLE_PROBE_OUT: probeOut },
  stdio: ['ignore', 'pipe', 'ignore'],
});
let trace = '';
child.stdout.setEncoding('utf8').on('data', (chunk: string) => (trace += chunk));

/** Scavenges and mark-compacts per isolate, in the order the isolates first collected (main first). */
function collections(text: string): { scavenges: number; scavengeMs: number; markCompacts: number; markCompactMs: number }[] {
  const byIsolate = new Map<string, { scavenges: number; scavengeMs: number; markCompacts: number; markCompactMs: number }>();
  // e.g. "[7414:0x3ed08250]  567 ms: Scavenge 9.8 (12.0) -> 8.0 (12.2) MB, 10.48 / 0.09 ms ..."
  for (const match of text.matchAll(/^\[\d+:(0x[0-9a-f]+)\]\s+[\d.]+ ms: (Scavenge|Mark-Compact)\b[^,]*, ([\d.]+) \//gm)) {
    const isolate = byIsolate.get(match[1]) ?? { scavenges: 0, scavengeMs: 0, markCompacts: 0, markCompactMs: 0 };
    byIsolate.set(match[1], isolate);
    if (match[2] === 'Scavenge') {
      isolate.scavenges++;
      isolate.scavengeMs += Number(match[3]);
    } else {
      isolate.markCompacts++;
      isolate.markCompactMs += Number(match[3]);
    }
  }
  return [...byIsolate.values()].map((c) => ({ ...c, scavengeMs: Math.round(c.scavengeMs), markCompactMs: Math.round(c.markCompactMs) }));
}

child.on('exit', (code) => {
  const wallS = Math.round((performance.now() - started) / 10) / 100;
  let idle: unknown = null;
  try {
    idle = JSON.parse(readFileSync(probeOut, 'utf8').trim());
  } catch {
    // The probe writes at the CLI's exit; a crashed run leaves no line, and `exit` says why.
  }
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write(JSON.stringify({ exit: code, wallS, idle, gc: collections(trace) }) + '\n');
});
