import type { Dialect } from './sql-dialect.js';
import { EVENT_FLAGS, type EventFilter } from './store.js';

/** An event row `e` that happened: the same condition as `happened()`, which decides what the pair rollups hold. */
export const HAPPENED_SQL = 'e.negated = 0 AND e.hypothetical = 0';

/** A WHERE clause over `events e` and its parameters, in order. Values never enter the SQL text. */
export interface Where {
  readonly sql: string;
  readonly params: unknown[];
}

/** The SQL condition selecting the events a filter asks for (always true when it asks for nothing). */
export function eventWhere(filter: EventFilter, dialect: Dialect): Where {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    parts.push(sql);
    params.push(...values);
  };
  const party = "e.rowid IN (SELECT event_rowid FROM event_parties WHERE actor_id = ? AND role = ?)";
  if (filter.actor) add(party, filter.actor, 'actor');
  if (filter.recipient) add(party, filter.recipient, 'recipient');
  if (filter.party) add('e.rowid IN (SELECT event_rowid FROM event_parties WHERE actor_id = ?)', filter.party);
  if (filter.country) add('(e.actor_code = ? OR e.recipient_code = ?)', filter.country, filter.country);
  if (filter.actorCountry) add('e.actor_code = ?', filter.actorCountry);
  if (filter.recipientCountry) add('e.recipient_code = ?', filter.recipientCountry);
  if (filter.pair) {
    const [a, b] = filter.pair;
    add('((e.actor_code = ? AND e.recipient_code = ?) OR (e.actor_code = ? AND e.recipient_code = ?))', a, b, b, a);
  }
  if (filter.event?.length) add(`e.event IN (${filter.event.map(() => '?').join(', ')})`, ...filter.event);
  if (filter.mode) add('e.mode = ?', filter.mode);
  if (filter.quad?.length) add(`e.quad IN (${filter.quad.map(() => '?').join(', ')})`, ...filter.quad);
  if (filter.context) add(dialect.hasContext, filter.context);
  if (filter.from) add('e.date >= ?', filter.from);
  // `~` sorts after digits and `-`, so `to: 2020-06` keeps every day of June.
  if (filter.to) add('e.date <= ?', `${filter.to}~`);
  if (filter.place) add(dialect.equalsIgnoringCase('e.place_name'), filter.place);
  if (filter.placeCountry) add('e.place_country = ?', filter.placeCountry);
  for (const flag of EVENT_FLAGS) {
    const value = filter.flags?.[flag];
    if (value !== undefined) add(`e.${flag} = ?`, value ? 1 : 0);
  }
  if (filter.status === 'happened') add(HAPPENED_SQL);
  if (filter.text) {
    const match = dialect.evidenceMatches(filter.text);
    add(match.sql, ...match.params);
  }
  // One row per story event: the events that are not the lead report of their act drop out.
  if (filter.dedup) add('e.rowid NOT IN (SELECT event_rowid FROM story_events WHERE lead = 0)');
  if (filter.doc) add('e.doc_rowid = (SELECT rowid FROM documents WHERE id = ?)', filter.doc);
  return { sql: parts.length ? parts.join(' AND ') : dialect.always, params };
}
