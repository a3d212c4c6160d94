import { Hono } from 'hono';
import type { Store } from '../store/store.js';
import { Params } from './params.js';

/** `/places`: places named in the articles, most mentioned first. */
export function placeRoutes(store: Store): Hono {
  return new Hono().get('/', async (c) => {
    const p = new Params(c.req.query());
    const query = { name: p.string('name'), country: p.string('country', /^[A-Z]{3}$/, 'must be a three-letter code') };
    const page = p.page();
    p.done();
    return c.json(await store.places(query, page));
  });
}
