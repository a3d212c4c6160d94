import { DyadError } from '../core/errors.js';
import type { StoryDoc } from '../stories/features.js';
import { compareMembers } from '../stories/link.js';
import { mergeEvents } from '../stories/merge-events.js';
import type { Story, StoryLink } from '../stories/types.js';
import { memberEvent, memberOf, type EventRow } from './story-writer.js';
import type { StoryQueries } from './store.js';

type All = <T>(sql: string, params: unknown[]) => Promise<T[]>;

const list = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** Reading stories back, the same SQL for both stores. */
export function createStoryQueries(all: All): StoryQueries {
  const storyOf = async (id: string): Promise<Story | undefined> => {
    const docs = await all<{ doc_rowid: number; link: StoryLink | null; features: string }>('SELECT doc_rowid, link, features FROM story_docs WHERE story = ?', [id]);
    if (docs.length === 0) return undefined;
    const members = docs.map((d) => ({ rowid: Number(d.doc_rowid), link: d.link, doc: JSON.parse(d.features) as StoryDoc })).sort((a, b) => compareMembers(a.doc, b.doc));
    const byRowid = new Map(members.map((m) => [m.rowid, m.doc]));
    const events = await all<EventRow>(
      `SELECT rowid, doc_rowid, n, event, actor_code, recipient_code, date, negated, hypothetical, future, historical FROM events WHERE doc_rowid IN (${list(members.length)})`,
      members.map((m) => m.rowid),
    );
    const storyMembers = members.map((m) => memberOf(m.doc, m.link));
    const dates = members.map((m) => m.doc.date).filter((d): d is string => d !== null).sort();
    return {
      id,
      members: storyMembers,
      firstSeen: dates[0] ?? null,
      lastSeen: dates.at(-1) ?? null,
      sources: [...new Set(members.map((m) => m.doc.source).filter((s): s is string => s !== null))].sort(),
      events: members.length > 1 ? mergeEvents(id, storyMembers, events.map((e) => memberEvent(e, byRowid.get(Number(e.doc_rowid))!))) : [],
    };
  };

  return {
    story: async (id) => {
      if (id.startsWith('s-')) return storyOf(id);
      // A document's story: by content id, else by the input's own id when it names one document.
      const rows = await all<{ story: string }>(
        'SELECT s.story FROM story_docs s JOIN documents d ON d.rowid = s.doc_rowid WHERE d.id = ? UNION SELECT s.story FROM story_docs s JOIN documents d ON d.rowid = s.doc_rowid WHERE d.source_id = ?',
        [id, id],
      );
      return rows.length === 1 ? storyOf(rows[0].story) : undefined;
    },
    stories: async (query = {}, page = {}) => {
      const limit = page.limit ?? 20;
      const offset = page.offset ?? 0;
      const minMembers = query.minMembers ?? 2;
      if (!Number.isInteger(minMembers) || minMembers < 1) throw new DyadError('E081', { field: 'minMembers', value: String(query.minMembers), problem: 'a whole number from 1' });
      if (!Number.isInteger(limit) || limit < 0 || !Number.isInteger(offset) || offset < 0) throw new DyadError('E081', { field: 'limit/offset', value: `${limit}/${offset}`, problem: 'whole numbers from 0' });
      const where = ['members >= ?'];
      const params: unknown[] = [Math.max(2, minMembers)];
      if (query.from) {
        where.push('first_seen >= ?');
        params.push(query.from);
      }
      // `~` sorts after digits and `-`, so `to: 2020-06` keeps every day of June.
      if (query.to) {
        where.push('first_seen <= ?');
        params.push(`${query.to}~`);
      }
      // Stories of one article have no row: they are listed from story_docs when asked for.
      const sql = minMembers <= 1
        ? `SELECT story AS id FROM story_docs s JOIN documents d ON d.rowid = s.doc_rowid WHERE s.story NOT IN (SELECT id FROM stories) ${query.from ? 'AND d.date >= ?' : ''} ${query.to ? 'AND d.date <= ?' : ''}
           UNION ALL SELECT id FROM stories WHERE ${where.join(' AND ')} ORDER BY id LIMIT ? OFFSET ?`
        : `SELECT id FROM stories WHERE ${where.join(' AND ')} ORDER BY first_seen, id LIMIT ? OFFSET ?`;
      const extra = minMembers <= 1 ? [...(query.from ? [query.from] : []), ...(query.to ? [`${query.to}~`] : [])] : [];
      const ids = await all<{ id: string }>(sql, [...extra, ...params, limit + 1, offset]);
      const items = (await Promise.all(ids.slice(0, limit).map((r) => storyOf(r.id)))).filter((s): s is Story => s !== undefined);
      return { items, next: ids.length > limit ? offset + limit : null };
    },
  };
}
