import { Hono } from 'hono';
import type { Store } from '../store/store.js';
import { Params } from './params.js';

/** `/quotes`: quotations and reported statements, by speaker (actor id or name). */
export function quoteRoutes(store: Store): Hono {
  return new Hono().get('/', async (c) => {
    const p = new Params(c.req.query());
    const query = { speaker: p.string('speaker') };
    const page = p.page();
    p.done();
    return c.json(await store.quotes(query, page));
  });
}
