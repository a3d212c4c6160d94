/**
 * The ingest writer's CPU by SQL statement (#13): stores the rows that `writer-cpu.ts prepare` saved
 * into a fresh SQLite file in batches of 64, as `ingest` does, timing every statement run by its
 * shape (a multi-row `VALUES` list counts as one shape, whatever its length), so that the writer's
 * share of a one-core ingest can be split between the documents, the query tables, the story
 * grouping and the commits (the rest of `put`).
 * Usage: `tsx bench/throughput/writer-statements.ts <in.bin>`; JSON on stdout.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize } from 'node:v8';
import type { PreparedDocument } from '../../src/store/prepared.js';

interface Spent {
  runs: number;
  cpuS: number;
  rows: number;
}

const spent = new Map<string, Spent>();
const cpuS = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/** A statement's shape: its text with every `VALUES`/`IN` list of placeholders made one. */
const shapeOf = (sql: string) => sql.replace(/\s+/g, ' ').replace(/\(\?(?:, \?)*\)(?:, \(\?(?:, \?)*\))*/g, '(…)').slice(0, 100);

// Every statement the store prepares is wrapped, before the store module is loaded.
// The original is called with the database as `this` (`prepare.call`), never unbound.
// eslint-disable-next-line @typescript-eslint/unbound-method
const prepare = Database.prototype.prepare;
Database.prototype.prepare = function (this: Database.Database, sql: string) {
  const stmt = prepare.call(this, sql) as unknown as Record<'run' | 'all' | 'get', (...params: unknown[]) => unknown>;
  const shape = shapeOf(sql);
  for (const method of ['run', 'all', 'get'] as const) {
    const original = stmt[method].bind(stmt);
    stmt[method] = (...params: unknown[]) => {
      const since = cpuS();
      const result = original(...params);
      const entry = spent.get(shape) ?? { runs: 0, cpuS: 0, rows: 0 };
      entry.runs++;
      entry.cpuS += cpuS() - since;
      if (Array.isArray(result)) entry.rows += result.length;
      spent.set(shape, entry);
      return result;
    };
  }
  return stmt as unknown as Database.Statement;
} as typeof prepare;

const { openSqliteStore } = await import('../../src/store/sqlite.js');
const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: writer-statements.ts <in.bin> (from writer-cpu.ts prepare)');
const docs = deserialize(readFileSync(file)) as PreparedDocument[];
const dir = mkdtempSync(join(tmpdir(), 'dyad-writer-statements-'));
try {
  const store = openSqliteStore(join(dir, 'measured.db'), { cacheKiB: 2048 });
  spent.clear();
  const since = cpuS();
  for (let i = 0; i < docs.length; i += 64) await store.put(docs.slice(i, i + 64));
  const putS = cpuS() - since;
  await store.close();
  const statements = [...spent].sort((a, b) => b[1].cpuS - a[1].cpuS).map(([sql, s]) => ({ cpuS: Number(s.cpuS.toFixed(3)), runs: s.runs, rows: s.rows, sql }));
  const inStatements = statements.reduce((sum, s) => sum + s.cpuS, 0);
  process.stdout.write(JSON.stringify({ docs: docs.length, putS: Number(putS.toFixed(2)), outsideStatementsS: Number((putS - inStatements).toFixed(2)), statements }, null, 1) + '\n');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
