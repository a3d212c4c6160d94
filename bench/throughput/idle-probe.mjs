/**
 * Preload (`node --import`) for `thread-idle.ts` (#13): where the threads of a `dyad ingest --workers N`
 * wait. At exit it appends one JSON line to `$IDLE_PROBE_OUT`: the main thread's event-loop idle
 * seconds, the replies it took from the workers (one per document a worker annotated), when the first
 * came (seconds since the process started: the worker's start-up and first batch), and for each
 * worker its event-loop idle seconds and its tail, the seconds from the last reply any worker sent
 * to its `terminate` (how long the second core sat unused at the end of the input). Plain JS, so
 * that it needs no loader and measures main's build and a branch's alike.
 */
import { appendFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import workerThreads from 'node:worker_threads';

// Worker threads inherit `--import` and load this too; only the main thread measures.
if (workerThreads.isMainThread) {
  let firstReply;
  let lastReply = 0;
  let replies = 0;
  const heard = () => {
    lastReply = performance.now();
    firstReply ??= lastReply;
    replies++;
  };
  // Replies are read synchronously between stages (`PipelinePool.poll`) or by a port's listener.
  const receive = workerThreads.receiveMessageOnPort;
  workerThreads.receiveMessageOnPort = (port) => {
    const message = receive(port);
    if (message) heard();
    return message;
  };
  const on = workerThreads.MessagePort.prototype.on;
  workerThreads.MessagePort.prototype.on = function (event, listener) {
    if (event !== 'message') return on.call(this, event, listener);
    return on.call(this, event, (...args) => {
      heard();
      return listener(...args);
    });
  };
  const seconds = (ms) => Math.round(ms / 10) / 100;
  const workers = [];
  const terminate = workerThreads.Worker.prototype.terminate;
  workerThreads.Worker.prototype.terminate = function () {
    const { idle } = this.performance.eventLoopUtilization();
    workers.push({ idleS: seconds(idle), tailS: seconds(performance.now() - lastReply) });
    return terminate.call(this);
  };
  // The ESM view of `node:worker_threads` (what dyad imports) takes the patched functions.
  syncBuiltinESMExports();
  process.on('exit', () => {
    const line = { mainIdleS: seconds(performance.eventLoopUtilization().idle), replies, firstReplyS: firstReply === undefined ? null : seconds(firstReply), workers };
    appendFileSync(process.env.IDLE_PROBE_OUT ?? '/dev/stderr', JSON.stringify(line) + '\n');
  });
}
