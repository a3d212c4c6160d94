import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BACKENDS, queryPg } from '../../test/support/test-stores.js';
import { eventDoc } from '../../test/support/test-events.js';
import { openStore } from '../cli/open-store.js';
import { PLOVER_EVENTS } from '../stages/events/plover.js';
import { MIGRATIONS, REBUILD_PAIR_ROLLUPS } from './migrations/index.js';
import { PG_MIGRATIONS } from './postgres-schema.js';
import type { EventFilter, Store } from './store.js';

/**
 * Trends count events that happened (`status: 'happened'`): the pair rollups hold only those, and
 * answer exactly what the events table answers for the same filter. On every store.
 */
const ISRAEL = { words: 'Israel', id: 'Q801', code: 'ISR' };
const HAMAS = { words: 'Hamas', id: 'Q38799', code: 'PSE' };
const demand = eventDoc({
  text: 'Trump demanded that Hamas must release all hostages by Saturday. Israel did not attack Lebanon. Israel struck Gaza.',
  meta: { date: '2025-02-12', sourceId: 'wire-7' },
  events: [
    { event: 'REQUEST', trigger: 'demanded', actor: { words: 'Trump', id: 'Q22686', code: 'USA' }, recipient: HAMAS },
    { event: 'RETREAT', trigger: 'release', actor: HAMAS, recipient: ISRAEL, date: '2025-02-15', hypothetical: true },
    { event: 'ASSAULT', trigger: 'attack', actor: ISRAEL, recipient: { words: 'Lebanon', id: 'Q822', code: 'LBN' }, negated: true },
    { event: 'ASSAULT', trigger: 'struck', actor: ISRAEL, recipient: { words: 'Gaza', id: 'Q39760', code: 'PSE' } },
  ],
});
const talks = eventDoc({
  text: 'Israel held talks with Hamas. Hamas will not release hostages.',
  meta: { date: '2025-02-13', sourceId: 'wire-8' },
  events: [
    { event: 'CONSULT', trigger: 'talks', actor: ISRAEL, recipient: HAMAS },
    { event: 'RETREAT', trigger: 'release', actor: HAMAS, recipient: ISRAEL, negated: true },
  ],
});

/** Filters the rollups answer, each with the same filter in a form only the events table answers. */
const ROLLUP_FILTERS: readonly EventFilter[] = [{}, { country: 'PSE' }, { pair: ['ISR', 'PSE'] }, { actorCountry: 'ISR', recipientCountry: 'LBN' }];
const slow = (f: EventFilter): EventFilter => ({ ...f, event: [...PLOVER_EVENTS] });
const HAPPENED_FLAGS = { negated: false, hypothetical: false };

const pairsOf = async (store: Store, status?: 'happened') => (await store.topPairs({ ...(status ? { status } : {}) })).map((p) => `${p.actor}-${p.recipient} ${p.events} ${p.score}`);
/** The rollup tables as rows, numbers as numbers (PostgreSQL gives bigint sums as strings). */
const ROLLUP_SQL = {
  totals: 'SELECT actor_code, recipient_code, events, score FROM pair_totals ORDER BY 1, 2',
  days: 'SELECT actor_code, recipient_code, date, events, score, q1, q2, q3, q4 FROM pair_days ORDER BY 1, 2, 3',
};
const numeric = (rows: Record<string, unknown>[]) => rows.map((r) => Object.values(r).map((v) => (typeof v === 'string' && /^-?[\d.]+$/.test(v) ? Number(v) : v)));

