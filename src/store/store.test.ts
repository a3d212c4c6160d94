import { describe, expect, it } from 'vitest';
import { createDocument, makeDoc } from '../core/document.js';
import { defaultPipeline } from '../pipeline.js';
import type { Store } from './store.js';
import { eventDoc } from '../../test/support/test-events.js';
import { BACKENDS } from '../../test/support/test-stores.js';

/** The store suite: every test runs on each store (SQLite, and PostgreSQL when a server answers). */
const PUTIN = { words: 'Putin', id: 'Q7747', code: 'RUS' };
const MACRON = { words: 'Macron', id: 'Q3052772', code: 'FRA' };

const talks = eventDoc({
  text: 'Putin held talks with Macron in Moscow. Macron accused Putin of lying. "We agreed," Putin said.',
  meta: { date: '2020-06-26', sourceId: 'tass-1', title: 'Talks' },
  events: [
    { event: 'CONSULT', trigger: 'talks', actor: PUTIN, recipient: MACRON, date: '2020-06-26', place: { words: 'Moscow', country: 'RUS', lat: 55.75, lon: 37.62 }, context: ['diplomatic'] },
    { event: 'ACCUSE', trigger: 'accused', actor: MACRON, recipient: PUTIN, date: '2020-07-03' },
  ],
  actors: [PUTIN, MACRON],
  quotes: [{ words: 'We agreed,', speaker: PUTIN }],
  places: [{ words: 'Moscow', country: 'RUS', lat: 55.75, lon: 37.62 }],
});
const strike = eventDoc({
  text: 'Israel struck Gaza overnight. Israel did not attack Lebanon.',
  meta: { date: '2021-05-10', sourceId: 'wire-2' },
  events: [
    { event: 'ASSAULT', trigger: 'struck', actor: { words: 'Israel', id: 'Q801', code: 'ISR' }, recipient: { words: 'Gaza', id: 'Q39760', code: 'PSE' }, context: ['military'] },
    { event: 'ASSAULT', trigger: 'attack', actor: { words: 'Israel', id: 'Q801', code: 'ISR' }, recipient: { words: 'Lebanon', id: 'Q822', code: 'LBN' }, negated: true },
  ],
});

const types = (page: { items: { event: string }[] }) => page.items.map((e) => e.event);

const article = (text: string, sourceId?: string) =>
  defaultPipeline().run(createDocument(text, { origin: { location: 'test', format: 'text' }, date: '2020-06-26', ...(sourceId ? { sourceId } : {}) }));

