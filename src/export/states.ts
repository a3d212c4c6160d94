/**
 * State-system membership (Gleditsch–Ward, Correlates of War) and the ISO3 ↔ GW ↔ COW crosswalk,
 * read from `src/export/data/` (sources in its SOURCE.md). Dates are ISO `YYYY-MM-DD` strings,
 * compared as text. Both lists stop at their last update (GW 2020-12-31, COW 2016-12-31); a
 * membership that runs to that date is taken as continuing after it, as the `states` R package
 * does, so that panels of later years are not empty (see #17).
 */
import { readFileSync } from 'node:fs';
import { assetPath } from '../core/assets.js';

export const SYSTEMS = ['iso3', 'gw', 'cow'] as const;
export type StateSystem = (typeof SYSTEMS)[number];

/** One spell of membership of a state in a system. */
export interface Membership {
  readonly code: number;
  readonly abbrev: string;
  readonly name: string;
  readonly start: string;
  /** Last day of membership; `9999-12-31` when it lasts to the list's end. */
  readonly end: string;
}

/** A row of the crosswalk: the ISO3 code of a state-system member over a period. */
export interface CrosswalkRow {
  readonly iso3: string;
  readonly gw: number | null;
  readonly cow: number | null;
  readonly from: string;
  readonly to: string;
  /** `state`: the member's own code (used both ways); `part`: a territory counted for the member. */
  readonly kind: 'state' | 'part';
}

/** A state as a panel unit: its code in the chosen system and its codes in the others. */
export interface StateUnit {
  /** The unit's label in the chosen system: the ISO3 code, or the GW/COW number as text. */
  readonly key: string;
  /** The member's number in the list the system reads (GW for `gw` and `iso3`, COW for `cow`). */
  readonly code: number;
  readonly name: string;
  readonly iso3: string | null;
  readonly gw: number | null;
  readonly cow: number | null;
}

const OPEN_END = '9999-12-31';
const LIST_END: Readonly<Record<'gw' | 'cow', string>> = { gw: '2020-12-31', cow: '2016-12-31' };

interface StateData {
  readonly gw: readonly Membership[];
  readonly cow: readonly Membership[];
  readonly crosswalk: readonly CrosswalkRow[];
  /** Spells by code, and crosswalk rows by ISO3 code: panels look codes up once per event side. */
  readonly spells: Readonly<Record<'gw' | 'cow', ReadonlyMap<number, readonly Membership[]>>>;
  readonly byIso3: ReadonlyMap<string, readonly CrosswalkRow[]>;
}

let loaded: StateData | undefined;

function data(): StateData {
  if (loaded) return loaded;
  const gw = readGw(readFileSync(assetPath('src', 'export', 'data', 'gw-states.tsv'), 'utf8'));
  const cow = readCow(readFileSync(assetPath('src', 'export', 'data', 'cow-states.csv'), 'utf8'));
  const crosswalk = readCrosswalk(readFileSync(assetPath('src', 'export', 'data', 'crosswalk.tsv'), 'utf8'));
  loaded = { gw, cow, crosswalk, spells: { gw: groupBy(gw, (m) => m.code), cow: groupBy(cow, (m) => m.code) }, byIso3: groupBy(crosswalk, (r) => r.iso3) };
  return loaded;
}

function groupBy<K, T>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const openEnd = (end: string, system: 'gw' | 'cow') => (end === LIST_END[system] ? OPEN_END : end);

function readGw(text: string): Membership[] {
  return dataLines(text, '\t').map(([code, abbrev, name, start, end]) => ({ code: Number(code), abbrev, name, start, end: openEnd(end, 'gw') }));
}

function readCow(text: string): Membership[] {
  const date = (y: string, m: string, d: string) => `${y.padStart(4, '0')}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return dataLines(text, ',').map(([abbrev, code, name, sy, sm, sd, ey, em, ed]) => ({
    code: Number(code), abbrev, name, start: date(sy, sm, sd), end: openEnd(date(ey, em, ed), 'cow'),
  }));
}

function readCrosswalk(text: string): CrosswalkRow[] {
  const num = (s: string) => (s ? Number(s) : null);
  return dataLines(text, '\t').map(([iso3, gw, cow, from, to, kind]) => ({
    iso3, gw: num(gw), cow: num(cow), from: from || '0000-01-01', to: to || OPEN_END, kind: kind === 'part' ? 'part' : 'state',
  }));
}

/** Rows of a delimited file without its comment lines and header. */
function dataLines(text: string, sep: string): string[][] {
  return text.split('\n').filter((l) => l.trim() && !l.startsWith('#')).slice(1).map((l) => l.replace(/\r$/, '').split(sep));
}

const listOf = (system: StateSystem) => (system === 'cow' ? data().cow : data().gw);
const overlaps = (m: { start: string; end: string }, from: string, to: string) => m.start <= to && m.end >= from;

/** True when the state with this GW or COW code is a member of the system on the date. */
export function isMember(system: 'gw' | 'cow', code: number, date: string): boolean {
  return (data().spells[system].get(code) ?? []).some((m) => m.start <= date && m.end >= date);
}

/**
 * The states that were members of the system at any time in [from, to], each once, ordered by
 * code. For `iso3` the membership is Gleditsch–Ward's, labelled with the ISO3 code each member
 * had at the end of its time in the range (a member without an ISO3 code keeps its GW number).
 */
export function statesDuring(system: StateSystem, from: string, to: string): StateUnit[] {
  const units = new Map<number, StateUnit>();
  for (const m of listOf(system)) {
    if (!overlaps(m, from, to)) continue;
    const day = m.end < to ? m.end : to;
    // A state with two spells in the range (rare) is one unit, named as in its later spell.
    units.set(m.code, unitOf(system, m.code, day, m.name));
  }
  return [...units.values()].sort((a, b) => a.code - b.code);
}

/** The unit of a GW (or, for `cow`, COW) member on a date, with its codes in the other systems. */
function unitOf(system: StateSystem, code: number, date: string, name: string): StateUnit {
  const codeSystem = system === 'cow' ? 'cow' : 'gw';
  const row = data().crosswalk.find((r) => r.kind === 'state' && r[codeSystem] === code && r.from <= date && r.to >= date);
  const iso3 = row?.iso3 ?? null;
  const gw = system === 'cow' ? (row?.gw ?? null) : code;
  const cow = system === 'cow' ? code : (row?.cow ?? null);
  const key = system === 'iso3' ? (iso3 ?? String(code)) : String(code);
  return { key, code, name, iso3, gw, cow };
}

/**
 * The member number (GW for `gw` and `iso3`, COW for `cow`) that an ISO3 code, as dyad codes
 * actors, stands for on a date, or undefined when no member had it then (Germany in 1947, South
 * Sudan before 9 July 2011, an organisation).
 */
export function stateCodeOn(iso3: string, system: StateSystem, date: string): number | undefined {
  const codeSystem = system === 'cow' ? 'cow' : 'gw';
  for (const row of data().byIso3.get(iso3) ?? []) {
    const code = row[codeSystem];
    if (code !== null && row.from <= date && row.to >= date && isMember(codeSystem, code, date)) return code;
  }
  return undefined;
}
