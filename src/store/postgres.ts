import { createRequire } from 'node:module';
import type pg from 'pg';
import { DyadError, causeText } from '../core/errors.js';
import { fromRow, searchHit, toSummary, unique, type DocumentRow } from './document-row.js';
import { POSTGRES, numbered, toTsquery } from './postgres-dialect.js';
import { migratePostgres, schemaIdent, type SchemaOptions } from './postgres-schema.js';
import { writeDocuments } from './postgres-write.js';
import { backfillPostgres } from './story-backfill.js';
import { createQueries } from './queries.js';
import { createStoryQueries } from './story-queries.js';
import type { Store } from './store.js';

/** True when a `--db` value names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/** A migrated PostgreSQL database: a pool whose connections all see the store's schema. */
export interface PgDatabase {
  readonly pool: pg.Pool;
  /** The URL without its password, for messages. */
  readonly location: string;
  readonly schema: string;
  /** Settles when the schema is migrated; every call waits for it. */
  readonly ready: Promise<void>;
  /** Run `work` in one transaction, retried when PostgreSQL picks it as a deadlock victim. */
  transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

// bigint (counts, rowids) and numeric (sums of bigints) as JavaScript numbers: no count here
// approaches 2^53.
const INT8_OID = 20;
const NUMERIC_OID = 1700;
const TYPES = {
  getTypeParser: ((oid: number, format: 'text' | 'binary' = 'text'): unknown =>
    oid === INT8_OID || oid === NUMERIC_OID ? Number : (postgresClient().types.getTypeParser(oid, format) as unknown)) as typeof pg.types.getTypeParser,
};

let pgModule: typeof pg | undefined;

/**
 * The `pg` module, loaded when a PostgreSQL database is first opened: importing it costs ~100 ms
 * of CPU, which every `dyad ingest` into SQLite paid before its first document (#13).
 */
function postgresClient(): typeof pg {
  pgModule ??= createRequire(import.meta.url)('pg') as typeof pg;
  return pgModule;
}

/**
 * Connect to `postgres://user@host/db`, optionally `?schema=name` (default `public`) to keep
 * several stores in one database, and migrate that schema. The pool holds `max` connections.
 */
export function connectPostgres(url: string, options: SchemaOptions & { max?: number } = {}): PgDatabase {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') ?? 'public';
  // `?partition=month` lays a new store's events out in monthly partitions (docs/scaling.md).
  const schemaOptions = { partitionEvents: options.partitionEvents ?? parsed.searchParams.get('partition') === 'month' };
  parsed.searchParams.delete('schema');
  parsed.searchParams.delete('partition');
  schemaIdent(schema);
  const location = redact(url);
  const pool = new (postgresClient().Pool)({
    connectionString: parsed.toString(),
    max: options.max ?? 4,
    types: TYPES,
    ...(schema === 'public' ? {} : { options: `-c search_path=${schema}` }),
  });
  // An idle connection that the server drops must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  const ready = (async () => {
    const client = await pool.connect().catch((error: unknown) => {
      throw new DyadError('E022', { path: location, cause: causeText(error) });
    });
    try {
      await migratePostgres(client, schema, location, schemaOptions);
      // Documents stored before migration 4 made the stories tables join their stories now.
      await backfillPostgres(client);
    } finally {
      client.release();
    }
  })();
  ready.catch(() => undefined);
  const transaction = async <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    await ready;
    for (let attempt = 1; ; attempt++) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        if ((error as { code?: string }).code !== '40P01' || attempt >= 5) throw error;
      } finally {
        client.release();
      }
    }
  };
  return {
    pool, location, schema, ready, transaction,
    close: async () => {
      await ready.catch(() => undefined);
      await pool.end();
    },
  };
}

/** The store on PostgreSQL: the same calls and answers as the SQLite store. */
export function openPostgresStore(url: string, options: SchemaOptions = {}): Store {
  return storeOn(connectPostgres(url, options));
}

export function storeOn(db: PgDatabase): Store {
  const { pool, ready } = db;
  const rows = async <T,>(sql: string, params: unknown[]): Promise<T[]> => {
    await ready;
    return (await pool.query(numbered(sql), params)).rows as T[];
  };
  const queries = createQueries({
    dialect: POSTGRES,
    all: rows,
    each: async function* <T>(sql: string, params: unknown[]) {
      // A cursor in its own transaction: exports read millions of rows without holding them.
      await ready;
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(`DECLARE rows NO SCROLL CURSOR FOR ${numbered(sql)}`, params);
        for (;;) {
          const batch = await client.query('FETCH 500 FROM rows');
          for (const row of batch.rows) yield row as T;
          if (batch.rows.length < 500) break;
        }
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
  });
  return {
    ...queries,
    ...createStoryQueries(rows),
    has: async (id) => (await rows('SELECT 1 FROM documents WHERE id = ?', [id])).length > 0,
    put: async (docs) => (docs.length ? db.transaction((client) => writeDocuments(client, docs)) : []),
    get: async (id) => {
      const row = (await rows<DocumentRow>('SELECT * FROM documents WHERE id = ?', [id]))[0] ??
        unique(await rows<DocumentRow>('SELECT * FROM documents WHERE source_id = ? LIMIT 2', [id])) ??
        (id.length >= 6 ? unique(await rows<DocumentRow>("SELECT * FROM documents WHERE id LIKE ? || '%' LIMIT 2", [id.replace(/[\\%_]/g, (c) => `\\${c}`)])) : undefined);
      return row ? fromRow(row) : undefined;
    },
    search: async (query, options = {}) => {
      const tsquery = toTsquery(query, 'query');
      const hits = await rows<{ id: string; title: string | null; date: string | null; source: string | null; snippet: string }>(
        `SELECT d.id, d.title, d.date, d.source,
                ts_headline('simple', d.text, q, 'StartSel=[, StopSel=], MaxWords=16, MinWords=6, ShortWord=1, MaxFragments=1, FragmentDelimiter=…') AS snippet
           FROM documents d, to_tsquery('simple', ?) q
          WHERE d.tsv @@ q ORDER BY ts_rank(d.tsv, q) DESC, d.rowid LIMIT ? OFFSET ?`,
        [tsquery, options.limit ?? 20, options.offset ?? 0],
      );
      return hits.map(searchHit);
    },
    list: async (options = {}) =>
      (await rows<DocumentRow>('SELECT * FROM documents ORDER BY date DESC NULLS LAST, rowid DESC LIMIT ? OFFSET ?', [options.limit ?? 20, options.offset ?? 0])).map(toSummary),
    count: async () => (await rows<{ n: number }>('SELECT count(*) AS n FROM documents', []))[0].n,
    getMeta: async (key) => (await rows<{ value: string }>('SELECT value FROM store_meta WHERE key = ?', [key]))[0]?.value,
    setMeta: async (key, value) => void (await rows('INSERT INTO store_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value])),
    close: () => db.close(),
  };
}

/** The URL with its password masked. */
function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}
