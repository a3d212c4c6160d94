import type Database from 'better-sqlite3';
import { EVENT_COLUMNS, MENTION_COLUMNS, PARTY_COLUMNS, PLACE_COLUMNS, placeholders, quadCounts, QUOTE_COLUMNS, type DerivedRows } from './derived-rows.js';

/**
 * Writes the query tables (events, their parties, actor mentions, quotes, places) of SQLite from
 * a document's rows (`deriveRows`). Called inside the transaction that stores the document.
 */
export function createDeriver(db: Database.Database): (docRowid: number | bigint, rows: DerivedRows) => void {
  const insert = (table: string, owner: string, columns: readonly string[]) =>
    db.prepare(`INSERT INTO ${table} (${owner}, ${columns.join(', ')}) VALUES ${placeholders(columns.length + 1)}`);
  const insertEvent = insert('events', 'doc_rowid', EVENT_COLUMNS);
  const insertParty = insert('event_parties', 'event_rowid', PARTY_COLUMNS);
  const insertMention = insert('actor_mentions', 'doc_rowid', MENTION_COLUMNS);
  const insertQuote = insert('quotes', 'doc_rowid', QUOTE_COLUMNS);
  const insertPlace = insert('places', 'doc_rowid', PLACE_COLUMNS);
  const addPairDay = db.prepare(
    `INSERT INTO pair_days (actor_code, recipient_code, date, events, score, q1, q2, q3, q4) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?)
     ON CONFLICT DO UPDATE SET events = events + 1, score = score + excluded.score,
       q1 = q1 + excluded.q1, q2 = q2 + excluded.q2, q3 = q3 + excluded.q3, q4 = q4 + excluded.q4`,
  );
  const addPairTotal = db.prepare(
    `INSERT INTO pair_totals (actor_code, recipient_code, events, score) VALUES (?, ?, 1, ?)
     ON CONFLICT DO UPDATE SET events = events + 1, score = score + excluded.score`,
  );

  return (docRowid, rows) => {
    for (const e of rows.events) {
      const { lastInsertRowid } = insertEvent.run(docRowid, ...e.values);
      for (const p of e.parties) insertParty.run(lastInsertRowid, ...p);
      if (!e.pair) continue;
      addPairTotal.run(e.pair.actor, e.pair.recipient, e.pair.score);
      if (e.pair.date) addPairDay.run(e.pair.actor, e.pair.recipient, e.pair.date, e.pair.score, ...quadCounts(e.pair.quad));
    }
    for (const m of rows.mentions) insertMention.run(docRowid, ...m);
    for (const q of rows.quotes) insertQuote.run(docRowid, ...q);
    for (const p of rows.places) insertPlace.run(docRowid, ...p);
  };
}
