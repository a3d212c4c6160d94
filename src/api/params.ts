import { PLOVER_EVENTS } from '../stages/events/plover.js';
import { EVENT_FLAGS, EVENT_STATUSES, INTERVALS, type EventFilter, type EventStatus, type Interval, type PageOptions } from '../store/store.js';
import { isCalendarDate } from '../readers/iso-date.js';
import { badParameter } from './errors.js';

export const MAX_PAGE = 500;
const DEFAULT_PAGE = 50;

/** Query parameters of one request, read with checks; names not read by the route are refused. */
export class Params {
  private readonly used = new Set<string>();

  constructor(private readonly query: Record<string, string>) {}

  string(name: string, pattern?: RegExp, hint?: string): string | undefined {
    this.used.add(name);
    const value = this.query[name];
    if (value === undefined) return undefined;
    if (value === '' || value.length > 500) throw badParameter(name, 'must be 1 to 500 characters');
    if (pattern && !pattern.test(value)) throw badParameter(name, hint ?? `must match ${pattern}`);
    return value;
  }

  list(name: string, allowed: readonly string[]): string[] | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    const items = value.split(',').map((s) => s.trim());
    const bad = items.find((s) => !allowed.includes(s));
    if (bad !== undefined) throw badParameter(name, `"${bad}" is not one of ${allowed.join(', ')}`);
    return items;
  }

  int(name: string, min: number, max: number): number | undefined {
    const value = this.string(name, /^\d+$/, 'must be a whole number');
    if (value === undefined) return undefined;
    const n = Number(value);
    if (n < min || n > max) throw badParameter(name, `must be between ${min} and ${max}`);
    return n;
  }

  bool(name: string): boolean | undefined {
    const value = this.string(name, /^(true|false)$/, 'must be true or false');
    return value === undefined ? undefined : value === 'true';
  }

  page(): PageOptions {
    return { limit: this.int('limit', 1, MAX_PAGE) ?? DEFAULT_PAGE, offset: this.int('offset', 0, 10_000_000) ?? 0 };
  }

  /** Refuse parameters the route does not know: a misspelt filter would otherwise silently match everything. */
  done(): void {
    const unknown = Object.keys(this.query).filter((k) => !this.used.has(k));
    if (unknown.length) throw badParameter(unknown[0], `unknown parameter (known: ${[...this.used].join(', ')})`);
  }
}

const CODE = /^[A-Z]{3}$/;
const CODE_HINT = 'must be a three-letter code such as RUS, FRA or IGO';
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const DATE_HINT = 'must be a date YYYY, YYYY-MM or YYYY-MM-DD';

/** A date filter: YYYY, YYYY-MM or YYYY-MM-DD, and a day of the calendar (`2020-02-30` is not, see #16). */
export function dateParam(p: Params, name: string): string | undefined {
  const value = p.string(name, DATE, DATE_HINT);
  if (value === undefined) return undefined;
  const [year, month = 1, day = 1] = value.split('-').map(Number);
  if (!isCalendarDate(year, month, day)) throw badParameter(name, `${value} is not a date of the calendar`);
  return value;
}

/**
 * The event filter of a request (the same parameters on every route that selects events).
 * `status` defaults to `defaultStatus`: trend routes (series, pairs, top actors, event places)
 * count events that happened; lists and exports give every reading with its flags.
 */
export function eventFilter(p: Params, defaultStatus?: EventStatus): EventFilter {
  const pair = p.string('pair', /^[A-Z]{3},[A-Z]{3}$/, 'must be two codes separated by a comma, such as RUS,FRA');
  const quad = p.list('quad', ['1', '2', '3', '4']);
  const flags = Object.fromEntries(EVENT_FLAGS.flatMap((f) => {
    const value = p.bool(f);
    return value === undefined ? [] : [[f, value] as const];
  }));
  const filter: EventFilter = {
    actor: p.string('actor'),
    recipient: p.string('recipient'),
    party: p.string('party'),
    country: p.string('country', CODE, CODE_HINT),
    actorCountry: p.string('actorCountry', CODE, CODE_HINT),
    recipientCountry: p.string('recipientCountry', CODE, CODE_HINT),
    pair: pair ? (pair.split(',') as [string, string]) : undefined,
    event: p.list('event', PLOVER_EVENTS),
    mode: p.string('mode', /^[a-z-]+$/, 'must be a PLOVER mode such as visit or phone'),
    quad: quad?.map(Number),
    context: p.string('context', /^[a-z-]+$/, 'must be a PLOVER context such as diplomatic'),
    from: dateParam(p, 'from'),
    to: dateParam(p, 'to'),
    place: p.string('place'),
    placeCountry: p.string('placeCountry', CODE, CODE_HINT),
    flags,
    status: (p.list('status', EVENT_STATUSES)?.[0] as EventStatus | undefined) ?? defaultStatus,
    text: p.string('text'),
    doc: p.string('doc', /^[0-9a-f]{16}$/, 'must be a 16-digit document id'),
    // Only `true` asks for anything: `dedup=false` is the default and is left out of the filter.
    dedup: p.bool('dedup') || undefined,
  };
  // Drop absent fields so the filter shows only what was asked.
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined));
}

export function interval(p: Params): Interval {
  return (p.list('interval', INTERVALS)?.[0] as Interval | undefined) ?? 'month';
}

/** Names of the event filter parameters, for the OpenAPI description. */
export const EVENT_FILTER_PARAMS: readonly { name: string; description: string }[] = [
  { name: 'actor', description: 'Actor id of an actor (who did it)' },
  { name: 'recipient', description: 'Actor id of a recipient (to whom)' },
  { name: 'party', description: 'Actor id on either side' },
  { name: 'country', description: 'Country or organisation code on either side of the primary dyad' },
  { name: 'actorCountry', description: 'Code of the primary actor' },
  { name: 'recipientCountry', description: 'Code of the primary recipient' },
  { name: 'pair', description: 'Two codes, either direction: RUS,FRA' },
  { name: 'event', description: `PLOVER types, comma-separated: ${PLOVER_EVENTS.join(', ')}` },
  { name: 'mode', description: 'PLOVER mode' },
  { name: 'quad', description: 'Quad codes 1-4, comma-separated (1 verbal cooperation … 4 material conflict)' },
  { name: 'context', description: 'PLOVER context, e.g. diplomatic' },
  { name: 'from', description: 'First date, inclusive: YYYY, YYYY-MM or YYYY-MM-DD' },
  { name: 'to', description: 'Last date, inclusive: YYYY, YYYY-MM or YYYY-MM-DD' },
  { name: 'place', description: 'Event location name (case-insensitive)' },
  { name: 'placeCountry', description: 'Country code of the event location' },
  ...EVENT_FLAGS.map((f) => ({ name: f, description: `true or false: keep only events with ${f} set so` })),
  { name: 'status', description: 'happened: only events neither negated nor hypothetical (the default of /series, /actors/top, /actors/pairs and /events/places); all: every reading, flagged (the default of /events and exports)' },
  { name: 'text', description: 'Full-text query (SQLite FTS5 syntax) over the evidence clause' },
  { name: 'doc', description: 'Content id of a document' },
  { name: 'dedup', description: 'true: one row per story event (an act several articles report is listed once, with its story, numReports and numSources)' },
];

/** Filter parameters that are switches: the CLI gives them as bare flags (`--dedup`), the API as `true`/`false`. */
export const EVENT_FILTER_SWITCHES: readonly string[] = ['dedup'];
