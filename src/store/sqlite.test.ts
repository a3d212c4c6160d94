import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { decodeLayers, encodeLayers } from './layer-codec.js';
import { MIGRATIONS } from './migrations/index.js';
import { openSqliteStore } from './sqlite.js';
import { eventDoc } from '../../test/support/test-events.js';

// What every store does is tested in store.test.ts; here is what only the SQLite file does.

const talks = eventDoc({
  text: 'Putin held talks with Macron. Macron accused Putin.',
  meta: { date: '2020-06-26' },
  events: [
    { event: 'CONSULT', trigger: 'talks', actor: { words: 'Putin', id: 'Q7747', code: 'RUS' }, recipient: { words: 'Macron', id: 'Q3052772', code: 'FRA' } },
    { event: 'ACCUSE', trigger: 'accused', actor: { words: 'Macron', id: 'Q3052772', code: 'FRA' }, recipient: { words: 'Putin', id: 'Q7747', code: 'RUS' }, date: '2020-07-03' },
  ],
});

describe('openSqliteStore', () => {
  it('keeps what it has across reopening, in WAL mode', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'dyad-store-')), 'x.db');
    const first = openSqliteStore(path);
    await first.put([talks]);
    await first.close();
    const again = openSqliteStore(path);
    expect(await again.count()).toBe(1);
    await again.close();
    expect(new Database(path).pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it('refuses a store written by a newer dyad', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'dyad-store-')), 'new.db');
    const db = new Database(path);
    db.pragma('user_version = 999');
    db.close();
    expect(() => openSqliteStore(path)).toThrow(expect.objectContaining({ code: 'E020' }));
  });

  it('fills the derived tables from documents stored before they existed', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'dyad-')), 'old.db');
    const old = openSqliteStore(path);
    await old.put([talks]);
    await old.close();
    // Roll the file back to schema 1, as an older dyad left it.
    const db = new Database(path);
    db.exec('DROP TABLE events_fts; DROP TABLE pair_days; DROP TABLE pair_totals; DROP TABLE event_parties; DROP TABLE events; DROP TABLE actor_mentions; DROP TABLE quotes; DROP TABLE places; DROP TABLE store_meta; DROP TABLE story_events; DROP TABLE stories; DROP TABLE story_keys; DROP TABLE story_docs;');
    db.pragma('user_version = 1');
    db.close();
    const store = openSqliteStore(path);
    expect((await store.events({})).items.map((e) => e.event)).toEqual(['ACCUSE', 'CONSULT']);
    // Migration 4 grouped it into its story of one.
    expect((await store.story(talks.id))?.members.map((m) => m.document)).toEqual([talks.id]);
    expect(MIGRATIONS.length).toBeGreaterThan(1);
    await store.close();
  });
});

describe('layer codec', () => {
  it('round-trips layers, storing uniform record arrays as columns', () => {
    const layers = { tokens: [{ start: 0, end: 3, sent: 0 }, { start: 4, end: 6, sent: 0 }], mixed: [{ a: 1 }, { a: 2, b: 3 }], one: { body: { start: 0, end: 1 } } };
    const json = encodeLayers(layers);
    expect(json).toContain('"$columns"');
    expect(decodeLayers(json)).toEqual(layers);
  });
});