describe.each(BACKENDS)('$name store', (backend) => {
async function storeWith(...docs: Parameters<Store['put']>[0]): Promise<Store> {
  const store = backend.open();
  await store.put(docs);
  return store;
}

describe('documents', () => {
  it('stores a document with its layers and gives it back unchanged', async () => {
    const store = backend.open();
    const doc = article('MOSCOW, June 26. /TASS/. Putin and Macron held talks. They agreed.');
    expect(await store.put([doc])).toEqual(['stored']);
    expect(await store.get(doc.id)).toEqual(doc);
  });

  it('stores the same article once', async () => {
    const store = backend.open();
    const doc = article('Talks were held.');
    expect(await store.put([doc, doc])).toEqual(['stored', 'duplicate']);
    expect(await store.put([doc])).toEqual(['duplicate']);
    expect(await store.count()).toBe(1);
    expect(await store.has(doc.id)).toBe(true);
  });

  it('finds a document by a unique id prefix or by the input’s own id', async () => {
    const store = backend.open();
    const doc = article('Talks were held in Geneva.', 'wire-17');
    await store.put([doc]);
    expect((await store.get(doc.id.slice(0, 8)))?.id).toBe(doc.id);
    expect((await store.get('wire-17'))?.id).toBe(doc.id);
    expect(await store.get('nothing')).toBeUndefined();
  });

  it('lists documents newest first', async () => {
    const store = backend.open();
    const old = createDocument('An old story.', { origin: { location: 'test', format: 'text' }, date: '2019-01-01' });
    const undated = createDocument('A story without a date.', { origin: { location: 'test', format: 'text' } });
    const recent = createDocument('A recent story.', { origin: { location: 'test', format: 'text' }, date: '2021-01-01' });
    await store.put([old, undated, recent]);
    expect((await store.list()).map((d) => d.id)).toEqual([recent.id, old.id, undated.id]);
    expect((await store.list({ limit: 1, offset: 1 })).map((d) => d.id)).toEqual([old.id]);
  });

  it('searches titles and text, best match first, with a marked snippet', async () => {
    const store = backend.open();
    await store.put([article('The ceasefire in Libya held.'), article('Markets rose in Tokyo.')]);
    const hits = await store.search('ceasefire');
    expect(hits).toHaveLength(1);
    expect(hits[0].snippet).toContain('[ceasefire]');
    expect(await store.search('cease* AND Libya')).toHaveLength(1);
    expect(await store.search('"rose in Tokyo" OR nothing')).toHaveLength(1);
    expect(await store.search('ceasefire NOT Libya')).toHaveLength(0);
  });

  it('reports a malformed search query as a coded error', async () => {
    const store = backend.open();
    await expect(store.search('"unclosed')).rejects.toMatchObject({ code: 'E030' });
  });
});

describe('event queries', () => {
  it('gives a document’s events as PLOVER records with the content id of the document', async () => {
    const store = await storeWith(talks);
    const { items, next } = await store.events({ doc: talks.id });
    expect(items.map((e) => [e.id, e.event, e.document])).toEqual([
      ['tass-1-2', 'ACCUSE', talks.id],
      ['tass-1-1', 'CONSULT', talks.id],
    ]);
    expect(items[1].evidence).toBe('Putin held talks with Macron in Moscow.');
    expect(talks.text.slice(items[1].trigger.start, items[1].trigger.end)).toBe('talks');
    expect(next).toBeNull();
  });

  it('adds no event rows for a document without an events layer', async () => {
    const store = await storeWith(makeDoc({ text: 'Nothing coded here.' }));
    expect((await store.events({})).items).toEqual([]);
  });

  it('does not add the rows twice when the same document is stored again', async () => {
    const store = await storeWith(talks);
    await store.put([talks]);
    expect((await store.events({})).items).toHaveLength(2);
  });

  it.each([
    [{ actor: 'Q7747' }, ['CONSULT']],
    [{ recipient: 'Q7747' }, ['ACCUSE']],
    [{ party: 'Q7747' }, ['ACCUSE', 'CONSULT']],
    [{ country: 'PSE' }, ['ASSAULT']],
    [{ actorCountry: 'FRA' }, ['ACCUSE']],
    [{ pair: ['FRA', 'RUS'] as [string, string] }, ['ACCUSE', 'CONSULT']],
    [{ event: ['CONSULT', 'ASSAULT'] }, ['ASSAULT', 'ASSAULT', 'CONSULT']],
    [{ quad: [3] }, ['ACCUSE']],
    [{ context: 'diplomatic' }, ['CONSULT']],
    [{ from: '2020-07', to: '2020-07' }, ['ACCUSE']],
    [{ to: '2020-06-26' }, ['CONSULT']],
    [{ place: 'moscow' }, ['CONSULT']],
    [{ placeCountry: 'RUS' }, ['CONSULT']],
    [{ flags: { negated: true } }, ['ASSAULT']],
    [{ text: 'overnight' }, ['ASSAULT']],
  ])('filters events by %j', async (filter, expected) => {
    const store = await storeWith(talks, strike);
    expect(types(await store.events(filter))).toEqual(expected);
  });

  it('dates an event without its own date on the article’s day', async () => {
    const store = await storeWith(strike);
    expect((await store.events({})).items.map((e) => e.date)).toEqual(['2021-05-10', '2021-05-10']);
  });

  it('pages through events with an offset and says where the next page starts', async () => {
    const store = await storeWith(talks, strike);
    const first = await store.events({}, { limit: 3 });
    expect(first.next).toBe(3);
    const second = await store.events({}, { limit: 3, offset: 3 });
    expect(second.items).toHaveLength(1);
    expect(second.next).toBeNull();
  });

  it('lists an event between two actors of the same country once, on every page', async () => {
    const internal = eventDoc({
      text: 'Putin met Lavrov. Putin met Shoigu. Putin met Mishustin.',
      meta: { date: '2020-01-01' },
      events: ['Lavrov', 'Shoigu', 'Mishustin'].map((name, i) => ({
        event: 'CONSULT' as const, trigger: 'met', actor: PUTIN, recipient: { words: name, id: `R${i}`, code: 'RUS' }, date: `2020-01-0${i + 1}`,
      })),
    });
    const store = await storeWith(internal, talks);
    const first = await store.events({ country: 'RUS' }, { limit: 3 });
    const second = await store.events({ country: 'RUS' }, { limit: 3, offset: 3 });
    expect([...first.items, ...second.items].map((e) => e.date)).toEqual(['2020-07-03', '2020-06-26', '2020-01-03', '2020-01-02', '2020-01-01']);
    expect(second.next).toBeNull();
  });

  it('reports an invalid full-text query as a bad value', async () => {
    const store = await storeWith(talks);
    await expect(store.events({ text: '"unclosed' })).rejects.toThrow(/Invalid value for text/);
  });

  it('counts and sums scores by month for a pair of countries, in both directions', async () => {
    const store = await storeWith(talks, strike);
    expect(await store.series({ pair: ['RUS', 'FRA'] }, 'month')).toEqual([
      { period: '2020-06', events: 1, score: 2.5, quad: [1, 0, 0, 0] },
      { period: '2020-07', events: 1, score: -2, quad: [0, 0, 1, 0] },
    ]);
  });

  it('gives a pair’s series from the daily totals as from the events themselves', async () => {
    const store = await storeWith(talks, strike);
    const fromTotals = await store.series({ pair: ['RUS', 'FRA'], from: '2020' }, 'week');
    expect(fromTotals).toEqual(await store.series({ pair: ['RUS', 'FRA'], from: '2020', event: ['CONSULT', 'ACCUSE'] }, 'week'));
    expect(fromTotals.map((p) => p.events)).toEqual([1, 1]);
  });

  it('counts an event within one country once in its series', async () => {
    const internal = eventDoc({
      text: 'Putin met Lavrov.',
      events: [{ event: 'CONSULT', trigger: 'met', actor: PUTIN, recipient: { words: 'Lavrov', id: 'Q1', code: 'RUS' }, date: '2020-01-01' }],
    });
    const store = await storeWith(internal);
    expect((await store.series({ country: 'RUS' }, 'day')).map((p) => p.events)).toEqual([1]);
    expect((await store.series({ pair: ['RUS', 'RUS'] }, 'day')).map((p) => p.events)).toEqual([1]);
  });

  it('groups a weekly series on the Monday of the week', async () => {
    const store = await storeWith(talks);
    expect((await store.series({ actor: 'Q7747' }, 'week')).map((p) => p.period)).toEqual(['2020-06-22']);
  });

  it('ranks actors and pairs by number of events', async () => {
    const store = await storeWith(talks, strike);
    expect((await store.topActors({ actorCountry: 'ISR' }, 1))[0]).toEqual({ actorId: 'Q801', name: 'Israel', code: 'ISR', asActor: 2, asRecipient: 0 });
    expect((await store.topPairs({ country: 'RUS' })).map((p) => [p.actor, p.recipient, p.events])).toEqual([
      ['FRA', 'RUS', 1],
      ['RUS', 'FRA', 1],
    ]);
  });

  it('ranks pairs from the all-time totals as from the events themselves', async () => {
    const store = await storeWith(talks, strike);
    expect(await store.topPairs({})).toEqual(await store.topPairs({ from: '1900' }));
    expect(await store.topPairs({ pair: ['RUS', 'FRA'] })).toEqual(await store.topPairs({ pair: ['RUS', 'FRA'], from: '1900' }));
  });

  it('lists event locations with coordinates', async () => {
    const store = await storeWith(talks, strike);
    expect(await store.eventPlaces({})).toEqual([{ name: 'Moscow', country: 'RUS', lat: 55.75, lon: 37.62, count: 1, score: 2.5 }]);
  });

  it('reads every matching event, oldest first, for exports', async () => {
    const store = await storeWith(talks, strike);
    const seen: string[] = [];
    for await (const e of store.eachEvent({ country: 'RUS' })) seen.push(e.id);
    expect(seen).toEqual(['tass-1-1', 'tass-1-2']);
  });
});

describe('actor, quote and place queries', () => {
  it('summarises an actor across mentions and events', async () => {
    const store = await storeWith(talks, strike);
    expect(await store.actor('Q7747')).toMatchObject({ name: 'Putin', code: 'RUS', mentions: 1, documents: 1, asActor: 1, asRecipient: 1 });
    expect(await store.actor('nobody')).toBeUndefined();
  });

  it('summarises an actor known only from events', async () => {
    const store = await storeWith(strike);
    // The negated attack on Lebanon is no event that happened (session 49): one as actor.
    expect(await store.actor('Q801')).toMatchObject({ name: 'Israel', code: 'ISR', mentions: 0, asActor: 1, asRecipient: 0 });
  });

  it('finds actors by name prefix, escaping LIKE wildcards', async () => {
    const store = await storeWith(talks);
    expect((await store.actors({ name: 'Mac' })).items.map((a) => a.actorId)).toEqual(['Q3052772']);
    expect((await store.actors({ name: '%' })).items).toEqual([]);
  });

  it('lists an actor’s mentions with the words around them', async () => {
    const store = await storeWith(talks);
    const { items } = await store.mentions('Q3052772');
    expect(items[0]).toMatchObject({ document: talks.id, name: 'Macron', title: 'Talks' });
    expect(items[0].context).toContain('talks with Macron in Moscow');
  });

  it('finds quotes by speaker id or name', async () => {
    const store = await storeWith(talks);
    const byId = await store.quotes({ speaker: 'Q7747' });
    expect(byId.items.map((q) => q.text)).toEqual(['We agreed,']);
    expect((await store.quotes({ speaker: 'putin' })).items).toHaveLength(1);
    expect((await store.quotes({ speaker: 'Macron' })).items).toHaveLength(0);
  });

  it('counts places named in the documents', async () => {
    const store = await storeWith(talks);
    expect((await store.places({ country: 'RUS' })).items).toEqual([{ name: 'Moscow', country: 'RUS', lat: 55.75, lon: 37.62, count: 1 }]);
  });
});
});
