import type { PloverRecord } from '../stages/events/plover-records.js';
import { eventWhere, HAPPENED_SQL, type Where } from './event-filter.js';
import type { Dialect } from './sql-dialect.js';
import type { ActorSummary, DocumentCountries, EventFilter, EventQueries, Interval, Page, PageOptions, StoredEvent } from './store.js';

interface EventRow {
  record: string;
  event_n?: number;
  story?: string | null;
  merged?: string | null;
  reports?: number | null;
  sources?: number | null;
  document: string;
  published: string | null;
  trigger_start: number;
  trigger_end: number;
}

/**
 * The filter the pair rollups answer, when they can: they hold only events that happened, per
 * directed pair of codes (and day), so the filter must ask for `status: 'happened'` and otherwise
 * only for fields among `fields`. The status is dropped from the result: the rollups have no flag
 * columns to test it on.
 */
function rollupFilter(filter: EventFilter, fields: readonly (keyof EventFilter)[]): EventFilter | undefined {
  if (filter.status !== 'happened') return undefined;
  const { status: _status, ...rest } = filter;
  const fits = Object.entries(rest).every(([k, v]) =>
    (fields as string[]).includes(k) || v === undefined || (k === 'flags' && !Object.keys(v as object).length) || (k === 'dedup' && !v));
  return fits ? { ...rest, flags: undefined } : undefined;
}

/** A directed pair of codes and dates: the daily totals answer it. */
function dyadRollup(filter: EventFilter): EventFilter | undefined {
  const rollup = rollupFilter(filter, ['actorCountry', 'recipientCountry', 'from', 'to']);
  return rollup?.actorCountry && rollup.recipientCountry ? rollup : undefined;
}

/** The period a date falls in: the day, the Monday of its week, or the month; undefined when the date is too coarse. */
function periodOf(date: string, interval: Interval): string | undefined {
  if (interval === 'month') return date.length >= 7 ? date.slice(0, 7) : undefined;
  if (date.length < 10) return undefined;
  const day = date.slice(0, 10);
  if (interval === 'day') return day;
  const t = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(t)) return undefined;
  const sinceMonday = (new Date(t).getUTCDay() + 6) % 7;
  return new Date(t - sinceMonday * 86_400_000).toISOString().slice(0, 10);
}

const EVENT_COLUMNS = 'e.record, e.trigger_start, e.trigger_end, d.id AS document, d.date AS published';
/** With `dedup`, each event also carries its story event (docs/stories.md). */
const STORY_COLUMNS = ', e.n AS event_n, se.story, se.merged, se.reports, se.sources';
const STORY_JOIN = 'LEFT JOIN story_events se ON se.event_rowid = e.rowid';
const storyColumns = (filter: EventFilter) => (filter.dedup ? { columns: STORY_COLUMNS, join: STORY_JOIN } : { columns: '', join: '' });

/** How the shared queries reach a database: SQL with `?` parameters, in the runner's dialect. */
export interface SqlRunner {
  readonly dialect: Dialect;
  readonly all: <T>(sql: string, params: unknown[]) => Promise<T[]>;
  /** Rows read lazily, for results too large to hold. */
  readonly each: <T>(sql: string, params: unknown[]) => AsyncIterable<T>;
}

