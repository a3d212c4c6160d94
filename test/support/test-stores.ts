import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, inject } from 'vitest';
import { connectPostgres, openPostgresStore, storeOn } from '../../src/store/postgres.js';
import type { SchemaOptions } from '../../src/store/postgres-schema.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';

/**
 * The stores every store test runs against: SQLite always, PostgreSQL when the run found a
 * server (test/postgres-setup.ts). Each PostgreSQL store lives in a schema of its own, dropped
 * at the end of the run, so parallel test files and other people's runs never meet.
 */
export const PG_URL = inject('pgUrl') || undefined;

let schemas = 0;

/** A URL for a new, empty PostgreSQL store (its schema is created when first opened). */
export function freshPgUrl(): string {
  if (!PG_URL) throw new Error('no PostgreSQL server for the tests');
  const url = new URL(PG_URL);
  url.searchParams.set('schema', `${inject('pgRun')}_${process.pid}_${++schemas}`);
  return url.toString();
}

export interface Backend {
  readonly name: 'sqlite' | 'postgres';
  /** An empty store, closed after the test. */
  open(): Store;
  /** A `--db` value naming a new, empty store, for tests that run the CLI. */
  newTarget(): string;
  /** The rows of an SQL query (written for both databases) on the store at a `--db` value; [] when it does not exist yet. */
  query<T>(target: string, sql: string): Promise<T[]>;
}

/** Rows of a query on a PostgreSQL store (migrating it first if new). */
export async function queryPg<T>(url: string, sql: string): Promise<T[]> {
  const db = connectPostgres(url);
  try {
    await db.ready;
    return (await db.pool.query(sql)).rows as T[];
  } finally {
    await db.close();
  }
}

function querySqlite<T>(path: string, sql: string): T[] {
  if (!existsSync(path)) return [];
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } catch {
    return []; // not migrated yet
  } finally {
    db.close();
  }
}

const opened: Store[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close().catch(() => undefined)));
});
const track = (store: Store) => (opened.push(store), store);

/** A store in a schema of its own, closed after the test. */
export function openFreshPgStore(options?: SchemaOptions): Store {
  return track(openPostgresStore(freshPgUrl(), options));
}

// Migrating a new schema costs about a second; emptying one costs milliseconds. The tests of a
// file run one after another, so they share one schema, emptied for each test.
let shared: string | undefined;
// DELETE rather than TRUNCATE: on a few rows it is cheaper than new files for every table and index.
const EMPTY = ['story_events', 'stories', 'story_keys', 'story_docs', 'event_parties', 'events', 'pair_days', 'pair_totals', 'actor_mentions', 'quotes', 'places', 'documents', 'jobs'].map((t) => `DELETE FROM ${t};`).join(' ');
function openEmptiedPgStore(): Store {
  const db = connectPostgres((shared ??= freshPgUrl()));
  const emptied = db.ready.then(() => db.pool.query(EMPTY));
  const ready = emptied.then(() => undefined);
  // Writes as well as reads wait for the emptying, or it could remove what a test just stored.
  return track(storeOn({ ...db, ready, transaction: async (work) => (await ready, db.transaction(work)) }));
}

export const BACKENDS: readonly Backend[] = [
  {
    name: 'sqlite',
    open: () => track(openSqliteStore(':memory:')),
    newTarget: () => join(mkdtempSync(join(tmpdir(), 'dyad-store-')), 'store.db'),
    query: async <T>(target: string, sql: string) => querySqlite<T>(target, sql),
  },
  ...(PG_URL ? [{ name: 'postgres' as const, open: openEmptiedPgStore, newTarget: freshPgUrl, query: queryPg }] : []),
];
