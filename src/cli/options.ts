import { Option } from 'commander';
import { DyadError } from '../core/errors.js';
import { connectPostgres, isPostgresUrl, openPostgresStore, type PgDatabase } from '../store/postgres.js';
import { openSqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/store.js';
import { FORMATS } from '../readers/types.js';

/** The store used when `--db` is not given: `$DYAD_DB`, else `dyad.db` in the current folder. */
export const DEFAULT_DB = process.env.DYAD_DB ?? 'dyad.db';

export const dbOption = () => new Option('--db <file|url>', 'SQLite store file, or postgres://user@host/db[?schema=name]').default(DEFAULT_DB);
export const formatOption = () => new Option('-f, --format <format>', 'input format (default: detected)').choices(FORMATS);
export const jsonOption = () => new Option('--json', 'print JSON instead of text');

/** A SQLite file, or a PostgreSQL database when `db` is a postgres:// URL. */
export function openStore(db: string): Store {
  return isPostgresUrl(db) ? openPostgresStore(db) : openSqliteStore(db);
}

/** The PostgreSQL database holding the work queue. */
export function openQueueDatabase(db: string): PgDatabase {
  if (!isPostgresUrl(db)) throw new DyadError('E023', { db });
  return connectPostgres(db);
}
