import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../core/pipeline.js';
import { openSqliteStore } from '../store/sqlite.js';
import { eventDoc } from '../../test/support/test-events.js';
import { createApp, type AppOptions } from './app.js';

const PUTIN = { words: 'Putin', id: 'Q7747', code: 'RUS' };
const MACRON = { words: 'Macron', id: 'Q3052772', code: 'FRA' };
const doc = eventDoc({
  text: 'Putin held talks with Macron in Moscow. Macron accused Putin of lying. "We agreed," Putin said.',
  meta: { date: '2020-06-26', sourceId: 'tass-1', title: 'Talks' },
  events: [
    { event: 'CONSULT', trigger: 'talks', actor: PUTIN, recipient: MACRON, date: '2020-06-26', place: { words: 'Moscow', country: 'RUS', lat: 55.75, lon: 37.62 } },
    { event: 'ACCUSE', trigger: 'accused', actor: MACRON, recipient: PUTIN, date: '2020-07-03' },
  ],
  actors: [PUTIN, MACRON],
  quotes: [{ words: 'We agreed,', speaker: PUTIN }],
  places: [{ words: 'Moscow', country: 'RUS', lat: 55.75, lon: 37.62 }],
});

async function appWith(options: Partial<AppOptions> = {}) {
  const store = openSqliteStore(':memory:');
  await store.put([doc]);
  return { store, app: createApp({ store, pipeline: () => createPipeline([]), ...options }) };
}

async function json(res: Response): Promise<any> {
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  return res.json();
}

describe('read routes', () => {
  it.each([
    ['/api/events?pair=RUS,FRA&event=CONSULT', (b: any) => b.items.map((e: any) => e.id), ['tass-1-1']],
    ['/api/events?country=FRA&limit=1', (b: any) => [b.items.length, b.next], [1, 1]],
    ['/api/events/places', (b: any) => b.items.map((p: any) => p.name), ['Moscow']],
    ['/api/series?pair=RUS,FRA&interval=month', (b: any) => b.items.map((p: any) => [p.period, p.score]), [['2020-06', 2.5], ['2020-07', -2]]],
    ['/api/actors?name=Pu', (b: any) => b.items.map((a: any) => a.actorId), ['Q7747']],
    ['/api/actors/top?actorCountry=RUS', (b: any) => b.items.map((a: any) => a.actorId), ['Q3052772', 'Q7747']],
    ['/api/actors/pairs', (b: any) => b.items.map((p: any) => `${p.actor}-${p.recipient}`), ['FRA-RUS', 'RUS-FRA']],
    ['/api/actors/Q7747', (b: any) => [b.mentions, b.asActor], [1, 1]],
    ['/api/actors/Q7747/mentions', (b: any) => b.items.map((m: any) => m.name), ['Putin']],
    ['/api/quotes?speaker=Q7747', (b: any) => b.items.map((q: any) => q.text), ['We agreed,']],
    ['/api/places?country=RUS', (b: any) => b.items.map((p: any) => p.count), [1]],
    ['/api/documents', (b: any) => [b.total, b.items[0].title], [1, 'Talks']],
    ['/api/documents?q=accused', (b: any) => b.items.map((d: any) => d.id), [doc.id]],
    ['/api/documents/tass-1', (b: any) => [b.id, b.layers.events.events.length], [doc.id, 2]],
  ])('GET %s', async (url, pick, expected) => {
    const { app } = await appWith();
    const res = await app.request(url);
    expect(res.status).toBe(200);
    expect(pick(await json(res))).toEqual(expected);
  });

  it('describes itself in OpenAPI at /openapi.json', async () => {
    const { app } = await appWith();
    const spec = await json(await app.request('/openapi.json'));
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/api/events', '/api/series', '/api/documents', '/api/quotes', '/api/places', '/api/actors']));
  });
});

