import { describe, expect, it } from 'vitest';
import { readout } from '../../test/support/test-readouts.js';
import Database from 'better-sqlite3';
import { BACKENDS, queryPg } from '../../test/support/test-stores.js';
import { openStore } from '../cli/open-store.js';
import { DyadError } from '../core/errors.js';
import type { Document } from '../core/document.js';

/** Stories on every store (SQLite, and PostgreSQL when a server answers). */
const PUTIN = { words: 'Putin', id: 'vladimir-putin', code: 'RUS' };
const MACRON = { words: 'Macron', id: 'emmanuel-macron', code: 'FRA' };
const BIDEN = { words: 'Biden', id: 'joe-biden', code: 'USA' };

const kremlin = readout({
  id: 'kremlin-1', date: '2022-02-21', source: 'kremlin.ru', parties: [PUTIN, MACRON],
  text: 'Putin had a telephone conversation with Macron. Putin accused Kyiv of shelling.',
  events: [{ event: 'CONSULT', trigger: 'conversation', actor: PUTIN, recipient: MACRON }],
});
const elysee = readout({
  id: 'elysee-1', date: '2022-02-20', source: 'elysee.fr', parties: [MACRON, PUTIN],
  text: 'Macron spoke by phone with Putin late on Sunday to discuss Ukraine.',
  events: [{ event: 'CONSULT', trigger: 'spoke', actor: MACRON, recipient: PUTIN }],
});
const wire = `Wheat exports rose to a record as prices held firm, traders in Chicago said on Monday, citing strong demand from Asia.`;
const copyA = readout({ id: 'wire-1', date: '2022-02-20', source: 'wire', text: wire });
const copyB = readout({ id: 'wire-2', date: '2022-02-21', source: 'wire', text: wire });
const other = readout({
  id: 'whitehouse-1', date: '2022-02-20', source: 'whitehouse.gov', parties: [BIDEN, MACRON],
  text: 'Biden spoke by phone with Macron about Russia.',
  events: [{ event: 'CONSULT', trigger: 'spoke', actor: BIDEN, recipient: MACRON }],
});
const ALL = [kremlin, elysee, copyA, copyB, other];

const groups = async (docs: readonly Document[], batch: number, backend: (typeof BACKENDS)[number]) => {
  const store = backend.open();
  for (let i = 0; i < docs.length; i += batch) await store.put(docs.slice(i, i + batch));
  const page = await store.stories();
  // Listed by first date, then id.
  return { store, groups: page.items.map((s) => ({ id: s.id, members: s.members.map((m) => m.input) })) };
};

describe.each(BACKENDS)('$name store: stories', (backend) => {
  it('groups copies and two sides of one call, whatever the order and batches', async () => {
    const forward = await groups(ALL, 10, backend);
    const backward = await groups([...ALL].reverse(), 1, backend);
    expect(forward.groups).toEqual([
      { id: `s-${elysee.id}`, members: ['elysee-1', 'kremlin-1'] },
      { id: `s-${copyA.id}`, members: ['wire-1', 'wire-2'] },
    ].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(backward.groups).toEqual(forward.groups);
  });

  it('merges the events of a story and reads one row per story event with dedup', async () => {
    const { store } = await groups(ALL, 2, backend);
    const story = await store.story('kremlin-1');
    expect(story?.members.map((m) => [m.input, m.link])).toEqual([['elysee-1', 'event'], ['kremlin-1', 'event']]);
    expect(story?.sources).toEqual(['elysee.fr', 'kremlin.ru']);
    expect([story?.firstSeen, story?.lastSeen]).toEqual(['2022-02-20', '2022-02-21']);
    expect(story?.events).toHaveLength(1);
    const [merged] = story!.events;
    expect(merged).toMatchObject({ event: 'CONSULT', numReports: 2, numSources: 2, agreement: { type: 1, direction: 0.5 } });
    expect(merged.members.map((m) => m.input).sort()).toEqual(['elysee-1', 'kremlin-1']);

    const all = await store.events({ event: ['CONSULT'] });
    const deduped = await store.events({ event: ['CONSULT'], dedup: true });
    expect(all.items).toHaveLength(3);
    expect(deduped.items).toHaveLength(2);
    const call = deduped.items.find((e) => e.story?.story === story?.id);
    expect(call?.story).toMatchObject({ event: merged.id, numReports: 2, numSources: 2 });
    expect(deduped.items.find((e) => e.story?.story !== story?.id)?.story).toMatchObject({ numReports: 1, numSources: 1 });
    expect((await store.series({ event: ['CONSULT'], dedup: true }, 'month'))[0].events).toBe(2);
  });

  it('joins a story when a later article bridges two', async () => {
    const third = readout({
      id: 'kremlin-2', date: '2022-02-22', source: 'kremlin.ru', parties: [PUTIN, MACRON],
      text: 'Putin had another telephone conversation with Macron on Tuesday about guarantees.',
    });
    const { store } = await groups([kremlin, third], 10, backend);
    expect((await store.stories()).items).toHaveLength(1);
    await store.put([elysee]);
    const page = await store.stories();
    expect(page.items.map((s) => s.members.map((m) => m.input))).toEqual([['elysee-1', 'kremlin-1', 'kremlin-2']]);
    expect(page.items[0].id).toBe(`s-${elysee.id}`);
    expect(await store.story(`s-${kremlin.id}`)).toBeUndefined();
  });

  it('groups the documents of a store stored before the stories tables, once, when it is opened', async () => {
    const target = backend.newTarget();
    const listed = async () => {
      const store = openStore(target);
      try {
        return (await store.stories()).items.map((s) => ({ id: s.id, members: s.members.map((m) => m.input), events: s.events.length }));
      } finally {
        await store.close();
      }
    };
    const first = openStore(target);
    await first.put(ALL);
    await first.close();
    const grouped = await listed();
    expect(grouped.map((s) => s.members).sort()).toEqual([['elysee-1', 'kremlin-1'], ['wire-1', 'wire-2']]);
    // A store whose documents predate migration 4: the tables exist and are empty.
    const forget = 'DELETE FROM story_events; DELETE FROM stories; DELETE FROM story_keys; DELETE FROM story_docs;';
    if (backend.name === 'sqlite') {
      const db = new Database(target);
      db.exec(forget);
      expect(db.prepare('SELECT count(*) AS n FROM story_docs').get()).toEqual({ n: 0 });
      db.close();
    } else {
      // The connection that forgets opens the store first (and finds it grouped); the next open groups it.
      await queryPg(target, forget);
    }
    expect(await listed()).toEqual(grouped);
    // Opening it again finds nothing to group and changes nothing.
    expect(await listed()).toEqual(grouped);
    expect((await backend.query<{ n: number }>(target, 'SELECT count(*) AS n FROM story_docs')).map((r) => Number(r.n))).toEqual([ALL.length]);
  });

  it('answers bad story queries with coded errors', async () => {
    const store = backend.open();
    await expect(store.stories({ minMembers: 0 })).rejects.toThrow(DyadError);
    await expect(store.stories({}, { limit: -1 })).rejects.toThrow(/E081/);
    expect(await store.story('no-such-article')).toBeUndefined();
  });
});