describe.each(BACKENDS)('$name store: events that happened', (backend) => {
  const storeWith = async (...docs: Parameters<Store['put']>[0]) => {
    const store = backend.open();
    await store.put(docs);
    return store;
  };

  it('does not move a pair’s score with a negated or hypothetical event', async () => {
    const store = await storeWith(demand, talks);
    expect(await store.topPairs({ country: 'LBN', status: 'happened' })).toEqual([]);
    expect(await store.series({ pair: ['ISR', 'LBN'], status: 'happened' }, 'day')).toEqual([]);
    // Hamas → Israel: a demand's content and a refusal, no retreat.
    expect(await store.topPairs({ actorCountry: 'PSE', recipientCountry: 'ISR', status: 'happened' })).toEqual([]);
    expect(await pairsOf(store, 'happened')).toEqual(['ISR-PSE 2 -6.5', 'USA-PSE 1 0']);
    // Every reading is still there when asked for.
    expect(await store.topPairs({ country: 'LBN' })).toEqual([{ actor: 'ISR', recipient: 'LBN', events: 1, score: -9 }]);
    expect((await store.events({ status: 'happened' })).items.map((e) => e.event).sort()).toEqual(['ASSAULT', 'CONSULT', 'REQUEST']);
    expect((await store.events({})).items).toHaveLength(6);
  });

  it('answers from the rollups what the events table answers, with the status or the flags', async () => {
    const store = await storeWith(demand, talks);
    for (const f of ROLLUP_FILTERS) {
      const fast = await store.topPairs({ ...f, status: 'happened' });
      expect(await store.topPairs({ ...f, flags: HAPPENED_FLAGS })).toEqual(fast);
      expect(await store.topPairs({ ...slow(f), status: 'happened' })).toEqual(fast);
      // Without the status every reading counts, from the events table.
      expect(await store.topPairs(f)).toEqual(await store.topPairs(slow(f)));
    }
    for (const f of [{ actorCountry: 'ISR', recipientCountry: 'PSE' }, { actorCountry: 'PSE', recipientCountry: 'ISR' }, { pair: ['ISR', 'PSE'] as const }]) {
      const fast = await store.series({ ...f, status: 'happened' }, 'day');
      expect(await store.series({ ...f, flags: HAPPENED_FLAGS }, 'day')).toEqual(fast);
      expect(await store.series({ ...slow(f), status: 'happened' }, 'day')).toEqual(fast);
      expect(await store.series(f, 'day')).toEqual(await store.series(slow(f), 'day'));
    }
  });

  it('rebuilds the rollups of a store written before they held only events that happened', async () => {
    const fresh = backend.newTarget();
    const old = backend.newTarget();
    for (const target of [fresh, old]) {
      const store = openStore(target);
      await store.put([demand, talks]);
      await store.close();
    }
    // As an older version left it: every reading in the rollups, and the schema one migration back.
    const everyReading = REBUILD_PAIR_ROLLUPS.replaceAll(' AND negated = 0 AND hypothetical = 0', '');
    expect(everyReading).not.toEqual(REBUILD_PAIR_ROLLUPS);
    if (backend.name === 'sqlite') {
      const db = new Database(old);
      db.exec(everyReading);
      db.pragma(`user_version = ${MIGRATIONS.length - 1}`);
      db.close();
    } else {
      // Each connection migrates on opening: the version goes back last, after the look.
      await queryPg(old, everyReading);
    }
    const before = await backend.query<Record<string, unknown>>(old, ROLLUP_SQL.totals);
    expect(numeric(before).map((r) => r.slice(0, 2).join('-'))).toContain('ISR-LBN');
    if (backend.name === 'postgres') await queryPg(old, `DELETE FROM schema_migrations WHERE version = ${PG_MIGRATIONS.length}`);

    const figures = async (target: string) => {
      const store = openStore(target);
      try {
        return {
          pairs: await pairsOf(store, 'happened'),
          series: await store.series({ pair: ['ISR', 'PSE'], status: 'happened' }, 'day'),
          events: (await store.events({}, { limit: 100 })).items.map((e) => e.id),
        };
      } finally {
        await store.close();
      }
    };
    expect(await figures(old)).toEqual(await figures(fresh));
    for (const sql of Object.values(ROLLUP_SQL)) {
      expect(numeric(await backend.query(old, sql))).toEqual(numeric(await backend.query(fresh, sql)));
    }
  });
});

describe.each(BACKENDS)('$name store: the actor summary counts events that happened', (backend) => {
  // Session 49, ev-demo2: the actor page said "actor of N events" from every reading, while its "Events as actor"
  // link lists only events that happened.
  it('counts neither negated nor hypothetical readings, and each event once', async () => {
    const store = backend.open();
    await store.put([demand, talks]);
    // Hamas: a hypothetical and a negated RETREAT as actor; a REQUEST and the talks as recipient.
    expect(await store.actor('Q38799')).toMatchObject({ asActor: 0, asRecipient: 2 });
    // Israel: one negated strike of Lebanon and two acts that happened; recipient of the two retreats that did not.
    expect(await store.actor('Q801')).toMatchObject({ asActor: 2, asRecipient: 0 });
    expect((await store.events({ actor: 'Q801', status: 'happened' })).items).toHaveLength(2);
  });
});
