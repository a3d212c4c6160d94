import { Hono } from 'hono';
import { storySideBySide } from '../stories/side-by-side.js';
import type { Store } from '../store/store.js';
import { notFound } from './errors.js';
import { dateParam, Params } from './params.js';

/** `/stories`: groups of articles that report one event, and one story with its sources side by side. */
export function storyRoutes(store: Store): Hono {
  return new Hono()
    .get('/', async (c) => {
      const p = new Params(c.req.query());
      const query = {
        minMembers: p.int('minMembers', 1, 100_000) ?? 2,
        ...optional('from', dateParam(p, 'from')),
        ...optional('to', dateParam(p, 'to')),
      };
      const page = p.page();
      p.done();
      return c.json({ query, ...(await store.stories(query, page)) });
    })
    .get('/:id', async (c) => {
      const id = c.req.param('id');
      const story = await store.story(id);
      if (!story) throw notFound(`story "${id}"`);
      return c.json({ ...story, sideBySide: await storySideBySide(store, story) });
    });
}

const optional = <K extends string>(key: K, value: string | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, string>));
