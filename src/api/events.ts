import { Hono } from 'hono';
import type { Store } from '../store/store.js';
import { eventFilter, Params } from './params.js';

/** `/events`: coded events with filters, and their locations for the map. */
export function eventRoutes(store: Store): Hono {
  return new Hono()
    .get('/', async (c) => {
      const p = new Params(c.req.query());
      const filter = eventFilter(p);
      const page = p.page();
      p.done();
      return c.json({ filter, ...(await store.events(filter, page)) });
    })
    .get('/places', async (c) => {
      const p = new Params(c.req.query());
      const filter = eventFilter(p, 'happened');
      const limit = p.int('limit', 1, 5000) ?? 1000;
      p.done();
      return c.json({ items: await store.eventPlaces(filter, limit) });
    });
}
