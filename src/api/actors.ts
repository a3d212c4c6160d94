import { Hono } from 'hono';
import type { Store } from '../store/store.js';
import { notFound } from './errors.js';
import { eventFilter, Params } from './params.js';

/** `/actors`: who is named and who acts; `/actors/top` and `/actors/pairs` rank them over filtered events. */
export function actorRoutes(store: Store): Hono {
  return new Hono()
    .get('/', async (c) => {
      const p = new Params(c.req.query());
      const query = { name: p.string('name'), code: p.string('code', /^[A-Z]{3}$/, 'must be a three-letter code') };
      const page = p.page();
      p.done();
      return c.json(await store.actors(query, page));
    })
    .get('/top', async (c) => {
      const p = new Params(c.req.query());
      const filter = eventFilter(p, 'happened');
      const limit = p.int('limit', 1, 500) ?? 20;
      p.done();
      return c.json({ filter, items: await store.topActors(filter, limit) });
    })
    .get('/pairs', async (c) => {
      const p = new Params(c.req.query());
      const filter = eventFilter(p, 'happened');
      const limit = p.int('limit', 1, 500) ?? 50;
      p.done();
      return c.json({ filter, items: await store.topPairs(filter, limit) });
    })
    .get('/:id', async (c) => {
      new Params(c.req.query()).done();
      const actor = await store.actor(c.req.param('id'));
      if (!actor) throw notFound(`actor ${c.req.param('id')}`);
      return c.json(actor);
    })
    .get('/:id/mentions', async (c) => {
      const p = new Params(c.req.query());
      const page = p.page();
      p.done();
      return c.json(await store.mentions(c.req.param('id'), page));
    });
}
