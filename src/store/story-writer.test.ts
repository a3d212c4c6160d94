import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readout } from '../../test/support/test-readouts.js';
import { storyDoc } from '../stories/features.js';
import { ownKeys } from '../stories/link.js';
import { openSqliteStore } from './sqlite.js';
import { groupDocument, insertSql, type Inserts } from './story-writer.js';

const doc = readout({
  id: 'kremlin-1', date: '2022-02-21', source: 'kremlin.ru', parties: [{ words: 'Putin', id: 'vladimir-putin', code: 'RUS' }, { words: 'Macron', id: 'emmanuel-macron', code: 'FRA' }],
  text: 'Putin had a telephone conversation with Macron.',
  events: [{ event: 'CONSULT', trigger: 'conversation', actor: { words: 'Putin', id: 'vladimir-putin', code: 'RUS' }, recipient: { words: 'Macron', id: 'emmanuel-macron', code: 'FRA' } }],
});

afterEach(() => vi.restoreAllMocks());

describe('story keys', () => {
  it('are one Inserts step of the distinct own keys, which insertSql gives as one statement of any number of rows', () => {
    const features = storyDoc(doc);
    const steps = groupDocument(7, features);
    steps.next();
    let step = steps.next([]);
    while (!step.done && !('each' in step.value)) step = steps.next([]);
    const keys = step.value as Inserts;
    expect(keys.each).toEqual([...new Set(ownKeys(features))].map((k) => [k, 7]));
    expect(insertSql(keys, 1)).toBe('INSERT INTO story_keys (key, doc_rowid) VALUES (?, ?) ON CONFLICT DO NOTHING');
    expect(insertSql(keys, 3)).toBe('INSERT INTO story_keys (key, doc_rowid) VALUES (?, ?), (?, ?), (?, ?) ON CONFLICT DO NOTHING');
  });

  it('are written by SQLite one row a statement: a multi-row insert would keep a statement journal', async () => {
    const prepare = vi.spyOn(Database.prototype, 'prepare');
    const store = openSqliteStore(':memory:');
    await store.put([doc]);
    await store.close();
    const keyStatements = prepare.mock.calls.map(([sql]) => sql).filter((sql) => sql.startsWith('INSERT INTO story_keys'));
    expect(keyStatements).toEqual(['INSERT INTO story_keys (key, doc_rowid) VALUES (?, ?) ON CONFLICT DO NOTHING']);
  });
});
