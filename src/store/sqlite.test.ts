import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../core/document.js';
import { defaultPipeline } from '../pipeline.js';
import { decodeLayers, encodeLayers } from './layer-codec.js';
import { openSqliteStore } from './sqlite.js';

const article = (text: string, sourceId?: string) =>
  defaultPipeline().run(createDocument(text, { origin: { location: 'test', format: 'text' }, date: '2020-06-26', ...(sourceId ? { sourceId } : {}) }));

describe('openSqliteStore', () => {
  it('stores a document with its layers and gives it back unchanged', async () => {
    const store = openSqliteStore(':memory:');
    const doc = article('MOSCOW, June 26. /TASS/. Putin and Macron held talks. They agreed.');
    expect(await store.put([doc])).toEqual(['stored']);
    expect(await store.get(doc.id)).toEqual(doc);
  });

  it('stores the same article once', async () => {
    const store = openSqliteStore(':memory:');
    const doc = article('Talks were held.');
    expect(await store.put([doc, doc])).toEqual(['stored', 'duplicate']);
    expect(await store.put([doc])).toEqual(['duplicate']);
    expect(await store.count()).toBe(1);
  });

  it('finds a document by a unique id prefix or by the input’s own id', async () => {
    const store = openSqliteStore(':memory:');
    const doc = article('Talks were held in Geneva.', 'wire-17');
    await store.put([doc]);
    expect((await store.get(doc.id.slice(0, 8)))?.id).toBe(doc.id);
    expect((await store.get('wire-17'))?.id).toBe(doc.id);
    expect(await store.get('nothing')).toBeUndefined();
  });

  it('searches titles and text, best match first, with a marked snippet', async () => {
    const store = openSqliteStore(':memory:');
    await store.put([article('The ceasefire in Libya held.'), article('Markets rose in Tokyo.')]);
    const hits = await store.search('ceasefire');
    expect(hits).toHaveLength(1);
    expect(hits[0].snippet).toContain('[ceasefire]');
  });

  it('reports a malformed search query as a coded error', async () => {
    const store = openSqliteStore(':memory:');
    await expect(store.search('"unclosed')).rejects.toMatchObject({ code: 'E030' });
  });

  it('keeps what it has across reopening, in WAL mode', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'dyad-store-')), 'x.db');
    const first = openSqliteStore(path);
    await first.put([article('Kept across sessions.')]);
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
});

describe('layer codec', () => {
  it('round-trips layers, storing uniform record arrays as columns', () => {
    const layers = { tokens: [{ start: 0, end: 3, sent: 0 }, { start: 4, end: 6, sent: 0 }], mixed: [{ a: 1 }, { a: 2, b: 3 }], one: { body: { start: 0, end: 1 } } };
    const json = encodeLayers(layers);
    expect(json).toContain('"$columns"');
    expect(decodeLayers(json)).toEqual(layers);
  });
});
