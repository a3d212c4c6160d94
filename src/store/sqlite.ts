import Database from 'better-sqlite3';
import { DyadError, causeText } from '../core/errors.js';
import { deriveRows } from './derived-rows.js';
import { createDeriver } from './derived.js';
import { fromRow, searchHit, toSummary, unique, withIngestTime, type DocumentRow } from './document-row.js';
import { MIGRATIONS } from './migrations/index.js';
import { preparedOf, type StoreDocument } from './prepared.js';
import { createSqliteQueries } from './sqlite-queries.js';
import { createSqliteGrouper, createSqliteStoryQueries } from './sqlite-stories.js';
import { backfillSqlite } from './story-backfill.js';
import type { PutStatus, SearchHit, Store } from './store.js';

export interface SqliteStoreOptions {
  /**
   * Open an existing store for reading only: nothing is written to the file (not even the journal
   * mode), so a read-only or immutable file can be queried; writes fail with E028.
   */
  readonly readOnly?: boolean;
  /**
   * Page cache of this connection in KiB (default 64 MB, sized for queries). A bulk writer such as
   * `dyad ingest` appends and revisits few pages, so it can keep a smaller cache (#13).
   */
  readonly cacheKiB?: number;
}

/**
 * Open (creating if needed) an embedded store: one SQLite file in WAL mode, migrated to the
 * current schema. `:memory:` gives a throw-away store for tests. A file that is damaged, not a
 * store, or cannot be written gives a coded error (E022, E027, E028), never a raw SQLite error.
 */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  const readOnly = options.readOnly === true;
  let db: Database.Database;
  try {
    db = new Database(path, readOnly ? { readonly: true, fileMustExist: true } : {});
  } catch (error) {
    throw new DyadError('E022', { path, cause: causeText(error) });
  }
  try {
    return storeOver(db, path, readOnly, options.cacheKiB ?? QUERY_CACHE_KIB);
  } catch (error) {
    db.close();
    throw storeError(error, path);
  }
}

/** 64 MB of page cache (default 2 MB): queries over millions of events revisit the same index pages. */
const QUERY_CACHE_KIB = 65536;

