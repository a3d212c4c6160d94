import type pg from 'pg';
import { EVENT_COLUMNS, MENTION_COLUMNS, PARTY_COLUMNS, PLACE_COLUMNS, QUOTE_COLUMNS, quadCounts, type PairAddition, type Row } from './derived-rows.js';
import { DOCUMENT_COLUMNS, withIngestTime } from './document-row.js';
import { numbered } from './postgres-dialect.js';
import { preparedOf, type StoreDocument } from './prepared.js';
import type { StoryDoc } from '../stories/features.js';
import { groupDocument, insertSql } from './story-writer.js';
import type { PutStatus } from './store.js';

/** PostgreSQL takes at most 65,535 parameters per statement; a chunk stays well below. */
const MAX_PARAMS = 30_000;

/**
 * Store documents and their derived rows with multi-row inserts, inside the caller's
 * transaction. A document whose content id is already stored (by this batch, an earlier one or
 * another worker at the same moment) is a duplicate: the unique key on `documents.id` decides.
 */
export async function writeDocuments(client: pg.ClientBase, inputs: readonly StoreDocument[]): Promise<PutStatus[]> {
  const docs = inputs.map(preparedOf);
  // Grouping reads the stories other writers change: writers take turns (docs/stories.md), and
  // take the turn first so that no writer holds a row lock while it waits.
  await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['dyad stories']);
  // Sorted by id so that two writers of overlapping batches take the row locks in the same order.
  const firsts = [...new Map(docs.map((d) => [d.doc.id, d])).values()].sort((a, b) => (a.doc.id < b.doc.id ? -1 : 1));
  const stored = new Map<string, number>();
  await insertRows(client, 'documents', DOCUMENT_COLUMNS, firsts.map((d) => Object.values(withIngestTime(d.row))), 'ON CONFLICT (id) DO NOTHING RETURNING rowid, id', (row: { rowid: number; id: string }) => {
    stored.set(row.id, row.rowid);
  });

  const events: Row[] = [];
  const parties: Row[] = [];
  const mentions: Row[] = [];
  const quotes: Row[] = [];
  const places: Row[] = [];
  const pairs: PairAddition[] = [];
  const derived = firsts.filter((d) => stored.has(d.doc.id)).map((d) => ({ rowid: stored.get(d.doc.id)!, story: d.story, rows: d.derived }));
  // Event ids are drawn first, so parties can name their event without a round trip per event.
  const eventIds = await nextIds(client, 'events', derived.reduce((n, d) => n + d.rows.events.length, 0));
  for (const { rowid, rows } of derived) {
    for (const e of rows.events) {
      const id = eventIds.pop()!;
      events.push([id, rowid, ...e.values]);
      for (const p of e.parties) parties.push([id, ...p]);
      if (e.pair) pairs.push(e.pair);
    }
    for (const m of rows.mentions) mentions.push([rowid, ...m]);
    for (const q of rows.quotes) quotes.push([rowid, ...q]);
    for (const p of rows.places) places.push([rowid, ...p]);
  }
  await insertRows(client, 'events', ['rowid', 'doc_rowid', ...EVENT_COLUMNS], events);
  await insertRows(client, 'event_parties', ['event_rowid', ...PARTY_COLUMNS], parties);
  await insertRows(client, 'actor_mentions', ['doc_rowid', ...MENTION_COLUMNS], mentions);
  await insertRows(client, 'quotes', ['doc_rowid', ...QUOTE_COLUMNS], quotes);
  await insertRows(client, 'places', ['doc_rowid', ...PLACE_COLUMNS], places);
  await addPairs(client, pairs);
  for (const { rowid, story } of derived) await groupPostgres(client, rowid, story);

  const seen = new Set<string>();
  return docs.map(({ doc: d }) => {
    const first = !seen.has(d.id);
    seen.add(d.id);
    return first && stored.has(d.id) ? 'stored' : 'duplicate';
  });
}

/** File a stored document into its story (the same statements as SQLite's, awaited one by one). */
export async function groupPostgres(client: pg.ClientBase, rowid: number, features: StoryDoc): Promise<void> {
  const steps = groupDocument(rowid, features);
  for (let step = steps.next(); !step.done; ) {
    const { sql, params, rows } = 'each' in step.value ? { sql: insertSql(step.value, step.value.each.length), params: step.value.each.flat(), rows: false } : step.value;
    const result = await client.query(numbered(sql), params);
    step = steps.next(rows ? result.rows : []);
  }
}

/** Add the batch's events to the pair rollups, one upsert per table, keys in a fixed order. */
async function addPairs(client: pg.ClientBase, pairs: readonly PairAddition[]): Promise<void> {
  const totals = new Map<string, Row>();
  const days = new Map<string, Row>();
  for (const p of pairs) {
    const total = totals.get(`${p.actor}\t${p.recipient}`) ?? [p.actor, p.recipient, 0, 0];
    total[2] = (total[2] as number) + 1;
    total[3] = (total[3] as number) + p.score;
    totals.set(`${p.actor}\t${p.recipient}`, total);
    if (!p.date) continue;
    const key = `${p.actor}\t${p.recipient}\t${p.date}`;
    const day = days.get(key) ?? [p.actor, p.recipient, p.date, 0, 0, 0, 0, 0, 0];
    const add = [1, p.score, ...quadCounts(p.quad)];
    add.forEach((n, i) => (day[3 + i] = (day[3 + i] as number) + n));
    days.set(key, day);
  }
  const sorted = (m: Map<string, Row>) => [...m].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, row]) => row);
  await insertRows(client, 'pair_totals', ['actor_code', 'recipient_code', 'events', 'score'], sorted(totals),
    'ON CONFLICT (actor_code, recipient_code) DO UPDATE SET events = pair_totals.events + excluded.events, score = pair_totals.score + excluded.score');
  await insertRows(client, 'pair_days', ['actor_code', 'recipient_code', 'date', 'events', 'score', 'q1', 'q2', 'q3', 'q4'], sorted(days),
    `ON CONFLICT (actor_code, recipient_code, date) DO UPDATE SET events = pair_days.events + excluded.events, score = pair_days.score + excluded.score,
       q1 = pair_days.q1 + excluded.q1, q2 = pair_days.q2 + excluded.q2, q3 = pair_days.q3 + excluded.q3, q4 = pair_days.q4 + excluded.q4`);
}

/** `n` fresh values of a table's rowid sequence, in descending order (popped in ascending order). */
async function nextIds(client: pg.ClientBase, table: string, n: number): Promise<number[]> {
  if (n === 0) return [];
  const { rows } = await client.query<{ id: number }>(
    'SELECT nextval(pg_get_serial_sequence($1, $2)) AS id FROM generate_series(1, $3::int)', [table, 'rowid', n]);
  return rows.map((r) => r.id).sort((a, b) => b - a);
}

/** One INSERT per chunk of rows, with every value a parameter. */
export async function insertRows<R extends pg.QueryResultRow>(
  client: pg.ClientBase, table: string, columns: readonly string[], rows: readonly Row[], suffix = '', onRow?: (row: R) => void,
): Promise<void> {
  const perChunk = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  for (let i = 0; i < rows.length; i += perChunk) {
    const chunk = rows.slice(i, i + perChunk);
    let n = 0;
    const values = chunk.map((r) => `(${r.map(() => `$${++n}`).join(', ')})`).join(', ');
    const result = await client.query<R>(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values} ${suffix}`, chunk.flat());
    if (onRow) for (const row of result.rows) onRow(row);
  }
}
