import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { eventDoc } from '../support/test-events.js';
import { Gen, fuzzPlan, replay } from './generate.js';

const PUTIN = { words: 'Putin', id: 'Q7747', code: 'RUS' };
const MACRON = { words: 'Macron', id: 'Q3052772', code: 'FRA' };
const doc = eventDoc({
  text: 'Putin held talks with Macron in Moscow. "We agreed," Putin said.',
  meta: { date: '2020-06-26', sourceId: 'tass-1', title: 'Talks' },
  events: [{ event: 'CONSULT', trigger: 'talks', actor: PUTIN, recipient: MACRON, date: '2020-06-26', place: { words: 'Moscow', country: 'RUS', lat: 55.75, lon: 37.62 } }],
  actors: [PUTIN, MACRON],
  quotes: [{ words: 'We agreed,', speaker: PUTIN }],
  places: [{ words: 'Moscow', country: 'RUS', lat: 55.75, lon: 37.62 }],
});

const ROUTES = ['/api/documents', `/api/documents/${doc.id}`, '/api/documents/tass-1', '/api/documents/{x}', '/api/events', '/api/events/places', '/api/series', '/api/actors', '/api/actors/top', '/api/actors/pairs', '/api/actors/Q7747', '/api/actors/{x}/mentions', '/api/quotes', '/api/places', '/openapi.json', '/api/{x}'];
const PARAMS = ['q', 'limit', 'offset', 'pair', 'quad', 'event', 'from', 'to', 'country', 'actorCountry', 'recipientCountry', 'actor', 'recipient', 'party', 'mode', 'context', 'place', 'placeCountry', 'negated', 'text', 'doc', 'interval', 'name', 'code', 'speaker', 'junk'];

function value(gen: Gen): string {
  return gen.pick([
    () => String(gen.int(-1_000_000, 1_000_000)),
    () => gen.pick(['RUS', 'RUS,FRA', 'CONSULT,AGREE', '1,4', 'true', 'false', 'month', 'week', '2020-06-26', '2020-02-30', '2020-99-99junk', '99999-01-01', '', '-5', 'abc', '1e309', 'NaN']),
    () => gen.text(gen.int(0, 40)),
    () => gen.pick(['"unclosed', 'a OR', 'NEAR(', '*', '^x', 'col:x', 'AND AND', '(((', ')']),
    () => 'x'.repeat(gen.int(400, 700)),
  ])();
}

function body(gen: Gen): string {
  return gen.pick([
    () => JSON.stringify({ text: gen.text(gen.int(0, 400)), ...(gen.chance(0.5) ? { date: value(gen) } : {}), ...(gen.chance(0.3) ? { id: gen.pick([value(gen), { a: 1 }, 7, null]) } : {}), ...(gen.chance(0.2) ? { [gen.pick(['title', 'colour', 'url'])]: gen.pick([value(gen), 5, []]) } : {}) }),
    () => gen.text(gen.int(0, 300)),
    () => `${'['.repeat(gen.int(100, 5000))}${']'.repeat(gen.int(100, 5000))}`,
    () => JSON.stringify({ text: 'x'.repeat(gen.int(1, 3000)) }),
    () => JSON.stringify(gen.pick([null, 1, 'text', [], {}])),
  ])();
}

describe('fuzz: every API route, with random parameters, methods, headers and bodies', () => {
  const { runs, seed } = fuzzPlan(300);
  it(`answers each request with a coded JSON error or data, never 5xx (seed ${seed}, ${runs} requests)`, async () => {
    const store = openSqliteStore(':memory:');
    await store.put([doc]);
    const app = createApp({ store, token: 'fuzz-token', pipeline: () => createPipeline([]), maxBodyBytes: 2000, allowedHosts: ['localhost'] });
    const heapBefore = process.memoryUsage().heapUsed;
    for (let run = 0; run < runs; run++) {
      const gen = new Gen(seed + run);
      // A URL cannot carry a lone surrogate: the client would fail before the server sees it.
      const route = gen.pick(ROUTES).replace('{x}', encodeURIComponent(value(gen).replace(/[\uD800-\uDFFF]/g, '\uFFFD')));
      const query = new URLSearchParams();
      for (let i = gen.int(0, 4); i > 0; i--) query.append(gen.pick(PARAMS), value(gen));
      const method = gen.pick(['GET', 'GET', 'GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS']);
      const headers: Record<string, string> = {};
      if (gen.chance(0.6)) headers.authorization = gen.pick(['Bearer fuzz-token', 'fuzz-token', 'Bearer wrong', 'Basic x']);
      if (gen.chance(0.7)) headers['content-type'] = gen.pick(['application/json', 'text/plain']);
      const host = gen.chance(0.9) ? 'localhost' : gen.pick(['evil.example', '127.0.0.1']);
      const url = `http://${host}${route}${query.size ? `?${query.toString()}` : ''}`;
      const sent = method === 'POST' || method === 'PUT' ? body(gen) : undefined;
      const what = `${method} ${url}${sent ? ` with ${sent.length} bytes` : ''}`;
      let res: Response;
      try {
        res = await app.request(url, { method, headers, ...(sent !== undefined ? { body: sent } : {}) });
      } catch (error) {
        return expect.fail(replay(gen.seed, `${what}: threw ${String(error)}`));
      }
      expect(res.status, replay(gen.seed, `${what}: status ${res.status}`)).toBeLessThan(500);
      if (res.status >= 400 && method !== 'HEAD') {
        const answer = (await res.json()) as { code?: unknown };
        expect(typeof answer.code, replay(gen.seed, `${what}: error without a code`)).toBe('string');
      } else await res.arrayBuffer();
      expect(process.memoryUsage().heapUsed - heapBefore, replay(gen.seed, `${what}: memory`)).toBeLessThan(400 * 1024 * 1024);
    }
    await store.close();
  }, 600_000);
});
