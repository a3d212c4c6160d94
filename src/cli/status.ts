import type { Command } from 'commander';
import { queueStatus } from '../store/postgres-queue.js';
import { dbOption, jsonOption } from './options.js';
import { openQueueDatabase } from './open-store.js';

export function register(program: Command): void {
  program
    .command('status')
    .description('the work queue of a PostgreSQL store: depth, jobs in flight per worker, done per minute, dead letters')
    .addOption(dbOption())
    .addOption(jsonOption())
    .action(async (opts: { db: string; json?: boolean }) => {
      const db = openQueueDatabase(opts.db);
      try {
        const s = await queueStatus(db);
        if (opts.json) {
          process.stdout.write(JSON.stringify(s, null, 2) + '\n');
          return;
        }
        const lines = [
          `queue: ${s.queued} queued, ${s.leased} in flight, ${s.done} done, ${s.dead} dead letters; ${s.documents} documents stored`,
          `done per minute: ${s.donePerMinute} (last 5 minutes), ${s.doneLastMinute} in the last minute`,
          ...(s.workers.length ? ['in flight:', ...s.workers.map((w) => `  ${w.worker}: ${w.jobs} jobs, lease until ${w.leaseUntil}`)] : ['in flight: none']),
          ...(s.deadLetters.length ? ['dead letters:', ...s.deadLetters.map((d) => `  job ${d.id} (${d.hash}), ${d.attempts} attempts: ${d.error ?? '(no error)'}`)] : []),
        ];
        process.stdout.write(lines.join('\n') + '\n');
      } finally {
        await db.close();
      }
    });
}
