/**
 * CPU seconds per thread of a built-CLI `dyad ingest` (#13): which of the main thread (reading,
 * replies, the SQLite writer), the worker threads and V8's background threads (GC, optimising
 * compiles) pays for a run. Linux only: it samples `/proc/<pid>/task/<tid>/stat` every 100 ms and
 * keeps each thread's last reading, so a thread's final <100 ms are missed (sessions 24–25 read
 * the same numbers by hand). The main thread is the task whose id is the process's; with
 * `--workers N ≥ 2` it annotates beside N − 1 worker threads, with `--workers 1` it only writes.
 * Usage: `tsx bench/throughput/thread-cpu.ts <workers> <inputs…>` (`npm run build` first); prints JSON.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { relaunchArgs } from '../../src/cli/relaunch-args.js';
import { readThreads, TICKS_PER_SECOND } from './proc-threads.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');

const [workers = '2', ...inputs] = process.argv.slice(2);
if (inputs.length === 0) throw new Error('usage: thread-cpu.ts <workers> <inputs…>');
const dir = mkdtempSync(join(tmpdir(), 'dyad-thread-cpu-'));
const args = [CLI, 'ingest', ...inputs, '--db', join(dir, 'bench.db'), '--quiet', '--workers', workers];
// Started as `dyad` relaunches itself for ≥ 2 workers (src/cli/relaunch-args.ts), so that the process whose
// threads are read here is the one that ingests, not a launcher waiting for it (session 58).
const child = spawn(process.execPath, relaunchArgs([process.execPath, ...args], [], {}, availableParallelism()) ?? args, { cwd: ROOT, stdio: 'ignore' });
const pid = child.pid!;
const last = new Map<number, number>();
const timer = setInterval(() => {
  for (const [tid, ticks] of readThreads(pid)) last.set(tid, ticks);
}, 100);
child.on('exit', (code) => {
  clearInterval(timer);
  rmSync(dir, { recursive: true, force: true });
  const seconds = (t: number) => Math.round((t / TICKS_PER_SECOND) * 100) / 100;
  const others = [...last].filter(([tid]) => tid !== pid).map(([, t]) => t).sort((a, b) => b - a);
  // Worker threads are the busiest non-main threads; the rest are V8's and libuv's. With N ≥ 2 the
  // main thread annotates beside N − 1 workers (session 30 round 2), so only N − 1 are workers.
  const n = Number(workers) >= 2 ? Number(workers) - 1 : Number(workers);
  process.stdout.write(
    JSON.stringify({
      exit: code,
      main: seconds(last.get(pid) ?? 0),
      workers: others.slice(0, n).map(seconds),
      background: seconds(others.slice(n).reduce((a, b) => a + b, 0)),
      total: seconds([...last.values()].reduce((a, b) => a + b, 0)),
    }) + '\n',
  );
});
