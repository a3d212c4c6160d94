/**
 * Each thread's memory at the process's highest RSS, for `dyad ingest --workers N` (#13). A `--require`
 * preload (Node 20 runs `--require`, not `--import`, in worker threads too): every 50 ms each thread reads
 * `process.memoryUsage()` and, when the process's RSS has risen 2 MB past the most this thread saw, writes
 * its heap by space (committed and used MB) to `<THREAD_PEAKS>.<pid>.<threadId>.json`, overwriting the last.
 * Usage: `THREAD_PEAKS=/tmp/peaks/s node --require ./bench/throughput/thread-peaks.cjs dist/cli/main.js
 * ingest … --workers 2`; then `cat /tmp/peaks/s.*` (thread 0 is the main thread). docs/scaling.md, session 56.
 */
const { writeFileSync } = require('node:fs');
const { getHeapSpaceStatistics } = require('node:v8');
const { threadId } = require('node:worker_threads');

const out = process.env.THREAD_PEAKS || '/tmp/thread-peaks';
const MB = (bytes) => Math.round(bytes / 1048576);
let highest = 0;

function sample() {
  const memory = process.memoryUsage();
  if (memory.rss < highest + 2 * 1048576) return;
  highest = memory.rss;
  const spaces = {};
  for (const space of getHeapSpaceStatistics()) if (space.space_size > 0) spaces[space.space_name] = [MB(space.space_size), MB(space.space_used_size)];
  const record = { s: Math.round(process.uptime()), rss: MB(memory.rss), heapTotal: MB(memory.heapTotal), heapUsed: MB(memory.heapUsed), arrayBuffers: MB(memory.arrayBuffers), spaces };
  writeFileSync(`${out}.${process.pid}.${threadId}.json`, JSON.stringify(record) + '\n');
}

setInterval(sample, 50).unref();
