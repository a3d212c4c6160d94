import { Option, type Command } from 'commander';
import type { StoredEvent } from '../store/store.js';
import { addEventFilterOptions, readEventFilter } from './event-filter-options.js';
import { dbOption, jsonOption, readOnlyOption, wholeNumber } from './options.js';
import { openStore } from './open-store.js';

export function register(program: Command): void {
  const command = program
    .command('events')
    .description('query the events stored by ingest, newest first, with the same filters as the API and export')
    .addOption(dbOption())
    .addOption(jsonOption())
    .addOption(readOnlyOption())
    .addOption(new Option('-n, --limit <n>', 'how many events').argParser(wholeNumber('--limit', 1, 1_000_000)).default(20))
    .addOption(new Option('--offset <n>', 'skip this many').argParser(wholeNumber('--offset', 0, Number.MAX_SAFE_INTEGER)).default(0));
  addEventFilterOptions(command);
  command.action(async (opts: Record<string, unknown> & { db: string; json?: boolean; limit: number; offset: number; readOnly?: boolean }) => {
    const filter = readEventFilter(opts);
    const store = openStore(opts.db, { readOnly: opts.readOnly });
    try {
      const page = await store.events(filter, { limit: opts.limit, offset: opts.offset });
      if (opts.json) {
        for (const event of page.items) process.stdout.write(JSON.stringify(event) + '\n');
        return;
      }
      if (page.items.length === 0) process.stdout.write('no events match\n');
      for (const event of page.items) process.stdout.write(formatEvent(event));
      if (page.next !== null) process.stdout.write(`… more with --offset ${page.next}\n`);
    } finally {
      await store.close();
    }
  });
}

const reports = (story: NonNullable<StoredEvent['story']>) =>
  `${story.numReports} report${story.numReports === 1 ? '' : 's'} from ${story.numSources} source${story.numSources === 1 ? '' : 's'}`;

/** Two lines per event: who did what to whom when (with --dedup: how many reports say it), then the evidence and why. */
export function formatEvent(e: StoredEvent): string {
  const side = (list: StoredEvent['actor']) => list.map((a) => `${a.code ?? ''}${a.sector ?? ''}` || a.name).join('+') || '—';
  const flags = (['negated', 'hypothetical', 'future', 'historical'] as const).filter((f) => e[f]);
  return (
    `${e.date ?? '          '}  ${e.event}${e.mode ? `/${e.mode}` : ''}  ${side(e.actor)} → ${side(e.recipient)}` +
    `${e.event_loc ? `  @ ${e.event_loc.name}` : ''}${flags.length ? `  [${flags.join(', ')}]` : ''}  (${e.doc_id}${e.story ? `; ${reports(e.story)}, story ${e.story.story}` : ''})\n` +
    `    “${e.evidence.replace(/\s+/g, ' ').slice(0, 160)}”  why: ${e.why}\n`
  );
}
