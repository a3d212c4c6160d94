/**
 * A `--require` preload for tests of `dyad`'s relaunch (`src/cli/relaunch.ts`): each process's main
 * thread appends one JSON line to `$PROCESS_HOOK` when it starts, with its pid, its parent's pid, its
 * node options and its young generation's cap, so a test can see which process ran with which flags.
 * A process that the launcher started also appends `{pid, signal}` when it receives SIGINT or SIGTERM,
 * so a test can tell a forwarded signal from a child that ended only because its launcher was gone.
 */
const { appendFileSync } = require('node:fs');
const { getHeapStatistics } = require('node:v8');
const { isMainThread } = require('node:worker_threads');

if (isMainThread && process.env.PROCESS_HOOK) {
  const record = { pid: process.pid, ppid: process.ppid, execArgv: process.execArgv, launched: process.env.DYAD_LAUNCHED ?? null, heapSizeLimit: getHeapStatistics().heap_size_limit };
  appendFileSync(process.env.PROCESS_HOOK, JSON.stringify(record) + '\n');

  if (process.env.DYAD_LAUNCHED !== undefined) {
    for (const signal of ['SIGINT', 'SIGTERM']) {
      const recordSignal = () => {
        appendFileSync(process.env.PROCESS_HOOK, JSON.stringify({ pid: process.pid, signal }) + '\n');
        // Alone, this listener would keep the signal from ending the process: end it as the signal would.
        if (process.listenerCount(signal) === 1) {
          process.off(signal, recordSignal);
          process.kill(process.pid, signal);
        }
      };
      process.on(signal, recordSignal);
    }
  }
}
