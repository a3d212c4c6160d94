import { openSync, readFileSync, readSync, closeSync } from 'node:fs';
import type { Command } from 'commander';
import { DyadError, causeText } from '../core/errors.js';
import { parseCsv } from '../export/csv.js';
import { diffLines, keyer, type DiffRecord, type DiffSource } from '../export/diff.js';
import { ploverOf } from '../export/events.js';
import type { StoredEvent } from '../store/store.js';
import { openStore } from './open-store.js';
import { openOutput } from './output.js';

export function register(program: Command): void {
  program
    .command('diff')
    .description('events added, removed and changed between two stores or two exports (JSON Lines or CSV), as CSV')
    .argument('<a>', 'the earlier store (.db) or export')
    .argument('<b>', 'the later store or export, of the same kind')
    .option('-o, --out <file>', 'write to this file instead of standard output')
    .addHelpText('after', '\nEvents are matched by document and trigger offsets (docs/analysis.md, "What changed").')
    .action(async (a: string, b: string, opts: { out?: string }) => {
      const out = openOutput(opts.out);
      try {
        for await (const line of diffLines(diffSource(a), diffSource(b))) await out.write(line);
      } finally {
        await out.close();
      }
    });
}

/** Read a store or an export file as a diff side, by its first bytes. */
export function diffSource(path: string): DiffSource {
  const head = firstBytes(path);
  if (head.startsWith('SQLite format 3')) return () => storeRecords(path);
  if (head.trimStart().startsWith('{')) return () => jsonlRecords(path);
  return () => csvRecords(path);
}

async function* storeRecords(path: string): AsyncIterable<DiffRecord> {
  const store = openStore(path);
  try {
    const key = keyer();
    for await (const e of store.eachEvent({})) yield storedRecord(e, key);
  } finally {
    await store.close();
  }
}

/** A stored event (or a `jsonl` export line) as compared: its PLOVER record without dyad's running id. */
function storedRecord(e: StoredEvent, key: ReturnType<typeof keyer>): DiffRecord {
  const { id, ...fields } = ploverOf(e);
  return { key: key(e.doc_id, `${e.trigger.start}-${e.trigger.end}`), id, fields };
}

async function* jsonlRecords(path: string): AsyncIterable<DiffRecord> {
  const key = keyer();
  const lines = readFileSync(path, 'utf8').split('\n');
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    let record: Record<string, unknown> & { id: string; doc_id: string };
    try {
      record = JSON.parse(line) as typeof record;
    } catch (error) {
      throw new DyadError('E012', { origin: path, line: i + 1, cause: causeText(error) });
    }
    if (record.trigger) {
      yield storedRecord(record as unknown as StoredEvent, key);
      continue;
    }
    // A `plover` export has no trigger offsets: its evidence span and event words anchor it.
    const { id, ...fields } = record;
    const info = record.text_info as { start: number; end: number };
    yield { key: key(record.doc_id, `${info.start}-${info.end}:${String(record.event_text)}`), id, fields };
  }
}

async function* csvRecords(path: string): AsyncIterable<DiffRecord> {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  const at = (name: string) => header.indexOf(name);
  if (at('id') < 0 || at('doc_id') < 0 || at('trigger_start') < 0) {
    throw new DyadError('E014', { origin: path, record: 1, problem: 'not a store, a JSON Lines export or a dyad CSV export (no id, doc_id and trigger_start columns)' });
  }
  const key = keyer();
  for (const row of rows) {
    const fields: Record<string, string> = {};
    header.forEach((name, i) => {
      if (name !== 'id' && name !== 'document') fields[name] = row[i];
    });
    yield { key: key(row[at('doc_id')], `${row[at('trigger_start')]}-${row[at('trigger_end')]}`), id: row[at('id')], fields };
  }
}

function firstBytes(path: string): string {
  try {
    const fd = openSync(path, 'r');
    const buffer = Buffer.alloc(16);
    const n = readSync(fd, buffer, 0, 16, 0);
    closeSync(fd);
    return buffer.subarray(0, n).toString('latin1');
  } catch (error) {
    throw new DyadError('E010', { origin: path, cause: causeText(error) });
  }
}
