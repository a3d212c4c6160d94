import type { Command } from 'commander';
import type { Document } from '../core/document.js';
import { readInputs } from '../readers/inputs.js';
import type { Format } from '../readers/types.js';
import { enqueue } from '../store/postgres-queue.js';
import { EXIT_REJECTED } from './exit-codes.js';
import { dbOption, formatOption, jsonOption } from './options.js';
import { openQueueDatabase } from './open-store.js';

const BATCH = 500;

export function register(program: Command): void {
  program
    .command('enqueue')
    .description('read articles and queue them as jobs for `dyad worker` (PostgreSQL store)')
    .argument('<inputs...>', 'files, folders, globs, http(s) URLs, or - for stdin')
    .addOption(dbOption())
    .addOption(formatOption())
    .addOption(jsonOption())
    .addHelpText('after', '\nA record already queued or already stored is not queued again. Exit codes: 0 done, 3 some records rejected, 1 failure, 2 bad usage.')
    .action(async (inputs: string[], opts: { db: string; format?: Format; json?: boolean }) => {
      const db = openQueueDatabase(opts.db);
      const counts = { queued: 0, alreadyQueued: 0, alreadyStored: 0, rejected: 0 };
      let batch: Document[] = [];
      const flush = async () => {
        const result = await enqueue(db, batch);
        for (const k of ['queued', 'alreadyQueued', 'alreadyStored'] as const) counts[k] += result[k];
        batch = [];
      };
      try {
        for await (const result of readInputs(inputs, { format: opts.format })) {
          if (!result.ok) {
            counts.rejected++;
            process.stderr.write(`rejected: ${result.error.message}\n`);
            continue;
          }
          batch.push(result.doc);
          if (batch.length >= BATCH) await flush();
        }
        await flush();
      } finally {
        await db.close();
      }
      process.stdout.write(opts.json
        ? JSON.stringify(counts) + '\n'
        : `queued ${counts.queued}, already queued ${counts.alreadyQueued}, already stored ${counts.alreadyStored}, rejected ${counts.rejected}\n`);
      if (counts.rejected > 0) process.exitCode = EXIT_REJECTED;
    });
}