/** The queries over the derived tables, the same for every store. */
export function createQueries(runner: SqlRunner): EventQueries {
  const { all, dialect: d } = runner;
  const where = (filter: EventFilter) => eventWhere(filter, d);
  const paged = <T>(rows: T[], limit: number, offset: number): Page<T> =>
    rows.length > limit ? { items: rows.slice(0, limit), next: offset + limit } : { items: rows, next: null };
  const window = (page: PageOptions = {}) => ({ limit: page.limit ?? 50, offset: page.offset ?? 0 });

  const summaries = async (condition: string, params: unknown[], limit: number, offset: number): Promise<ActorSummary[]> =>
    (await all<ActorSummaryRow>(
      `SELECT m.actor_id, ${commonest('name')} AS name, ${commonest('code')} AS code, ${commonest('sector')} AS sector, ${commonest('role')} AS role,
              count(*) AS mentions, count(DISTINCT m.doc_rowid) AS documents,
              (SELECT ${happenedCount("'actor'")} FROM event_parties p JOIN events e ON e.rowid = p.event_rowid WHERE p.actor_id = m.actor_id) AS as_actor,
              (SELECT ${happenedCount("'recipient'")} FROM event_parties p JOIN events e ON e.rowid = p.event_rowid WHERE p.actor_id = m.actor_id) AS as_recipient
         FROM actor_mentions m WHERE ${condition} GROUP BY m.actor_id ORDER BY mentions DESC, m.actor_id LIMIT ? OFFSET ?`,
      [...params, limit, offset],
    )).map(toSummary);

  return {
    events: async (filter, page) => {
      const { limit, offset } = window(page);
      // The page's rows are chosen on (rowid, date) alone, from indexes, and only then read whole:
      // sorting the wide records would cost more than the rest of the query.
      const branches = splitEitherSide(filter).map(where);
      const order = `ORDER BY e.date DESC${d.nullsLastDesc}, e.rowid DESC`;
      let pick: Where;
      if (branches.length === 1) {
        pick = { sql: `SELECT e.rowid AS id, e.date AS date FROM events e WHERE ${branches[0].sql} ${order} LIMIT ? OFFSET ?`, params: [...branches[0].params, limit + 1, offset] };
      } else {
        // Each side is read in date order from its own index and the two are merged.
        const k = offset + limit + 1;
        pick = {
          sql: branches.map((b, i) => `SELECT id, date FROM (SELECT e.rowid AS id, e.date AS date FROM events e WHERE ${b.sql} ${order} LIMIT ?) AS side${i}`).join(' UNION ') + ` ORDER BY date DESC${d.nullsLastDesc}, id DESC LIMIT ? OFFSET ?`,
          params: [...branches.flatMap((b) => [...b.params, k]), limit + 1, offset],
        };
      }
      const story = storyColumns(filter);
      const rows = await all<EventRow>(
        // The page stays the outer loop: with the limit a parameter, SQLite's planner would
        // otherwise scan all events and probe the page.
        `SELECT ${EVENT_COLUMNS}${story.columns} FROM (${pick.sql}) AS page ${d.orderedJoin} events e ON e.rowid = page.id ${d.orderedJoin} documents d ON d.rowid = e.doc_rowid ${story.join} ${order}`,
        pick.params,
      );
      return paged(rows.map(toEvent), limit, offset);
    },
    eachEvent: (filter) => eachEvent(runner, where(filter), storyColumns(filter)),
    eachDocumentCountries: (range) => eachDocumentCountries(runner, range),
    series: async (filter, interval) => {
      // Grouped on the stored date, which follows the index order (no sort), per side of an
      // either-side filter; days are then folded into weeks or months here.
      const points = new Map<string, { events: number; score: number; quad: [number, number, number, number] }>();
      // A pair's two directions never share an event; a country's two sides can (RUS→RUS), so it stays one query.
      const sides = filter.pair && !filter.country ? splitEitherSide(filter) : [filter];
      for (const side of sides) {
        const rollup = dyadRollup(side);
        const w = where(rollup ?? side);
        const rows = await all<{ date: string; events: number; score: number; q1: number; q2: number; q3: number; q4: number }>(
          rollup
            ? `SELECT e.date, e.events, e.score, e.q1, e.q2, e.q3, e.q4 FROM pair_days e WHERE ${w.sql}`
            : `SELECT e.date AS date, count(*) AS events, ${d.total('e.score')} AS score, ${[1, 2, 3, 4].map((q) => `${d.countWhere(`e.quad = ${q}`)} AS q${q}`).join(', ')}
                 FROM events e WHERE ${w.sql} AND e.date IS NOT NULL GROUP BY e.date`,
          w.params,
        );
        for (const r of rows) {
          const period = periodOf(r.date, interval);
          if (!period) continue;
          const point = points.get(period) ?? { events: 0, score: 0, quad: [0, 0, 0, 0] };
          point.events += r.events;
          point.score += r.score;
          [r.q1, r.q2, r.q3, r.q4].forEach((n, i) => (point.quad[i] += n));
          points.set(period, point);
        }
      }
      return [...points].sort(([a], [b]) => (a < b ? -1 : 1)).map(([period, p]) => ({ period, events: p.events, score: round(p.score), quad: p.quad }));
    },
    topActors: async (filter, limit = 20) => {
      const w = where(filter);
      return (await all<{ actor_id: string; name: string; code: string | null; as_actor: number; as_recipient: number }>(
        `SELECT p.actor_id, max(p.name) AS name, max(p.code) AS code, ${d.countWhere("p.role = 'actor'")} AS as_actor, ${d.countWhere("p.role = 'recipient'")} AS as_recipient
           FROM event_parties p JOIN events e ON e.rowid = p.event_rowid
          WHERE ${w.sql} GROUP BY p.actor_id ORDER BY count(*) DESC, p.actor_id LIMIT ?`,
        [...w.params, limit],
      )).map((r) => ({ actorId: r.actor_id, name: r.name, code: r.code, asActor: r.as_actor, asRecipient: r.as_recipient }));
    },
    topPairs: async (filter, limit = 20) => {
      // Filters on codes alone (of events that happened) are answered by the all-time totals (a few rows per country).
      const rollup = rollupFilter(filter, ['country', 'actorCountry', 'recipientCountry', 'pair']);
      if (rollup) {
        const w = where(rollup);
        return (await all<{ actor: string; recipient: string; events: number; score: number }>(
          `SELECT e.actor_code AS actor, e.recipient_code AS recipient, e.events, e.score FROM pair_totals e WHERE ${w.sql} ORDER BY 3 DESC, 1, 2 LIMIT ?`,
          [...w.params, limit],
        )).map((r) => ({ ...r, score: round(r.score) }));
      }
      const w = where(filter);
      return (await all<{ actor: string; recipient: string; events: number; score: number }>(
        `SELECT e.actor_code AS actor, e.recipient_code AS recipient, count(*) AS events, ${d.total('e.score')} AS score
           FROM events e WHERE ${w.sql} AND e.actor_code IS NOT NULL AND e.recipient_code IS NOT NULL
          GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?`,
        [...w.params, limit],
      )).map((r) => ({ ...r, score: round(r.score) }));
    },
    eventPlaces: async (filter, limit = 500) => {
      const w = where(filter);
      return (await all<{ name: string; country: string | null; lat: number | null; lon: number | null; count: number; score: number }>(
        `SELECT max(e.place_name) AS name, max(e.place_country) AS country, max(e.lat) AS lat, max(e.lon) AS lon, count(*) AS count, ${d.total('e.score')} AS score
           FROM events e WHERE ${w.sql} AND e.place_name IS NOT NULL GROUP BY ${d.caseless('e.place_name')} ORDER BY 5 DESC, 1 LIMIT ?`,
        [...w.params, limit],
      )).map((r) => ({ ...r, score: round(r.score) }));
    },
    actor: async (actorId) => {
      const named = (await summaries('m.actor_id = ?', [actorId], 1, 0))[0];
      if (named) return named;
      // An actor may be coded in events without a mention layer (events from another coder).
      const coded = (await all<ActorSummaryRow>(
        `SELECT p.actor_id, max(p.name) AS name, max(p.code) AS code, NULL AS sector, NULL AS role, 0 AS mentions, 0 AS documents,
                ${happenedCount("'actor'")} AS as_actor, ${happenedCount("'recipient'")} AS as_recipient
           FROM event_parties p JOIN events e ON e.rowid = p.event_rowid WHERE p.actor_id = ? GROUP BY p.actor_id`,
        [actorId],
      ))[0];
      return coded ? toSummary(coded) : undefined;
    },
    actors: async (query, page) => {
      const { limit, offset } = window(page);
      const parts: string[] = [];
      const params: unknown[] = [];
      if (query.name) {
        parts.push(`m.name ${d.like} ? ESCAPE '\\'`);
        params.push(`${query.name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      }
      if (query.code) {
        parts.push('m.code = ?');
        params.push(query.code);
      }
      return paged(await summaries(parts.join(' AND ') || d.always, params, limit + 1, offset), limit, offset);
    },
    mentions: async (actorId, page) => {
      const { limit, offset } = window(page);
      const from = d.greatest('m.start - 80', '0');
      const rows = await all<{ document: string; title: string | null; date: string | null; name: string; start: number; end: number; context: string }>(
        `SELECT d.id AS document, d.title, d.date, m.name, m.start, m."end", substr(d.text, ${from} + 1, m."end" - ${from} + 80) AS context
           FROM actor_mentions m JOIN documents d ON d.rowid = m.doc_rowid
          WHERE m.actor_id = ? ORDER BY d.date DESC${d.nullsLastDesc}, m.rowid LIMIT ? OFFSET ?`,
        [actorId, limit + 1, offset],
      );
      return paged(rows, limit, offset);
    },
    quotes: async (query, page) => {
      const { limit, offset } = window(page);
      const bySpeaker = query.speaker ? `WHERE q.speaker_id = ? OR ${d.equalsIgnoringCase('q.speaker_name')}` : '';
      const rows = await all<{ document: string; title: string | null; date: string | null; kind: string; speaker_id: string | null; speaker_name: string | null; speaker_code: string | null; text: string; start: number; end: number }>(
        `SELECT d.id AS document, d.title, d.date, q.kind, q.speaker_id, q.speaker_name, q.speaker_code, q.text, q.start, q."end"
           FROM quotes q JOIN documents d ON d.rowid = q.doc_rowid ${bySpeaker}
          ORDER BY d.date DESC${d.nullsLastDesc}, q.rowid LIMIT ? OFFSET ?`,
        [...(query.speaker ? [query.speaker, query.speaker] : []), limit + 1, offset],
      );
      return paged(
        rows.map((r) => ({
          document: r.document, title: r.title, date: r.date, kind: r.kind, text: r.text, start: r.start, end: r.end,
          speaker: r.speaker_id || r.speaker_name ? { actorId: r.speaker_id, name: r.speaker_name, code: r.speaker_code } : null,
        })),
        limit, offset,
      );
    },
    places: async (query, page) => {
      const { limit, offset } = window(page);
      const parts: string[] = [];
      const params: unknown[] = [];
      if (query.name) {
        parts.push(d.equalsIgnoringCase('p.name'));
        params.push(query.name);
      }
      if (query.country) {
        parts.push('p.country = ?');
        params.push(query.country);
      }
      const rows = await all<{ name: string; country: string | null; lat: number | null; lon: number | null; count: number }>(
        `SELECT max(p.name) AS name, max(p.country) AS country, max(p.lat) AS lat, max(p.lon) AS lon, count(*) AS count
           FROM places p WHERE ${parts.join(' AND ') || d.always} GROUP BY ${d.caseless('p.name')} ORDER BY 5 DESC, 1 LIMIT ? OFFSET ?`,
        [...params, limit + 1, offset],
      );
      return paged(rows, limit, offset);
    },
  };
}

/**
 * How many events that happened (neither negated nor hypothetical, as `happened()` and the dashboard's event list
 * read it) have the party in `role`, counted once per event however often it is listed: the actor page's "actor of
 * N events" is the number of rows its "Events as actor" link shows (session 49, ev-demo2: it counted every reading).
 */
function happenedCount(role: string): string {
  return `count(DISTINCT CASE WHEN p.role = ${role} AND ${HAPPENED_SQL} THEN p.event_rowid END)`;
}

/** The value of a mention field most often seen for the actor (a name or role can vary across articles). */
function commonest(field: 'name' | 'code' | 'sector' | 'role'): string {
  return `(SELECT x.${field} FROM actor_mentions x WHERE x.actor_id = m.actor_id AND x.${field} IS NOT NULL GROUP BY x.${field} ORDER BY count(*) DESC LIMIT 1)`;
}

interface ActorSummaryRow {
  actor_id: string;
  name: string;
  code: string | null;
  sector: string | null;
  role: string | null;
  mentions: number;
  documents: number;
  as_actor: number;
  as_recipient: number;
}

function toSummary(r: ActorSummaryRow): ActorSummary {
  return {
    actorId: r.actor_id, name: r.name, code: r.code, sector: r.sector, role: r.role,
    mentions: r.mentions, documents: r.documents, asActor: r.as_actor, asRecipient: r.as_recipient,
  };
}

/**
 * An either-side filter (country, pair) as two one-sided filters whose results together are the
 * same events, so each can follow an index in date order. Other filters are returned as they are.
 */
function splitEitherSide(filter: EventFilter): EventFilter[] {
  const { country, pair, ...rest } = filter;
  if (rest.actorCountry || rest.recipientCountry || (country && pair)) return [filter];
  if (country) return [{ ...rest, actorCountry: country }, { ...rest, recipientCountry: country }];
  if (pair) {
    const [a, b] = pair;
    return a === b ? [{ ...rest, actorCountry: a, recipientCountry: a }] : [{ ...rest, actorCountry: a, recipientCountry: b }, { ...rest, actorCountry: b, recipientCountry: a }];
  }
  return [filter];
}

function toEvent(row: EventRow): StoredEvent {
  const event = { ...(JSON.parse(row.record) as PloverRecord), document: row.document, published: row.published, trigger: { start: row.trigger_start, end: row.trigger_end } };
  if (row.story === undefined) return event;
  // An event of no story of two or more articles is its own story event: one report, one source.
  const story = row.story
    ? { story: row.story, event: row.merged!, numReports: Number(row.reports), numSources: Number(row.sources) }
    : { story: `s-${row.document}`, event: `s-${row.document}/${Number(row.event_n)}`, numReports: 1, numSources: 1 };
  return { ...event, story };
}

async function* eachEvent(runner: SqlRunner, w: Where, story: { columns: string; join: string }): AsyncIterable<StoredEvent> {
  const rows = runner.each<EventRow>(
    `SELECT ${EVENT_COLUMNS}${story.columns} FROM events e JOIN documents d ON d.rowid = e.doc_rowid ${story.join} WHERE ${w.sql} ORDER BY e.date${runner.dialect.nullsFirstAsc}, e.rowid`,
    w.params,
  );
  for await (const row of rows) yield toEvent(row);
}

async function* eachDocumentCountries(runner: SqlRunner, range: { from?: string; to?: string }): AsyncIterable<DocumentCountries> {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (range.from) {
    parts.push('d.date >= ?');
    params.push(range.from);
  }
  if (range.to) {
    // Compared on the bound's own length, so that `to: 1987-10` keeps every day of October.
    parts.push('substr(d.date, 1, ?) <= ?');
    params.push(range.to.length, range.to);
  }
  const rows = runner.each<{ rowid: number; id: string; date: string | null; code: string | null }>(
    `SELECT d.rowid, d.id, d.date, m.code FROM documents d
       LEFT JOIN (SELECT doc_rowid, code FROM actor_mentions WHERE code IS NOT NULL
                  UNION SELECT doc_rowid, country AS code FROM places WHERE country IS NOT NULL) m ON m.doc_rowid = d.rowid
      WHERE ${parts.join(' AND ') || '1 = 1'} ORDER BY d.rowid, m.code`,
    params,
  );
  let current: { rowid: number; document: string; date: string | null; codes: string[] } | undefined;
  for await (const row of rows) {
    if (current?.rowid !== row.rowid) {
      if (current) yield { document: current.document, date: current.date, codes: current.codes };
      current = { rowid: row.rowid, document: row.id, date: row.date, codes: [] };
    }
    if (row.code) current.codes.push(row.code);
  }
  if (current) yield { document: current.document, date: current.date, codes: current.codes };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
