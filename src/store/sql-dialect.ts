import type { Where } from './event-filter.js';

/**
 * What differs between the SQL of the two stores in the shared queries. Everything else (the
 * tables, their columns, the query shapes) is the same text for SQLite and PostgreSQL.
 */
export interface Dialect {
  /** A condition that holds for every row. */
  readonly always: string;
  /** A join that the planner must keep in the written order (SQLite's CROSS JOIN; PostgreSQL keeps a plain join's `ON` order well). */
  readonly orderedJoin: string;
  /** Case-insensitive prefix match operator for ASCII names. */
  readonly like: string;
  /** Suffixes making NULL dates sort last when descending and first when ascending (SQLite's own order). */
  readonly nullsLastDesc: string;
  readonly nullsFirstAsc: string;
  /** The sum of a numeric expression, 0 over no rows, as a float. */
  total(expr: string): string;
  /** How many rows of the group meet a condition. */
  countWhere(condition: string): string;
  /** The larger of two values. */
  greatest(a: string, b: string): string;
  /** `column = ?`, ignoring case. */
  equalsIgnoringCase(column: string): string;
  /** The key to group a case-insensitive name column on. */
  caseless(column: string): string;
  /** Events whose JSON array of contexts holds the parameter. */
  readonly hasContext: string;
  /** Events whose evidence matches a full-text query (FTS5 syntax); throws E030 when it is not one. */
  evidenceMatches(query: string): Where;
}

export const SQLITE: Dialect = {
  always: '1',
  orderedJoin: 'CROSS JOIN',
  like: 'LIKE',
  nullsLastDesc: '',
  nullsFirstAsc: '',
  total: (expr) => `total(${expr})`,
  countWhere: (condition) => `sum(${condition})`,
  greatest: (a, b) => `max(${a}, ${b})`,
  // The name columns are declared COLLATE NOCASE.
  equalsIgnoringCase: (column) => `${column} = ?`,
  caseless: (column) => column,
  hasContext: 'EXISTS (SELECT 1 FROM json_each(e.contexts) WHERE value = ?)',
  evidenceMatches: (query) => ({ sql: 'e.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)', params: [query] }),
};
