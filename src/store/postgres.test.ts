import { describe, expect, it } from 'vitest';
import { isPostgresUrl, openPostgresStore } from './postgres.js';
import { PG_MIGRATIONS } from './postgres-schema.js';
import { eventDoc } from '../../test/support/test-events.js';
import { freshPgUrl, openFreshPgStore, PG_URL, queryPg } from '../../test/support/test-stores.js';

// What every store does is tested in store.test.ts; here is what only the PostgreSQL store does.

const talks = { event: 'CONSULT', trigger: 'talks', actor: { words: 'Russia', id: 'Q159', code: 'RUS' }, recipient: { words: 'France', id: 'Q142', code: 'FRA' } } as const;
const month = (m: string, n: number) => eventDoc({ text: `Story ${n}: Russia held talks with France.`, meta: { date: `2020-${m}-1${n}` }, events: [talks] });
const undated = eventDoc({ text: 'Undated: Russia held talks with France.', events: [talks] });

it('tells a PostgreSQL URL from a SQLite file', () => {
  expect(isPostgresUrl('postgres://u@h/db')).toBe(true);
  expect(isPostgresUrl('postgresql://h/db?schema=x')).toBe(true);
  expect(isPostgresUrl('dyad.db')).toBe(false);
});

describe.skipIf(!PG_URL)('openPostgresStore', () => {
  it('migrates once when several processes open a new store at the same moment', async () => {
    const url = freshPgUrl();
    const stores = Array.from({ length: 4 }, () => openPostgresStore(url));
    expect(await Promise.all(stores.map((s) => s.count()))).toEqual([0, 0, 0, 0]);
    await Promise.all(stores.map((s) => s.close()));
    const versions = await queryPg<{ version: number }>(url, 'SELECT version FROM schema_migrations ORDER BY version');
    expect(versions.map((v) => v.version)).toEqual(PG_MIGRATIONS.map((_, i) => i + 1));
  });

  it('keeps what it has across reopening', async () => {
    const url = freshPgUrl();
    const first = openPostgresStore(url);
    await first.put([month('06', 1)]);
    await first.close();
    const again = openPostgresStore(url);
    expect(await again.count()).toBe(1);
    await again.close();
  });

  it('refuses a store written by a newer dyad', async () => {
    const url = freshPgUrl();
    await queryPg(url, 'INSERT INTO schema_migrations (version) VALUES (999)');
    const store = openPostgresStore(url);
    await expect(store.count()).rejects.toMatchObject({ code: 'E020' });
    await store.close();
  });

  it('says which server it could not reach', async () => {
    const store = openPostgresStore('postgres://nobody:secret@127.0.0.1:1/none');
    await expect(store.count()).rejects.toMatchObject({ code: 'E022', message: expect.not.stringContaining('secret') });
    await store.close();
  });

  it('rejects a schema name that is not a plain SQL name', () => {
    expect(() => openPostgresStore(`${PG_URL}?schema=a;drop`)).toThrow(expect.objectContaining({ code: 'E030' }));
  });

  it('runs the migrations on a schema with events partitioned by month, and answers the same', async () => {
    const plain = openFreshPgStore();
    const partitioned = openFreshPgStore({ partitionEvents: true });
    const docs = [month('06', 1), month('06', 2), month('07', 3), undated];
    for (const store of [plain, partitioned]) await store.put(docs);
    const filters = [{}, { from: '2020-07' }, { pair: ['RUS', 'FRA'] as [string, string] }];
    for (const filter of filters) expect(await partitioned.events(filter)).toEqual(await plain.events(filter));
    expect(await partitioned.series({ actorCountry: 'RUS' }, 'month')).toEqual(await plain.series({ actorCountry: 'RUS' }, 'month'));
  });
});

describe.skipIf(!PG_URL)('a store partitioned by month', () => {
  it('routes each event to its month’s partition and undated ones to the default', async () => {
    const url = freshPgUrl();
    const store = openPostgresStore(url, { partitionEvents: true });
    await store.count();
    await queryPg(url, `CREATE TABLE events_2020_06 PARTITION OF events FOR VALUES FROM ('2020-06') TO ('2020-07');
                      CREATE TABLE events_2020_07 PARTITION OF events FOR VALUES FROM ('2020-07') TO ('2020-08')`);
    await store.put([month('06', 1), month('06', 2), month('07', 3), undated]);
    const rows = await queryPg<{ partition: string; n: number }>(url, 'SELECT tableoid::regclass::text AS partition, count(*)::int AS n FROM events GROUP BY 1 ORDER BY 1');
    expect(rows.map((r) => [r.partition.replace(/^.*\./, ''), r.n])).toEqual([['events_2020_06', 2], ['events_2020_07', 1], ['events_undated', 1]]);
    expect((await store.events({ from: '2020-06', to: '2020-06' })).items).toHaveLength(2);
    await store.close();
  });
});
