import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DyadError } from '../core/errors.js';
import { DOCUMENT_BY_PREFIX_SQL, openSqliteStore } from './sqlite.js';
import { eventDoc } from '../../test/support/test-events.js';

const tempDb = () => join(mkdtempSync(join(tmpdir(), 'dyad-integrity-')), 'store.db');
const stranger = (name: string, extra: string) =>
  eventDoc({
    text: `${name} met the minister. ${extra}`,
    events: [{ event: 'CONSULT', trigger: 'met', actor: { words: name, id: 'local:1' }, recipient: { words: 'the minister', id: 'local:2' } }],
    actors: [{ words: name, id: 'local:1' }],
    quotes: [{ words: extra, speaker: { words: name, id: 'local:1' } }],
  });
const ann = stranger('Ann Smith', 'It went well.');
const bob = stranger('Bob Jones', 'It went badly.');

const codeOf = (open: () => unknown) => {
  try {
    open();
  } catch (error) {
    return error instanceof DyadError ? error.code : `uncoded: ${String(error)}`;
  }
  return 'opened';
};

describe('issue-16: document-local actor ids', () => {
  it('are scoped per document, so local:1 of two articles are two actors', async () => {
    const store = openSqliteStore(':memory:');
    await store.put([ann, bob]);
    expect(await store.actor('local:1')).toBeUndefined();
    expect((await store.actor(`local:${ann.id}:1`))?.name).toBe('Ann Smith');
    expect((await store.mentions(`local:${bob.id}:1`, {})).items.map((m) => m.name)).toEqual(['Bob Jones']);
    const [event] = (await store.events({ actor: `local:${ann.id}:1` }, {})).items;
    expect(event?.doc_id).toBeDefined();
    expect((await store.quotes({ speaker: `local:${bob.id}:1` }, {})).items.map((q) => q.text)).toEqual(['It went badly.']);
  });

  it('are scoped in a store written before, when it is opened', async () => {
    const path = tempDb();
    const store = openSqliteStore(path);
    await store.put([ann, bob]);
    await store.close();
    // What older versions wrote: the bare ids.
    const raw = new Database(path);
    for (const [table, column] of [['actor_mentions', 'actor_id'], ['event_parties', 'actor_id'], ['events', 'actor_id'], ['events', 'recipient_id'], ['quotes', 'speaker_id']]) {
      raw.exec(`UPDATE ${table} SET ${column} = 'local:' || substr(${column}, length(${column}) ) WHERE ${column} LIKE 'local:%'`);
    }
    expect((raw.prepare("SELECT count(*) AS n FROM actor_mentions WHERE actor_id = 'local:1'").get() as { n: number }).n).toBe(2);
    raw.close();
    const reopened = openSqliteStore(path);
    expect(await reopened.actor('local:1')).toBeUndefined();
    expect((await reopened.actor(`local:${ann.id}:1`))?.mentions).toBe(1);
    expect((await reopened.events({ actor: `local:${bob.id}:1` }, {})).items).toHaveLength(1);
    expect((await reopened.events({ recipient: `local:${bob.id}:2` }, {})).items).toHaveLength(1);
    await reopened.close();
  });
});

describe('issue-16: damaged and unwritable store files', () => {
  const immutable: string[] = [];
  afterEach(() => {
    for (const path of immutable.splice(0)) spawnSync('chattr', ['-i', path]);
  });

  it.each([
    ['garbage', async () => Buffer.from('this is not a database at all, just text '.repeat(200))],
    ['a truncated store', async () => readFileSync(await storeFile()).subarray(0, 3000)],
    ['a store cut in its header', async () => readFileSync(await storeFile()).subarray(0, 50)],
  ])('%s gives a coded error, not a stack trace', async (_, content) => {
    const path = tempDb();
    writeFileSync(path, await content());
    expect(codeOf(() => openSqliteStore(path))).toMatch(/^E02[27]$/);
  });

  const canChattr = spawnSync('chattr', ['--help']).error === undefined;
  it.skipIf(!canChattr)('an immutable store is refused for writing with a coded error, and opens read-only', async () => {
    const path = await storeFile();
    const set = spawnSync('chattr', ['+i', path]);
    if (set.status !== 0) return;
    immutable.push(path);
    expect(codeOf(() => openSqliteStore(path))).toBe('E028');
    const store = openSqliteStore(path, { readOnly: true });
    expect(await store.count()).toBe(2);
    await expect(store.put([stranger('Cy Young', 'No.')])).rejects.toMatchObject({ code: 'E028' });
    await store.close();
  });

  it('read-only mode does not write to the file, not even to switch the journal mode', async () => {
    const path = await storeFile();
    const before = readFileSync(path);
    const store = openSqliteStore(path, { readOnly: true });
    expect(await store.count()).toBe(2);
    await store.close();
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('read-only mode refuses a missing file instead of creating one', () => {
    expect(codeOf(() => openSqliteStore(join(tmpdir(), 'dyad-no-such-dir', 'x.db'), { readOnly: true }))).toBe('E022');
  });
});

describe('issue-16: looking up an unknown document id', () => {
  it('uses the id index instead of scanning the table', async () => {
    const store = new Database(await storeFile(), { readonly: true });
    const plan = store.prepare(`EXPLAIN QUERY PLAN ${DOCUMENT_BY_PREFIX_SQL}`).all('0123456789', '0123456789g') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/SEARCH documents USING (COVERING )?INDEX/);
    store.close();
  });
});

/** A closed store file holding two documents, in rollback-journal mode so one file is the whole store. */
async function storeFile(): Promise<string> {
  const path = tempDb();
  const store = openSqliteStore(path);
  await store.put([ann, bob]);
  await store.close();
  const db = new Database(path);
  db.pragma('journal_mode = DELETE');
  db.close();
  return path;
}
