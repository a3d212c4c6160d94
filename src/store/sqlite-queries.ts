import Database from 'better-sqlite3';
import { DyadError, causeText } from '../core/errors.js';
import { createQueries } from './queries.js';
import { SQLITE } from './sql-dialect.js';
import type { EventQueries } from './store.js';

/** The query side of the SQLite store. */
export function createSqliteQueries(db: Database.Database): EventQueries {
  // Statements are cached by their SQL text: filters combine in many ways, but a session uses few.
  const cache = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      if (cache.size > 500) cache.clear();
      cache.set(sql, stmt);
    }
    return stmt;
  };
  return createQueries({
    dialect: SQLITE,
    all: async <T>(sql: string, params: unknown[]) => {
      try {
        return prepare(sql).all(...params) as T[];
      } catch (error) {
        throw queryError(error);
      }
    },
    each: async function* <T>(sql: string, params: unknown[]) {
      // A separate statement: an iterating statement cannot be shared with other queries.
      try {
        for (const row of db.prepare(sql).iterate(...params)) yield row as T;
      } catch (error) {
        throw queryError(error);
      }
    },
  });
}

function queryError(error: unknown): DyadError {
  if (error instanceof DyadError) return error;
  // The only user text that SQLite parses is a full-text query: its syntax errors are the user's.
  if (error instanceof Database.SqliteError && error.code === 'SQLITE_ERROR') {
    return new DyadError('E030', { field: 'text', problem: `not a valid full-text query (${causeText(error)})` });
  }
  throw error;
}
