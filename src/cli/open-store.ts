/**
 * Opening the store a command names with `--db`. Apart from the option builders in `options.ts`
 * so that the commands that store nothing (`dyad code`, `parse`, `ner` …) do not load SQLite and
 * PostgreSQL at start-up (#13).
 */
import { DyadError } from '../core/errors.js';
import { connectPostgres, isPostgresUrl, openPostgresStore, type PgDatabase } from '../store/postgres.js';
import { openSqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/store.js';

/** A SQLite file, or a PostgreSQL database when `db` is a postgres:// URL (read-only applies to files). */
export function openStore(db: string, options: { readOnly?: boolean } = {}): Store {
  return isPostgresUrl(db) ? openPostgresStore(db) : openSqliteStore(db, options);
}

/** The PostgreSQL database holding the work queue. */
export function openQueueDatabase(db: string): PgDatabase {
  if (!isPostgresUrl(db)) throw new DyadError('E031', { db });
  return connectPostgres(db);
}
