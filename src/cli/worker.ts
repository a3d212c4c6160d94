import { hostname } from 'node:os';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { defaultPipeline } from '../pipeline.js';
import { runWorker } from '../store/queue-worker.js';
import { dbOption } from './options.js';
import { openQueueDatabase } from './open-store.js';
import { optimiseHotCodeOnly } from './optimisation-budget.js';
import { growYoungGeneration } from './young-generation.js';

export function register(program: Command): void {
  program
    .command('worker')
    .description('take queued jobs from a PostgreSQL store, code them and store the documents; run as many as you like, on any machine')
    .addOption(dbOption())
    .addOption(new Option('--batch <n>', 'jobs claimed and committed together').default(32).argParser(positiveInt))
    .addOption(new Option('--lease <seconds>', 'how long a claim holds without renewal; a dead worker’s jobs return after it').default(60).argParser(positiveInt))
    .addOption(new Option('--max-attempts <n>', 'failures before a job becomes a dead letter').default(3).argParser(positiveInt))
    .option('--name <name>', 'worker name shown by `dyad status` (default: host:pid)')
    .option('--exit-when-drained', 'stop when nothing is queued or leased instead of waiting for more', false)
    .option('-q, --quiet', 'no line per batch', false)
    .action(async (opts: { db: string; batch: number; lease: number; maxAttempts: number; name?: string; exitWhenDrained: boolean; quiet: boolean }) => {
      // A queue worker codes document after document, as one-process ingest does: the same settings.
      growYoungGeneration();
      optimiseHotCodeOnly();
      const db = openQueueDatabase(opts.db);
      const worker = opts.name ?? `${hostname()}:${process.pid}`;
      // SIGINT/SIGTERM finish the batch in hand, so nothing waits for a lease to run out.
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
      try {
        const total = await runWorker({
          db, pipeline: defaultPipeline(), worker, batchSize: opts.batch, leaseSeconds: opts.lease, maxAttempts: opts.maxAttempts,
          exitWhenDrained: opts.exitWhenDrained, signal: stop.signal,
          onBatch: (r) => {
            if (!opts.quiet) process.stderr.write(`${worker}: stored ${r.stored}, duplicate ${r.duplicate}, failed ${r.failed} (dead ${r.dead}), lost lease ${r.lost}\n`);
          },
        });
        process.stdout.write(`${worker} done: stored ${total.stored}, duplicate ${total.duplicate}, failed ${total.failed} (dead ${total.dead}), lost lease ${total.lost}\n`);
      } finally {
        process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
        await db.close();
      }
    });
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number of at least 1 is needed.');
  return n;
}
