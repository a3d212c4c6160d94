import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventDoc } from '../../test/support/test-events.js';
import { isPrepared, prepareDocument } from './prepared.js';
import { openSqliteStore } from './sqlite.js';

const talks = eventDoc({
  text: 'Putin held talks with Macron. Macron accused Putin.',
  meta: { date: '2020-06-26' },
  events: [
    { event: 'CONSULT', trigger: 'talks', actor: { words: 'Putin', id: 'Q7747', code: 'RUS' }, recipient: { words: 'Macron', id: 'Q3052772', code: 'FRA' } },
    { event: 'ACCUSE', trigger: 'accused', actor: { words: 'Macron', id: 'Q3052772', code: 'FRA' }, recipient: { words: 'Putin', id: 'Q7747', code: 'RUS' } },
  ],
});

/** Every row of the tables a stored document fills, but for the time it was written. */
function tables(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true });
  try {
    const all = (sql: string) => db.prepare(sql).all();
    return {
      documents: all('SELECT id, source_id, title, date, source, dateline_place, url, origin, format, text, meta, layers, diagnostics FROM documents'),
      events: all('SELECT * FROM events'),
      parties: all('SELECT * FROM event_parties'),
      mentions: all('SELECT * FROM actor_mentions'),
      pairs: all('SELECT * FROM pair_days'),
      stories: all('SELECT story, link, features FROM story_docs'),
    };
  } finally {
    db.close();
  }
}

async function stored(input: Parameters<ReturnType<typeof openSqliteStore>['put']>[0][number]): Promise<Record<string, unknown[]>> {
  const path = join(mkdtempSync(join(tmpdir(), 'dyad-prepared-')), 'x.db');
  const store = openSqliteStore(path);
  expect(await store.put([input])).toEqual(['stored']);
  await store.close();
  return tables(path);
}

describe('prepareDocument', () => {
  it('gives the store the rows the document gives it, after crossing to another thread', async () => {
    // structuredClone is what postMessage does to a worker's reply.
    const prepared = structuredClone(prepareDocument(talks));
    expect(isPrepared(prepared)).toBe(true);
    const fromRows = await stored(prepared);
    expect(fromRows.events).toHaveLength(2);
    expect(fromRows).toEqual(await stored(talks));
  });

  it('keeps only the dateline layer on the document it reports', () => {
    const { doc } = prepareDocument(talks);
    expect(doc.id).toBe(talks.id);
    expect(Object.keys(doc.layers)).toEqual(talks.layers.dateline ? ['dateline'] : []);
  });
});