function storeOver(db: Database.Database, path: string, readOnly: boolean, cacheKiB: number): Store {
  if (!readOnly) {
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode survives a killed process; only a power cut may lose the last transaction.
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('foreign_keys = ON');
  // A negative cache_size is in KiB rather than pages.
  db.pragma(`cache_size = -${Math.trunc(cacheKiB)}`);
  // Reading the schema up front finds a damaged file now rather than at the first query.
  db.prepare('SELECT count(*) FROM sqlite_schema').get();
  const derive = readOnly ? checkVersion(db, path) : migrate(db, path);
  const group = createSqliteGrouper(db);
  if (!readOnly) scopeLocalActorIds(db);
  // Documents stored before migration 4 join their stories (docs/stories.md); none after that.
  if (!readOnly) backfillSqlite(db, group);

  const hasStmt = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM documents WHERE id = ?');
  const insert = db.prepare(
    `INSERT OR IGNORE INTO documents (id, source_id, title, date, source, dateline_place, url, origin, format, text, meta, layers, diagnostics, ingested_at)
     VALUES (@id, @source_id, @title, @date, @source, @dateline_place, @url, @origin, @format, @text, @meta, @layers, @diagnostics, @ingested_at)`,
  );
  const byId = db.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE id = ?');
  const byPrefix = db.prepare<[string, string], DocumentRow>(DOCUMENT_BY_PREFIX_SQL);
  const bySourceId = db.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE source_id = ? LIMIT 2');
  const searchStmt = db.prepare<[string, number, number], { id: string; title: string | null; date: string | null; source: string | null; snippet: string }>(
    `SELECT d.id, d.title, d.date, d.source, snippet(documents_fts, 1, '[', ']', '…', 16) AS snippet
       FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
      WHERE documents_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?`,
  );
  const listStmt = db.prepare<[number, number], DocumentRow>('SELECT * FROM documents ORDER BY date DESC, rowid DESC LIMIT ? OFFSET ?');
  const countStmt = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM documents');
  const getMetaStmt = db.prepare<[string], { value: string }>('SELECT value FROM store_meta WHERE key = ?');
  const setMetaStmt = db.prepare('INSERT INTO store_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');

  const putAll = db.transaction((docs: readonly StoreDocument[]): PutStatus[] =>
    docs.map((input) => {
      const { row, derived, story } = preparedOf(input);
      const { changes, lastInsertRowid } = insert.run(withIngestTime(row));
      if (changes !== 1) return 'duplicate';
      derive!(lastInsertRowid, derived);
      group(lastInsertRowid, story);
      return 'stored';
    }),
  );

  return {
    ...createSqliteQueries(db),
    ...createSqliteStoryQueries(db),
    has: async (id) => hasStmt.get(id) !== undefined,
    put: async (docs) => {
      if (readOnly || !derive) throw new DyadError('E028', { path, cause: 'opened read-only' });
      try {
        return putAll(docs);
      } catch (error) {
        throw storeError(error, path);
      }
    },
    get: async (id) => {
      // Ids are hex: only a hex prefix can match, and the range lets the id index answer.
      const isPrefix = id.length >= 6 && /^[0-9a-f]+$/.test(id);
      const row = byId.get(id) ?? unique(bySourceId.all(id)) ?? (isPrefix ? unique(byPrefix.all(id, `${id}g`)) : undefined);
      return row ? fromRow(row) : undefined;
    },
    search: async (query, options = {}) => {
      try {
        return searchStmt.all(query, options.limit ?? 20, options.offset ?? 0).map(searchHit) satisfies SearchHit[];
      } catch (error) {
        throw new DyadError('E030', { field: 'query', problem: `not a valid full-text query (${causeText(error)})` });
      }
    },
    list: async (options = {}) => listStmt.all(options.limit ?? 20, options.offset ?? 0).map(toSummary),
    count: async () => countStmt.get()!.n,
    getMeta: async (key) => getMetaStmt.get(key)?.value,
    setMeta: async (key, value) => void setMetaStmt.run(key, value),
    close: async () => void db.close(),
  };
}

/** Documents whose id starts with a prefix: `id >= prefix AND id < prefix + 'g'` (ids are hex), an index range. */
export const DOCUMENT_BY_PREFIX_SQL = 'SELECT * FROM documents WHERE id >= ? AND id < ? LIMIT 2';

/** Map what SQLite throws to the store's coded errors. */
function storeError(error: unknown, path: string): DyadError {
  if (error instanceof DyadError) return error;
  const code = (error as { code?: unknown }).code;
  const cause = causeText(error);
  if (code === 'SQLITE_NOTADB' || (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT'))) return new DyadError('E027', { path, cause });
  if (typeof code === 'string' && /^SQLITE_(READONLY|PERM|CANTOPEN|AUTH)/.test(code)) return new DyadError('E028', { path, cause });
  return new DyadError('E022', { path, cause });
}

/** A read-only store must already be at the current schema: migrating would write. */
function checkVersion(db: Database.Database, path: string): undefined {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) throw new DyadError('E020', { path, found: version, known: MIGRATIONS.length });
  if (version < MIGRATIONS.length) throw new DyadError('E028', { path, cause: `its schema (version ${version}) must be migrated first, which writes` });
  return undefined;
}

/**
 * Scope document-local actor ids (`local:1`) by their document (`local:<doc id>:1`) in rows that
 * older versions wrote unscoped, where one id stood for thousands of different people (see #16).
 * Runs at every writable open; the indexed check makes it free once done.
 */
function scopeLocalActorIds(db: Database.Database): void {
  const bare = (column: string) => `${column} GLOB 'local:[0-9]*' AND ${column} NOT GLOB 'local:*:*'`;
  const hasBare = db.prepare(`SELECT 1 FROM actor_mentions WHERE ${bare('actor_id')} UNION ALL SELECT 1 FROM event_parties WHERE ${bare('actor_id')} UNION ALL SELECT 1 FROM quotes WHERE ${bare('speaker_id')} LIMIT 1`);
  if (!hasBare.get()) return;
  const scoped = (column: string, docRowid: string) => `'local:' || (SELECT id FROM documents WHERE rowid = ${docRowid}) || substr(${column}, 6)`;
  db.transaction(() => {
    db.exec(`UPDATE actor_mentions SET actor_id = ${scoped('actor_id', 'actor_mentions.doc_rowid')} WHERE ${bare('actor_id')}`);
    db.exec(`UPDATE quotes SET speaker_id = ${scoped('speaker_id', 'quotes.doc_rowid')} WHERE ${bare('speaker_id')}`);
    db.exec(`UPDATE events SET actor_id = ${scoped('actor_id', 'events.doc_rowid')} WHERE ${bare('actor_id')}`);
    db.exec(`UPDATE events SET recipient_id = ${scoped('recipient_id', 'events.doc_rowid')} WHERE ${bare('recipient_id')}`);
    db.exec(`UPDATE event_parties SET actor_id = ${scoped('actor_id', '(SELECT doc_rowid FROM events WHERE rowid = event_parties.event_rowid)')} WHERE ${bare('actor_id')}`);
  })();
}

/** Bring the schema up to date; returns the writer of the derived tables. */
function migrate(db: Database.Database, path: string): ReturnType<typeof createDeriver> {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) throw new DyadError('E020', { path, found: version, known: MIGRATIONS.length });
  let derive: ReturnType<typeof createDeriver> | undefined;
  for (let v = version; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
      // Migration 2 adds the derived tables: fill them from the documents already stored.
      if (v === DERIVED_TABLES_MIGRATION) {
        derive = createDeriver(db);
        for (const row of db.prepare<[], DocumentRow & { rowid: number }>('SELECT * FROM documents').all()) derive(row.rowid, deriveRows(fromRow(row)));
      }
    })();
  }
  return derive ?? createDeriver(db);
}

const DERIVED_TABLES_MIGRATION = 1;
