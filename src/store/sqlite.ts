import Database from 'better-sqlite3';
import { articleDate } from '../core/days.js';
import type { DocMeta, Document } from '../core/document.js';
import { DyadError, causeText } from '../core/errors.js';
import '../stages/dateline/types.js';
import { createDeriver } from './derived.js';
import { decodeLayers, encodeLayers } from './layer-codec.js';
import { MIGRATIONS } from './migrations/index.js';
import { createQueries } from './sqlite-queries.js';
import type { DocumentSummary, PutStatus, SearchHit, Store } from './store.js';

interface DocumentRow {
  id: string;
  source_id: string | null;
  title: string | null;
  date: string | null;
  source: string | null;
  dateline_place: string | null;
  origin: string;
  text: string;
  meta: string;
  layers: string;
  diagnostics: string;
}

/**
 * Open (creating if needed) an embedded store: one SQLite file in WAL mode, migrated to the
 * current schema. `:memory:` gives a throw-away store for tests.
 */
export function openSqliteStore(path: string): Store {
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (error) {
    throw new DyadError('E022', { path, cause: causeText(error) });
  }
  db.pragma('journal_mode = WAL');
  // NORMAL in WAL mode survives a killed process; only a power cut may lose the last transaction.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // 64 MB of page cache (default 2 MB): queries over millions of events revisit the same index pages.
  db.pragma('cache_size = -65536');
  const derive = migrate(db, path);

  const hasStmt = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM documents WHERE id = ?');
  const insert = db.prepare(
    `INSERT OR IGNORE INTO documents (id, source_id, title, date, source, dateline_place, url, origin, format, text, meta, layers, diagnostics, ingested_at)
     VALUES (@id, @source_id, @title, @date, @source, @dateline_place, @url, @origin, @format, @text, @meta, @layers, @diagnostics, @ingested_at)`,
  );
  const byId = db.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE id = ?');
  const byPrefix = db.prepare<[string], DocumentRow>("SELECT * FROM documents WHERE id LIKE ? || '%' LIMIT 2");
  const bySourceId = db.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE source_id = ? LIMIT 2');
  const searchStmt = db.prepare<[string, number, number], { id: string; title: string | null; date: string | null; source: string | null; snippet: string }>(
    `SELECT d.id, d.title, d.date, d.source, snippet(documents_fts, 1, '[', ']', '…', 16) AS snippet
       FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
      WHERE documents_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?`,
  );
  const listStmt = db.prepare<[number, number], DocumentRow>('SELECT * FROM documents ORDER BY date DESC, rowid DESC LIMIT ? OFFSET ?');
  const countStmt = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM documents');

  const putAll = db.transaction((docs: readonly Document[]): PutStatus[] =>
    docs.map((doc) => {
      const { changes, lastInsertRowid } = insert.run(toRow(doc));
      if (changes !== 1) return 'duplicate';
      derive(lastInsertRowid, doc);
      return 'stored';
    }),
  );

  return {
    ...createQueries(db),
    has: async (id) => hasStmt.get(id) !== undefined,
    put: async (docs) => putAll(docs),
    get: async (id) => {
      const row = byId.get(id) ?? unique(bySourceId.all(id)) ?? (id.length >= 6 ? unique(byPrefix.all(id)) : undefined);
      return row ? fromRow(row) : undefined;
    },
    search: async (query, options = {}) => {
      try {
        return searchStmt.all(query, options.limit ?? 20, options.offset ?? 0).map((r) => ({
          id: r.id,
          snippet: r.snippet,
          ...(r.title ? { title: r.title } : {}),
          ...(r.date ? { date: r.date } : {}),
          ...(r.source ? { source: r.source } : {}),
        })) satisfies SearchHit[];
      } catch (error) {
        throw new DyadError('E030', { field: 'query', problem: `not a valid full-text query (${causeText(error)})` });
      }
    },
    list: async (options = {}) => listStmt.all(options.limit ?? 20, options.offset ?? 0).map(toSummary),
    count: async () => countStmt.get()!.n,
    close: async () => void db.close(),
  };
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
        for (const row of db.prepare<[], DocumentRow & { rowid: number }>('SELECT * FROM documents').all()) derive(row.rowid, fromRow(row));
      }
    })();
  }
  return derive ?? createDeriver(db);
}

const DERIVED_TABLES_MIGRATION = 1;

function unique(rows: DocumentRow[]): DocumentRow | undefined {
  return rows.length === 1 ? rows[0] : undefined;
}

function toRow(doc: Document): Record<string, unknown> {
  const dateline = doc.layers.dateline;
  return {
    id: doc.id,
    source_id: doc.meta.sourceId ?? null,
    title: doc.meta.title ?? (dateline?.headline ? doc.text.slice(dateline.headline.start, dateline.headline.end) : null),
    date: articleDate(doc) ?? null,
    source: doc.meta.source ?? dateline?.agency ?? null,
    dateline_place: dateline?.placeName ?? null,
    url: doc.meta.url ?? null,
    origin: doc.meta.origin.location,
    format: doc.meta.origin.format,
    text: doc.text,
    meta: JSON.stringify(doc.meta),
    layers: encodeLayers(doc.layers),
    diagnostics: JSON.stringify(doc.diagnostics),
    ingested_at: new Date().toISOString(),
  };
}

function fromRow(row: DocumentRow): Document {
  return {
    id: row.id,
    text: row.text,
    meta: JSON.parse(row.meta) as DocMeta,
    layers: decodeLayers(row.layers),
    diagnostics: JSON.parse(row.diagnostics) as Document['diagnostics'],
  };
}

function toSummary(row: DocumentRow): DocumentSummary {
  return {
    id: row.id,
    origin: row.origin,
    ...(row.source_id ? { sourceId: row.source_id } : {}),
    ...(row.title ? { title: row.title } : {}),
    ...(row.date ? { date: row.date } : {}),
    ...(row.source ? { source: row.source } : {}),
    ...(row.dateline_place ? { datelinePlace: row.dateline_place } : {}),
  };
}
