/**
 * What a built-CLI `dyad ingest` pays in young-generation collection per isolate (#13), in figures a
 * busy machine leaves readable: V8's own byte counts. Runs the CLI once with `--trace-gc-nvp` and
 * prints one JSON line: per isolate (in the order they first collected; the main thread's is not
 * always first) the scavenges, the MB they copied within the young generation (`new_space_survived`)
 * and promoted to the old one (`promoted`), their summed pauses in ms and the mark-compacts; the CPU
 * seconds of the process's threads (main, the busiest others, the rest) read from `/proc` every
 * 100 ms as `thread-cpu.ts` does; and the process's peak RSS (`VmHWM`) in MB. A scavenge's work is
 * its survivors, so the copied and promoted MB say what a change of the documents kept alive costs
 * where its pause times (wall, inflated by the load) cannot (docs/scaling.md, session 59, sp-batch).
 * Linux only. Usage: `tsx bench/throughput/thread-gc.ts <root> <workers> <inputs…>`, where `<root>`
 * holds the `dist/` to run (`.` for this tree, or an edited copy to compare against).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { relaunchArgs } from '../../src/cli/relaunch-args.js';
import { readThreads, TICKS_PER_SECOND } from './proc-threads.js';

const MB = 1048576;

const [root = '.', workers = '2', ...inputs] = process.argv.slice(2);
if (inputs.length === 0) throw new Error('usage: thread-gc.ts <root> <workers> <inputs…>');
const dir = mkdtempSync(join(tmpdir(), 'dyad-thread-gc-'));
const cli = join(resolve(root), 'dist', 'cli', 'main.js');
const args = [cli, 'ingest', ...inputs, '--db', join(dir, 'bench.db'), '--quiet', '--workers', workers];
const nodeArgs = ['--trace-gc-nvp'];
// Started as `dyad` relaunches itself for ≥ 2 workers, so the trace and /proc see the process that ingests.
const child = spawn(process.execPath, relaunchArgs([process.execPath, ...args], nodeArgs, {}, availableParallelism()) ?? [...nodeArgs, ...args], {
  stdio: ['ignore', 'pipe', 'ignore'],
});
const pid = child.pid!;
let trace = '';
child.stdout.setEncoding('utf8').on('data', (chunk: string) => (trace += chunk));

/** The process's peak RSS so far in kB, or 0 once it is gone. */
function peakRss(): number {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

const ticks = new Map<number, number>();
let peakKb = 0;
const timer = setInterval(() => {
  for (const [tid, t] of readThreads(pid)) ticks.set(tid, t);
  peakKb = Math.max(peakKb, peakRss());
}, 100);

interface Isolate {
  scavenges: number;
  copiedMb: number;
  promotedMb: number;
  scavengeMs: number;
  markCompacts: number;
}

/** Per isolate, from `--trace-gc-nvp` lines ("[pid:0x…] 79 ms: pause=11.4 … gc=s … promoted=0 new_space_survived=490496 …"). */
function collections(text: string): Isolate[] {
  const byIsolate = new Map<string, Isolate>();
  for (const line of text.split('\n')) {
    const isolate = /^\[\d+:(0x[0-9a-f]+)\]/.exec(line)?.[1];
    const kind = / gc=(\w+) /.exec(line)?.[1];
    if (!isolate || !kind) continue;
    const field = (name: string) => Number(new RegExp(` ${name}=([\\d.]+)`).exec(line)?.[1] ?? 0);
    const entry = byIsolate.get(isolate) ?? { scavenges: 0, copiedMb: 0, promotedMb: 0, scavengeMs: 0, markCompacts: 0 };
    byIsolate.set(isolate, entry);
    if (kind === 's') {
      entry.scavenges++;
      entry.copiedMb += field('new_space_survived') / MB;
      entry.promotedMb += field('promoted') / MB;
      entry.scavengeMs += field('pause');
    } else if (kind === 'mc') entry.markCompacts++;
  }
  return [...byIsolate.values()].map((c) => ({ ...c, copiedMb: Math.round(c.copiedMb), promotedMb: Math.round(c.promotedMb), scavengeMs: Math.round(c.scavengeMs) }));
}

child.on('exit', (code) => {
  clearInterval(timer);
  rmSync(dir, { recursive: true, force: true });
  const seconds = (t: number) => Math.round((t / TICKS_PER_SECOND) * 100) / 100;
  const others = [...ticks].filter(([tid]) => tid !== pid).map(([, t]) => t).sort((a, b) => b - a);
  const n = Number(workers) >= 2 ? Number(workers) - 1 : Number(workers);
  process.stdout.write(
    JSON.stringify({
      exit: code,
      main: seconds(ticks.get(pid) ?? 0),
      workers: others.slice(0, n).map(seconds),
      background: seconds(others.slice(n).reduce((a, b) => a + b, 0)),
      total: seconds([...ticks.values()].reduce((a, b) => a + b, 0)),
      peakRssMb: Math.round(peakKb / 1024),
      gc: collections(trace),
    }) + '\n',
  );
});
