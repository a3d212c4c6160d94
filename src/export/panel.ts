/**
 * Panels for analysis (`dyad panel`, see #17): one row per period and state (or directed pair of
 * states), zero-filled over exactly the states that were members of the chosen state system in the
 * period, with event counts per PLOVER type and quad class, Goldstein and PLOVER intensity sums and
 * means, and the number of stored articles that mention the state (the denominator, so that more
 * news is not read as more conflict). Reads the store only through its interface.
 */
import { DyadError } from '../core/errors.js';
import { PLOVER_EVENTS, QUAD_CLASSES, isPloverEvent } from '../stages/events/plover.js';
import type { Store, StoredEvent } from '../store/store.js';
import { cameoQuad, goldsteinOf } from './cameo.js';
import { firstDay, lastDay, periodOf, periodsBetween, type Grain } from './periods.js';
import { stateCodeOn, statesDuring, type StateSystem } from './states.js';

export const UNITS = ['country-year', 'country-month', 'country-day', 'dyad-year', 'dyad-month'] as const;
export type PanelUnit = (typeof UNITS)[number];

export interface PanelOptions {
  readonly unit: PanelUnit;
  readonly system: StateSystem;
  /** Inclusive ISO dates or prefixes; by default the whole periods holding the first and last stored article. */
  readonly from?: string;
  readonly to?: string;
  /** Count each story once instead of each report; see `PanelNotes.dedup`. */
  readonly dedup?: boolean;
}

/** What the panel left out or could not do, for the sidecar and the user. */
export interface PanelNotes {
  from: string;
  to: string;
  events: number;
  /** Events without a date, or with one coarser than the unit (a year for a month panel). */
  undatedEvents: number;
  /** Events with no side a member of the system on their date (organisations, non-members). */
  eventsWithoutState: number;
  /** Country codes in events that name no member on the event's date, with how often. */
  unmatchedCodes: Record<string, number>;
  /** `reports` (every event of every article), or `stories…` with --dedup (each act once). */
  dedup: string;
}

export type PanelValue = string | number | null;

/** Counts of one cell (period × state or pair). */
interface Cell {
  events: number;
  types: number[];
  quads: number[];
  cameoQuads: number[];
  goldsteinN: number;
  goldsteinSum: number;
  intensitySum: number;
}

const COUNT_COLUMNS = [
  'articles', 'events',
  ...PLOVER_EVENTS.map((t) => t.toLowerCase()),
  ...QUAD_CLASSES.map((q) => q.replace('-', '_')),
  'cameo_quad1', 'cameo_quad2', 'cameo_quad3', 'cameo_quad4',
  'goldstein_n', 'goldstein_sum', 'goldstein_mean', 'intensity_sum', 'intensity_mean',
];

/** The panel's columns for a unit (docs/analysis.md describes each). */
export function panelColumns(unit: PanelUnit): string[] {
  return unit.startsWith('dyad')
    ? ['period', 'source', 'target', 'source_name', 'target_name', ...COUNT_COLUMNS]
    : ['period', 'state', 'state_name', 'iso3', 'gwcode', 'cowcode', ...COUNT_COLUMNS];
}

/**
 * Aggregate the store into a panel. Rows come in period order, then by state code (source, then
 * target for dyads); the aggregates are held in memory, the zero rows are generated as written.
 */
