import { Hono } from 'hono';
import type { Store } from '../store/store.js';
import { badParameter } from './errors.js';
import { eventFilter, interval, Params } from './params.js';

/** `/series`: events and summed PLOVER scores per day, week or month (the cooperation–conflict chart). */
export function seriesRoutes(store: Store): Hono {
  return new Hono().get('/', async (c) => {
    const p = new Params(c.req.query());
    const filter = eventFilter(p, 'happened');
    const by = interval(p);
    p.done();
    // A series over every event in the store is rarely meant and is the one slow query.
    const { flags, status: _status, ...rest } = filter;
    if (!Object.keys(rest).length && !Object.keys(flags ?? {}).length) {
      throw badParameter('pair', 'a series needs a filter, e.g. pair=RUS,FRA or actor=<id>');
    }
    return c.json({ filter, interval: by, items: await store.series(filter, by) });
  });
}
