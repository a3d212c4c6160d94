import { Hono } from 'hono';
import { createDocument, type DocMeta } from '../core/document.js';
import type { Pipeline } from '../core/pipeline.js';
import type { Store } from '../store/store.js';
import { ApiError, badParameter, notFound } from './errors.js';
import { Params } from './params.js';

const MAX_TEXT = 500_000;

/** `/documents`: list, full-text search, one document with its layers, and ingest (POST, with the token). */
export function documentRoutes(store: Store, pipeline: () => Pipeline): Hono {
  return new Hono()
    .get('/', async (c) => {
      const p = new Params(c.req.query());
      const q = p.string('q');
      const page = p.page();
      p.done();
      const limit = page.limit!;
      const offset = page.offset!;
      // One extra row tells whether another page follows.
      const rows = q ? await store.search(q, { limit: limit + 1, offset }) : await store.list({ limit: limit + 1, offset });
      return c.json({ items: rows.slice(0, limit), next: rows.length > limit ? offset + limit : null, total: q ? undefined : await store.count() });
    })
    .get('/:id', async (c) => {
      new Params(c.req.query()).done();
      const doc = await store.get(c.req.param('id'));
      if (!doc) throw notFound(`document ${c.req.param('id')}`);
      return c.json(doc);
    })
    .post('/', async (c) => {
      const body = articleFields(await c.req.json<unknown>().catch(() => undefined));
      const doc = createDocument(articleText(body), articleMeta(body));
      if (await store.has(doc.id)) return c.json({ id: doc.id, status: 'duplicate' }, 200);
      const [status] = await store.put([pipeline().run(doc)]);
      return c.json({ id: doc.id, status }, status === 'stored' ? 201 : 200);
    });
}

function articleFields(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new ApiError(400, 'invalid_body', 'the body must be a JSON object');
  return body as Record<string, unknown>;
}

function articleText(fields: Record<string, unknown>): string {
  const text = fields.text;
  if (typeof text !== 'string' || !text.trim()) throw badParameter('text', 'must be the article text, a non-empty string');
  if (text.length > MAX_TEXT) throw badParameter('text', `must be at most ${MAX_TEXT} characters`);
  return text;
}

const META_FIELDS = ['title', 'date', 'url', 'source', 'byline', 'language'] as const;

function articleMeta(fields: Record<string, unknown>): DocMeta {
  const unknown = Object.keys(fields).find((k) => k !== 'text' && k !== 'id' && !(META_FIELDS as readonly string[]).includes(k));
  if (unknown) throw badParameter(unknown, `unknown field (known: text, id, ${META_FIELDS.join(', ')})`);
  const meta: Record<string, string> = {};
  for (const key of [...META_FIELDS, 'id'] as const) {
    const value = fields[key];
    if (value === undefined) continue;
    if (typeof value !== 'string' || value.length > 2000) throw badParameter(key, 'must be a string of at most 2000 characters');
    meta[key === 'id' ? 'sourceId' : key] = value;
  }
  if (meta.date && !/^\d{4}-\d{2}-\d{2}/.test(meta.date)) throw badParameter('date', 'must be an ISO date, YYYY-MM-DD');
  return { ...meta, origin: { location: 'api', format: 'json' } };
}
