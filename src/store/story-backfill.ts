import type Database from 'better-sqlite3';
import type pg from 'pg';
import { storyDoc } from '../stories/features.js';
import { fromRow, type DocumentRow } from './document-row.js';
import { groupPostgres } from './postgres-write.js';

/**
 * Grouping the documents a store holds but has not grouped: those stored before the stories
 * tables existed (a PostgreSQL store created before migration 4, a SQLite store before its
 * migration 4). Each is filed as `put()` would file it, in rowid order; since the groups do not
 * depend on the order, the result is the one a fresh ingest gives. A grouped document is never
 * read again, so running it twice changes nothing; stores run it when they are opened.
 */

/** Documents per read: bounds memory on a large store, since each row carries its layers. */
const BATCH = 200;

const ungrouped = (placeholder: string) =>
  `SELECT d.rowid, d.* FROM documents d WHERE d.rowid > ${placeholder} AND NOT EXISTS (SELECT 1 FROM story_docs s WHERE s.doc_rowid = d.rowid) ORDER BY d.rowid LIMIT ${BATCH}`;

/** Group the SQLite store's ungrouped documents in one transaction; returns how many were grouped. */
export function backfillSqlite(db: Database.Database, group: (docRowid: number, doc: ReturnType<typeof fromRow>) => void): number {
  const next = db.prepare<[number], DocumentRow & { rowid: number }>(ungrouped('?'));
  return db.transaction(() => {
    let count = 0;
    for (let after = 0, rows = next.all(after); rows.length; after = rows.at(-1)!.rowid, rows = next.all(after)) {
      for (const row of rows) group(row.rowid, fromRow(row));
      count += rows.length;
    }
    return count;
  })();
}

/**
 * Group the PostgreSQL store's ungrouped documents in one transaction, holding the writers' turn
 * (the advisory lock `put()` takes), so that no batch stored meanwhile misses them.
 */
export async function backfillPostgres(client: pg.ClientBase): Promise<number> {
  const probe = await client.query(`SELECT 1 FROM documents d WHERE NOT EXISTS (SELECT 1 FROM story_docs s WHERE s.doc_rowid = d.rowid) LIMIT 1`);
  if (probe.rows.length === 0) return 0;
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['dyad stories']);
    let count = 0;
    for (let after = 0; ; ) {
      const { rows } = await client.query<DocumentRow & { rowid: number }>(ungrouped('$1'), [after]);
      if (!rows.length) break;
      for (const row of rows) await groupPostgres(client, Number(row.rowid), storyDoc(fromRow(row)));
      count += rows.length;
      after = Number(rows.at(-1)!.rowid);
    }
    await client.query('COMMIT');
    return count;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
