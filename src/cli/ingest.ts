import { availableParallelism } from 'node:os';
import { Option, type Command } from 'commander';
import { articleDate } from '../core/days.js';
import { publicId, type Document } from '../core/document.js';
import { recordLock } from '../export/lock.js';
import type { Format } from '../readers/types.js';
import { ingest, type IngestOutcome, type IngestSummary } from '../store/ingest.js';
import { EXIT_REJECTED } from './exit-codes.js';
import { dbOption, formatOption, jsonOption, wholeNumber } from './options.js';
import { openStore } from './open-store.js';
import { isPostgresUrl } from '../store/postgres.js';
import { openSqliteStore } from '../store/sqlite.js';
import { commandPipeline, pipelineOption } from './pipeline-option.js';
import { createProgress } from './progress.js';
import { boundOldGeneration } from './old-generation.js';
import { optimiseHotCodeOnly } from './optimisation-budget.js';
import { growYoungGeneration } from './young-generation.js';

/** The writer's page cache in KiB: SQLite's own default (2 MB); queries open the store with 64 MB. */
const INGEST_CACHE_KIB = 2048;

export function register(program: Command): void {
  program
    .command('ingest')
    .description('read articles, annotate them and store them (a rerun skips what is already stored)')
    .argument('<inputs...>', 'files, folders, globs, http(s) URLs, or - for stdin')
    .addOption(dbOption())
    .addOption(formatOption())
    .addOption(jsonOption())
    .addOption(pipelineOption())
    .option('-q, --quiet', 'no progress and no per-record lines', false)
    .addOption(
      new Option('-w, --workers <n>', 'threads that annotate: 0 the main thread alone, 1 one worker thread, n ≥ 2 the main thread and n − 1 worker threads; the main thread alone writes the store')
        .argParser(wholeNumber('--workers', 0, 256))
        .default(availableParallelism(), 'the number of cores'),
    )
    .addHelpText('after', '\nExit codes: 0 all records stored or already there, 3 some records rejected, 1 failure, 2 bad usage.')
    .action(async (inputs: string[], opts: { db: string; format?: Format; json?: boolean; pipeline?: string; quiet: boolean; workers: number }) => {
      // Whenever this thread annotates (all but --workers 1): at program.ts's 1 MB young generation, a
      // --workers 2 ingest (the main thread annotating beside one worker) spent ~4.5 CPU-s more in
      // V8's background threads (#13). Workers keep their own cap (`WORKER_LIMITS`).
      if (opts.workers !== 1) growYoungGeneration();
      // Measured on all of Reuters with --workers 2: no gain with worker threads (213 vs 224 CPU-s, same RSS).
      if (opts.workers > 0) boundOldGeneration();
      optimiseHotCodeOnly();
      // Workers on the default spec build their own pipelines: this thread then loads no stage, and
      // starts them ~0.2 s of CPU sooner (#13). A spec file is still built here, to report its errors once.
      const pipeline = opts.workers > 0 && opts.pipeline === undefined ? undefined : await commandPipeline(opts.pipeline, { command: 'dyad ingest' });
      const store = isPostgresUrl(opts.db) ? openStore(opts.db) : openSqliteStore(opts.db, { cacheKiB: INGEST_CACHE_KIB });
      const progress = opts.json || opts.quiet ? undefined : createProgress('documents');
      let count = 0;
      let bytes = { done: 0, total: 0 };
      try {
        // The store records what codes its documents, before the first one is written (#17).
        await recordLock(store);
        const summary = await ingest(inputs, {
          store,
          pipeline,
          format: opts.format,
          workers: opts.workers,
          pipelineSpec: opts.pipeline,
          loadPipeline: () => commandPipeline(undefined, { command: 'dyad ingest' }),
          onOutcome: (outcome) => {
            count++;
            if (opts.json) process.stdout.write(JSON.stringify(outcomeJson(outcome)) + '\n');
            else if (outcome.status === 'rejected' && !opts.quiet) process.stderr.write(`rejected: ${outcome.error.message}\n`);
            else if (outcome.status !== 'rejected' && !opts.quiet) for (const w of readerWarnings(outcome.doc)) process.stderr.write(`warning: ${w}\n`);
            progress?.tick(count, bytes.done, bytes.total);
          },
          onProgress: (p) => {
            bytes = { done: p.bytesDone, total: p.bytesTotal };
            progress?.tick(count, bytes.done, bytes.total);
          },
        });
        progress?.finish();
        if (!opts.json) process.stdout.write(formatSummary(summary, opts.db, await store.count()));
        if (summary.rejected > 0) process.exitCode = EXIT_REJECTED;
      } finally {
        await store.close();
      }
    });
}

/** What the reader reported about a record it read in part (replaced bytes, an unreadable time), see #16. */
function readerWarnings(doc: Document): string[] {
  return doc.diagnostics.filter((d) => d.source === 'reader').map((d) => d.reason);
}

function outcomeJson(outcome: IngestOutcome): Record<string, unknown> {
  if (outcome.status === 'rejected') {
    const { origin } = outcome;
    return { status: 'rejected', origin: origin.location, ...(origin.line ? { line: origin.line } : {}), ...(origin.record ? { record: origin.record } : {}), code: outcome.error.code, error: outcome.error.message };
  }
  const { doc } = outcome;
  const dateline = doc.layers.dateline;
  return {
    status: outcome.status,
    id: doc.id,
    source_id: publicId(doc) === doc.id ? null : publicId(doc),
    date: articleDate(doc) ?? null,
    dateline: dateline?.placeName ?? null,
    source: doc.meta.source ?? dateline?.agency ?? null,
    title: doc.meta.title ?? null,
    ...(readerWarnings(doc).length ? { warnings: readerWarnings(doc) } : {}),
  };
}

export function formatSummary(summary: IngestSummary, db: string, total: number): string {
  const reasons = Object.entries(summary.reasons)
    .map(([code, r]) => `    ${code} × ${r.count}, e.g. ${r.example}`)
    .join('\n');
  return (
    `stored ${summary.stored}, duplicate ${summary.duplicate}, rejected ${summary.rejected}` +
    (reasons ? `\n  rejected because:\n${reasons}` : '') +
    `\n${db} now holds ${total} documents.\n`
  );
}