export async function buildPanel(store: Store, options: PanelOptions): Promise<{ notes: PanelNotes; rows: Iterable<PanelValue[]> }> {
  for (const field of ['from', 'to'] as const) {
    const value = options[field];
    if (value !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) throw new DyadError('E030', { field: `--${field}`, problem: `"${value}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)` });
  }
  const grain = options.unit.split('-')[1] as Grain;
  const dyadic = options.unit.startsWith('dyad');
  const notes: PanelNotes = {
    from: '', to: '', events: 0, undatedEvents: 0, eventsWithoutState: 0, unmatchedCodes: {},
    dedup: options.dedup ? 'stories: an act that several articles report counts once (docs/stories.md)' : 'reports',
  };
  const cells = new Map<string, Cell>();
  const articles = new Map<string, number>();
  let seenFirst: string | undefined;
  let seenLast: string | undefined;
  const see = (date: string) => {
    if (!seenFirst || date < seenFirst) seenFirst = date;
    if (!seenLast || date > seenLast) seenLast = date;
  };
  const range = { ...(options.from ? { from: options.from } : {}), ...(options.to ? { to: options.to } : {}) };
  const stateOf = (code: string | null | undefined, day: string) => {
    if (!code) return undefined;
    const state = stateCodeOn(code, options.system, day);
    if (state === undefined) notes.unmatchedCodes[code] = (notes.unmatchedCodes[code] ?? 0) + 1;
    return state;
  };

  // Articles first: their dates set the default range (events can be dated decades back or ahead).
  for await (const doc of store.eachDocumentCountries(range)) {
    const period = doc.date ? periodOf(doc.date, grain) : undefined;
    if (!doc.date || !period) continue;
    const day = doc.date.slice(0, 10);
    see(day);
    const states = [...new Set(doc.codes.map((c) => stateCodeOn(c, options.system, day)).filter((s) => s !== undefined))];
    const keys = dyadic ? states.flatMap((a) => states.filter((b) => b !== a).map((b) => `${a}>${b}`)) : states.map(String);
    for (const key of keys) articles.set(`${period}\t${key}`, (articles.get(`${period}\t${key}`) ?? 0) + 1);
  }
  // By default whole periods, from the one of the first article to the one of the last.
  const articleRange = seenFirst && seenLast
    ? { from: options.from ?? firstDay(periodOf(seenFirst, grain)!), to: options.to ?? lastDay(periodOf(seenLast, grain)!) }
    : range;
  for await (const event of store.eachEvent(options.dedup ? { ...articleRange, dedup: true } : articleRange)) {
    notes.events++;
    const period = event.date ? periodOf(event.date, grain) : undefined;
    if (!event.date || !period) {
      notes.undatedEvents++;
      continue;
    }
    const day = firstDay(event.date);
    see(day);
    const actor = stateOf(event.actor.find((p) => p.code)?.code, day);
    const recipient = stateOf(event.recipient.find((p) => p.code)?.code, day);
    const keys = dyadic
      ? actor !== undefined && recipient !== undefined && actor !== recipient ? [`${actor}>${recipient}`] : []
      : [...new Set([actor, recipient].filter((s) => s !== undefined))].map(String);
    if (!keys.length) notes.eventsWithoutState++;
    for (const key of keys) add(cells, `${period}\t${key}`, event);
  }

  const from = articleRange.from ?? seenFirst;
  const to = articleRange.to ?? seenLast;
  notes.from = from ? firstDay(from) : '';
  notes.to = to ? lastDay(to) : '';
  return { notes, rows: notes.from && notes.to ? rowsOf(options, grain, notes, cells, articles) : [] };
}

function add(cells: Map<string, Cell>, key: string, event: StoredEvent): void {
  let cell = cells.get(key);
  if (!cell) cells.set(key, (cell = { events: 0, types: PLOVER_EVENTS.map(() => 0), quads: [0, 0, 0, 0], cameoQuads: [0, 0, 0, 0], goldsteinN: 0, goldsteinSum: 0, intensitySum: 0 }));
  cell.events++;
  if (isPloverEvent(event.event)) cell.types[PLOVER_EVENTS.indexOf(event.event)]++;
  cell.quads[event.quad_code - 1]++;
  const cameoClass = cameoQuad(event.cameo);
  if (cameoClass) cell.cameoQuads[cameoClass - 1]++;
  const goldstein = goldsteinOf(event.cameo);
  if (goldstein !== null) {
    cell.goldsteinN++;
    cell.goldsteinSum += goldstein;
  }
  cell.intensitySum += event.event_scale;
}

function* rowsOf(options: PanelOptions, grain: Grain, notes: PanelNotes, cells: Map<string, Cell>, articles: Map<string, number>): Iterable<PanelValue[]> {
  const dyadic = options.unit.startsWith('dyad');
  for (const period of periodsBetween(notes.from, notes.to, grain)) {
    // The period as far as it lies in the range: a state counts if it existed on any day of it.
    const start = firstDay(period) < notes.from ? notes.from : firstDay(period);
    const end = lastDay(period) > notes.to ? notes.to : lastDay(period);
    const states = statesDuring(options.system, start, end);
    if (!dyadic) {
      for (const s of states) yield [period, s.key, s.name, s.iso3, s.gw, s.cow, ...counts(cells, articles, `${period}\t${s.code}`)];
      continue;
    }
    for (const a of states) {
      for (const b of states) {
        if (a !== b) yield [period, a.key, b.key, a.name, b.name, ...counts(cells, articles, `${period}\t${a.code}>${b.code}`)];
      }
    }
  }
}

function counts(cells: Map<string, Cell>, articles: Map<string, number>, key: string): PanelValue[] {
  const c = cells.get(key);
  const n = articles.get(key) ?? 0;
  if (!c) return [n, 0, ...PLOVER_EVENTS.map(() => 0), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, 0, null];
  return [
    n, c.events, ...c.types, ...c.quads, ...c.cameoQuads,
    c.goldsteinN, round(c.goldsteinSum), c.goldsteinN ? round(c.goldsteinSum / c.goldsteinN) : null,
    round(c.intensitySum), round(c.intensitySum / c.events),
  ];
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
