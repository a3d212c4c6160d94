/**
 * A digest of every table of a SQLite store, to prove that a writer change stores the same thing
 * (#13): each table's rows (with their rowids, the full-text indexes' shadow tables included) in a
 * stable order, hashed; `ingested_at` (the clock) and `store_meta` (the build's code hash) are left
 * out, as they differ between any two runs. Compare the output of two stores with `diff`.
 * Usage: `tsx bench/throughput/store-digest.ts <store.db>`; one line a table: name, rows, SHA-256.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: store-digest.ts <store.db>');
const db = new Database(file, { readonly: true, fileMustExist: true });
const tables = db.prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name <> 'store_meta' ORDER BY name").all();
for (const { name, sql } of tables) {
  // A virtual table's rows are its shadow tables', digested on their own.
  if (/^CREATE VIRTUAL/i.test(sql)) continue;
  const columns = db.prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)').all(name).map((c) => `"${c.name}"`).filter((c) => c !== '"ingested_at"');
  const withoutRowid = /WITHOUT ROWID\s*$/i.test(sql);
  const select = withoutRowid ? `SELECT ${columns.join(', ')} FROM "${name}" ORDER BY ${columns.join(', ')}` : `SELECT rowid AS _rowid, ${columns.join(', ')} FROM "${name}" ORDER BY rowid`;
  const hash = createHash('sha256');
  let rows = 0;
  for (const row of db.prepare(select).raw().iterate()) {
    hash.update(JSON.stringify(row, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('base64') : typeof value === 'bigint' ? value.toString() : value)));
    hash.update('\n');
    rows++;
  }
  process.stdout.write(`${name}\t${rows}\t${hash.digest('hex')}\n`);
}
db.close();
