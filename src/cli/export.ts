import { readFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { assetPath } from '../core/assets.js';
import { DyadError } from '../core/errors.js';
import { csvLine } from '../export/csv.js';
import { EVENT_FORMATS, lineFormat, type EventFormat } from '../export/formats.js';
import { writeParquet } from '../export/parquet.js';
import { formatSidecar, sidecarOf } from '../export/sidecar.js';
import type { EventFilter, Store } from '../store/store.js';
import { addEventFilterOptions, readEventFilter } from './event-filter-options.js';
import { dbOption } from './options.js';
import { openStore } from './open-store.js';
import { openOutput, writeSidecar } from './output.js';

const TABLES = ['events', 'actors', 'documents'] as const;
type Table = (typeof TABLES)[number];

export function register(program: Command): void {
  const command = program
    .command('export')
    .description('write stored events as PLOVER, JSON Lines, CSV, GDELT 2.0, ICEWS, POLECAT or Parquet files (or actors, documents)')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'see docs/exports.md').choices(EVENT_FORMATS).default('jsonl'))
    .addOption(new Option('--table <table>', 'what to export').choices(TABLES).default('events'))
    .option('-o, --out <file>', 'write to this file (and its sidecar <file>.meta.json) instead of standard output')
    .option('--meta <file>', 'write the sidecar (dyad version, coding lock, crosswalk) here');
  // The same filters as the API's /api/events, as options (`--actor-country RUS`).
  addEventFilterOptions(command);
  command.action(async (opts: Record<string, string | undefined> & { db: string; format: EventFormat; table: Table; out?: string; meta?: string }) => {
    const filter = readEventFilter(opts);
    if (opts.table !== 'events' && opts.format !== 'jsonl' && opts.format !== 'csv') {
      throw new DyadError('E030', { field: '--format', problem: `${opts.format} is for events; use jsonl or csv for ${opts.table}` });
    }
    if (opts.format === 'parquet' && !opts.out) throw new DyadError('E030', { field: '--out', problem: 'parquet is written to a file: give -o <file>' });
    const store = openStore(opts.db);
    try {
      if (opts.table !== 'events') {
        const out = openOutput(opts.out);
        try {
          for await (const line of tableLines(store, opts.table, opts.format as 'jsonl' | 'csv')) await out.write(line);
        } finally {
          await out.close();
        }
        return;
      }
      const sidecar = await exportEvents(store, filter, opts.format, opts.out);
      writeSidecar(sidecar, opts);
    } finally {
      await store.close();
    }
  });
}

/** Write the events in a format; returns the sidecar text (which names the lock, crosswalk and rows). */
export async function exportEvents(store: Store, filter: EventFilter, format: EventFormat, path?: string): Promise<string> {
  const { version } = JSON.parse(readFileSync(assetPath('package.json'), 'utf8')) as { version: string };
  if (format === 'parquet') {
    const base = await sidecarOf(store, format, { filter });
    const rows = await writeParquet(path!, store.eachEvent(filter), { dyad: formatSidecar(base) });
    return formatSidecar({ ...base, rows });
  }
  const lines = lineFormat(format, version);
  const out = openOutput(path);
  let rows = 0;
  let lossy = 0;
  try {
    if (lines.header) await out.write(lines.header);
    for await (const event of store.eachEvent(filter)) {
      const line = lines.line(event);
      rows++;
      if (line.lossy) lossy++;
      await out.write(line.text);
    }
  } finally {
    await out.close();
  }
  return formatSidecar(await sidecarOf(store, format, { filter, columns: lines.columns, rows, lossy, notes: lines.notes }));
}

const PAGE = 500;

export async function* tableLines(store: Store, table: 'actors' | 'documents', format: 'jsonl' | 'csv'): AsyncIterable<string> {
  let header: string[] | undefined;
  for (let offset: number | null = 0; offset !== null; ) {
    let rows: object[];
    if (table === 'actors') {
      const page = await store.actors({}, { limit: PAGE, offset });
      rows = page.items;
      offset = page.next;
    } else {
      rows = await store.list({ limit: PAGE, offset });
      offset = rows.length === PAGE ? offset + PAGE : null;
    }
    for (const row of rows) {
      const record = row as Record<string, string | number | null>;
      if (format === 'jsonl') {
        yield JSON.stringify(row) + '\n';
        continue;
      }
      if (!header) {
        header = table === 'actors'
          ? ['actorId', 'name', 'code', 'sector', 'role', 'mentions', 'documents', 'asActor', 'asRecipient']
          : ['id', 'sourceId', 'title', 'date', 'source', 'datelinePlace', 'origin'];
        yield csvLine(header);
      }
      yield csvLine(header.map((k) => record[k] ?? null));
    }
  }
}