describe('events that happened', () => {
  // "Putin did not threaten Macron" and "Macron must withdraw": readings, not events to count.
  const readings = eventDoc({
    text: 'Putin did not threaten Macron. Macron must withdraw from Mali.',
    meta: { date: '2020-08-01', sourceId: 'tass-2' },
    events: [
      { event: 'THREATEN', trigger: 'threaten', actor: PUTIN, recipient: MACRON, negated: true },
      { event: 'RETREAT', trigger: 'withdraw', actor: MACRON, recipient: PUTIN, hypothetical: true, place: { words: 'Mali', country: 'MLI', lat: 17.6, lon: -4 } },
    ],
  });
  const request = async (url: string) => {
    const { app, store } = await appWith();
    await store.put([readings]);
    const res = await app.request(url);
    expect(res.status).toBe(200);
    return json(res);
  };
  const pairs = (b: any) => b.items.map((p: any) => `${p.actor}-${p.recipient} ${p.events}`);

  it.each([
    ['/api/actors/pairs', pairs, ['FRA-RUS 1', 'RUS-FRA 1']],
    ['/api/actors/pairs?status=all', pairs, ['FRA-RUS 2', 'RUS-FRA 2']],
    ['/api/actors/pairs?from=2020', pairs, ['FRA-RUS 1', 'RUS-FRA 1']],
    ['/api/series?pair=RUS,FRA', (b: any) => b.items.map((p: any) => [p.period, p.events]), [['2020-06', 1], ['2020-07', 1]]],
    ['/api/series?pair=RUS,FRA&status=all', (b: any) => b.items.map((p: any) => [p.period, p.events]), [['2020-06', 1], ['2020-07', 1], ['2020-08', 2]]],
    ['/api/actors/top?actorCountry=FRA', (b: any) => b.items.map((a: any) => `${a.actorId} ${a.asActor}`), ['Q3052772 1', 'Q7747 0']],
    ['/api/events/places', (b: any) => b.items.map((p: any) => p.name), ['Moscow']],
    ['/api/events/places?status=all', (b: any) => b.items.map((p: any) => p.name), ['Mali', 'Moscow']],
    // The list gives every reading with its flags unless asked for events that happened.
    ['/api/events', (b: any) => b.items.map((e: any) => e.id), ['tass-2-2', 'tass-2-1', 'tass-1-2', 'tass-1-1']],
    ['/api/events?status=happened', (b: any) => [b.filter.status, ...b.items.map((e: any) => e.id)], ['happened', 'tass-1-2', 'tass-1-1']],
  ])('GET %s', async (url, pick, expected) => {
    expect(pick(await request(url))).toEqual(expected);
  });

  it('says the status it counted in the filter it echoes', async () => {
    expect((await request('/api/series?pair=RUS,FRA')).filter).toEqual({ pair: ['RUS', 'FRA'], flags: {}, status: 'happened' });
    expect((await request('/api/events')).filter).toEqual({ flags: {} });
  });
});

describe('errors', () => {
  it.each([
    ['/api/events?country=russia', 'country'],
    ['/api/events?event=HUG', 'event'],
    ['/api/events?quad=5', 'quad'],
    ['/api/events?from=June', 'from'],
    ['/api/events?limit=100000', 'limit'],
    ['/api/events?negated=maybe', 'negated'],
    ['/api/events?contry=RUS', 'contry'],
    ['/api/events?text=%22unclosed', 'text'],
    ['/api/series?interval=year&pair=RUS,FRA', 'interval'],
    ['/api/series', 'pair'],
    ['/api/series?status=all', 'pair'],
    ['/api/actors/pairs?status=true', 'status'],
  ])('answers %s with 400 naming %s', async (url, name) => {
    const { app } = await appWith();
    const res = await app.request(url);
    expect(res.status).toBe(400);
    const body = await json(res);
    expect(body.code).toBe('invalid_parameter');
    expect(body.message).toContain(name);
  });

  it.each(['/api/documents/nothing', '/api/actors/nobody', '/api/nowhere'])('answers %s with a JSON 404', async (url) => {
    const { app } = await appWith();
    const res = await app.request(url);
    expect(res.status).toBe(404);
    expect((await json(res)).code).toBe('not_found');
  });
});

describe('writes', () => {
  const post = (body: unknown, headers: Record<string, string> = {}) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

  it('refuses writes on a server started without a token', async () => {
    const { app } = await appWith();
    const res = await app.request('/api/documents', post({ text: 'Talks were held.' }));
    expect(res.status).toBe(403);
    expect((await json(res)).code).toBe('read_only');
  });

  it.each([[{}], [{ authorization: 'Bearer wrong' }]])('refuses writes without the right token (%j)', async (headers) => {
    const { app } = await appWith({ token: 'secret' });
    expect((await app.request('/api/documents', post({ text: 'Talks were held.' }, headers))).status).toBe(401);
  });

  it('ingests an article with the token, once', async () => {
    const { app, store } = await appWith({ token: 'secret' });
    const auth = { authorization: 'Bearer secret' };
    const res = await app.request('/api/documents', post({ text: 'Talks were held.', title: 'T', date: '2021-01-02' }, auth));
    expect(res.status).toBe(201);
    const { id, status } = await json(res);
    expect(status).toBe('stored');
    expect((await store.get(id))?.meta.title).toBe('T');
    expect((await json(await app.request('/api/documents', post({ text: 'Talks were held.', title: 'T', date: '2021-01-02' }, auth)))).status).toBe('duplicate');
  });

  it.each([
    [{ text: '' }, 'text'],
    [{ text: 'x', colour: 'red' }, 'colour'],
    [{ text: 'x', date: 'yesterday' }, 'date'],
    ['not json', 'JSON'],
  ])('answers a bad article %j with 400', async (body, name) => {
    const { app } = await appWith({ token: 'secret' });
    const res = await app.request('/api/documents', post(body, { authorization: 'Bearer secret' }));
    expect(res.status).toBe(400);
    expect((await json(res)).message).toContain(name);
  });

  it('refuses bodies over the size limit', async () => {
    const { app } = await appWith({ token: 'secret', maxBodyBytes: 100 });
    const res = await app.request('/api/documents', post({ text: 'x'.repeat(200) }, { authorization: 'Bearer secret' }));
    expect(res.status).toBe(413);
  });
});

describe('dashboard files', () => {
  it('serves only the built files, with a content security policy', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dyad-web-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>dyad</title>');
    const { app } = await appWith({ webRoot: root });
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await app.request('/../package.json')).status).toBe(404);
  });
});
