import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { Option, type Command } from 'commander';
import { DyadError } from '../core/errors.js';
import { csvLine } from '../export/csv.js';
import { CSV_COLUMNS, GDELT_COLUMNS, ploverOf } from '../export/events.js';
import type { EventFilter, Store } from '../store/store.js';
import { addEventFilterOptions, readEventFilter } from './event-filter-options.js';
import { dbOption, openStore } from './options.js';

const FORMATS = ['plover', 'csv', 'gdelt', 'jsonl'] as const;
const TABLES = ['events', 'actors', 'documents'] as const;
type Format = (typeof FORMATS)[number];
type Table = (typeof TABLES)[number];

export function register(program: Command): void {
  const command = program
    .command('export')
    .description('write stored events (or actors, documents) as PLOVER JSON Lines, CSV, GDELT-style CSV or JSON Lines')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'plover: PLOVER records; csv: flat table; gdelt: GDELT 2.0 column names; jsonl: records with storage fields').choices(FORMATS).default('jsonl'))
    .addOption(new Option('--table <table>', 'what to export').choices(TABLES).default('events'))
    .option('-o, --out <file>', 'write to this file instead of standard output');
  // The same filters as the API's /api/events, as options (`--actor-country RUS`).
  addEventFilterOptions(command);
  command.action(async (opts: Record<string, string | undefined> & { db: string; format: Format; table: Table; out?: string }) => {
    const filter = readEventFilter(opts);
    if (opts.table !== 'events' && (opts.format === 'plover' || opts.format === 'gdelt')) {
      throw new DyadError('E030', { field: '--format', problem: `${opts.format} is for events; use jsonl or csv for ${opts.table}` });
    }
    const store = openStore(opts.db);
    const out = opts.out ? createWriteStream(opts.out) : process.stdout;
    try {
      const lines = opts.table === 'events' ? eventLines(store, filter, opts.format) : tableLines(store, opts.table, opts.format);
      for await (const line of lines) await write(out, line);
    } finally {
      if (out !== process.stdout) await new Promise<void>((resolve) => out.end(() => resolve()));
      await store.close();
    }
  });
}

/** Lines of the export, produced as the store yields events (nothing is held in memory). */
export async function* eventLines(store: Store, filter: EventFilter, format: Format): AsyncIterable<string> {
  const columns = format === 'csv' ? CSV_COLUMNS : format === 'gdelt' ? GDELT_COLUMNS : undefined;
  if (columns) yield csvLine(columns.header);
  for await (const event of store.eachEvent(filter)) {
    if (columns) yield csvLine(columns.row(event));
    else yield JSON.stringify(format === 'plover' ? ploverOf(event) : event) + '\n';
  }
}

const PAGE = 500;

export async function* tableLines(store: Store, table: 'actors' | 'documents', format: Format): AsyncIterable<string> {
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

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await new Promise((resolve) => out.once('drain', resolve));
}
