import { describe, expect, it } from 'vitest';
import { createPipeline } from '../core/pipeline.js';
import { openSqliteStore } from '../store/sqlite.js';
import { eventDoc } from '../../test/support/test-events.js';
import { createApp } from './app.js';

const PUTIN = { words: 'Putin', id: 'Q7747', code: 'RUS' };
const MACRON = { words: 'Macron', id: 'Q3052772', code: 'FRA' };
const TEXT = 'Putin held talks with Macron in Moscow. Macron accused Putin of lying.';
const EVENTS = [
  { event: 'CONSULT', trigger: 'talks', actor: PUTIN, recipient: MACRON, date: '2020-06-26' },
  { event: 'ACCUSE', trigger: 'accused', actor: MACRON, recipient: PUTIN, date: '2020-06-26' },
] as const;
/** One wire story sent by two agencies: the same text under two ids, one story of two sources. */
const tass = eventDoc({ text: TEXT, meta: { date: '2020-06-26', sourceId: 'tass-1', source: 'TASS', title: 'Talks' }, events: EVENTS, actors: [PUTIN, MACRON] });
const afp = eventDoc({ text: TEXT, meta: { date: '2020-06-26', sourceId: 'afp-1', source: 'AFP', title: 'Talks' }, events: EVENTS, actors: [PUTIN, MACRON] });
const other = eventDoc({ text: 'Merkel visited Rome.', meta: { date: '2020-08-01', sourceId: 'dpa-1', source: 'DPA' } });

async function app() {
  const store = openSqliteStore(':memory:');
  await store.put([tass, afp, other]);
  return createApp({ store, pipeline: () => createPipeline([]) });
}

async function json(res: Response): Promise<any> {
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  return res.json();
}

describe('/api/stories', () => {
  it('lists stories of two or more articles, with their members and sources', async () => {
    const body = await json(await (await app()).request('/api/stories'));
    expect(body.items).toHaveLength(1);
    expect(body.next).toBeNull();
    const [story] = body.items;
    expect(story.members.map((m: any) => m.input).sort()).toEqual(['afp-1', 'tass-1']);
    expect(story.sources).toEqual(['AFP', 'TASS']);
    expect(story.events.map((e: any) => [e.event, e.numReports, e.numSources])).toEqual(expect.arrayContaining([['CONSULT', 2, 2], ['ACCUSE', 2, 2]]));
  });

  it.each([
    ['minMembers=1', 2],
    ['minMembers=1&from=2020-07', 1],
    ['to=2020-05', 0],
  ])('filters with %s', async (query, count) => {
    expect((await json(await (await app()).request(`/api/stories?${query}`))).items).toHaveLength(count);
  });

  it('pages with limit and offset', async () => {
    const a = await app();
    const first = await json(await a.request('/api/stories?minMembers=1&limit=1'));
    expect(first.items).toHaveLength(1);
    expect(first.next).toBe(1);
    const second = await json(await a.request(`/api/stories?minMembers=1&limit=1&offset=${first.next}`));
    expect(second.items[0].id).not.toBe(first.items[0].id);
  });

  it('gives one story with its sources side by side, found by its id or an article’s', async () => {
    const a = await app();
    const { items: [listed] } = await json(await a.request('/api/stories'));
    for (const id of [listed.id, 'tass-1', afp.id]) {
      const story = await json(await a.request(`/api/stories/${id}`));
      expect(story.id).toBe(listed.id);
      expect(story.sideBySide.sides.map((s: any) => s.source)).toEqual(['AFP', 'TASS']);
      expect(story.sideBySide.rows.map((r: any) => [r.kind, r.cells.map((c: any) => c?.event)])).toEqual([
        ['agree', ['CONSULT', 'CONSULT']],
        ['agree', ['ACCUSE', 'ACCUSE']],
      ]);
    }
  });

  it.each([
    ['/api/stories?minMembers=0', 'minMembers'],
    ['/api/stories?from=2020-02-30', 'from'],
    ['/api/stories?limit=0', 'limit'],
    ['/api/stories?sort=date', 'sort'],
  ])('answers %s with 400 naming %s', async (url, name) => {
    const res = await (await app()).request(url);
    expect(res.status).toBe(400);
    const body = await json(res);
    expect(body.code).toBe('invalid_parameter');
    expect(body.message).toContain(name);
  });

  it('answers an unknown story with a JSON 404', async () => {
    const res = await (await app()).request('/api/stories/s-0000000000000000');
    expect(res.status).toBe(404);
    expect((await json(res)).code).toBe('not_found');
  });

  it('is described in OpenAPI', async () => {
    const spec = await json(await (await app()).request('/openapi.json'));
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/api/stories', '/api/stories/{id}']));
    expect(spec.paths['/api/events'].get.parameters.map((p: any) => p.name)).toContain('dedup');
  });
});

describe('/api/events?dedup=true', () => {
  it('gives one row per story event, with its story and counts', async () => {
    const a = await app();
    expect((await json(await a.request('/api/events'))).items).toHaveLength(4);
    const { items, filter } = await json(await a.request('/api/events?dedup=true'));
    expect(filter.dedup).toBe(true);
    expect(items.map((e: any) => [e.event, e.story.numReports, e.story.numSources])).toEqual(expect.arrayContaining([['CONSULT', 2, 2], ['ACCUSE', 2, 2]]));
    expect(items).toHaveLength(2);
  });

  it('leaves dedup=false out of the filter and refuses other values', async () => {
    const a = await app();
    expect((await json(await a.request('/api/events?dedup=false'))).filter).not.toHaveProperty('dedup');
    const res = await a.request('/api/events?dedup=yes');
    expect(res.status).toBe(400);
    expect((await json(res)).message).toContain('dedup');
  });
});
