/**
 * The actor knowledge base at run time: the compiled tables (`models/actors/kb.json`) turned into
 * Maps once, and the date logic that says which role an actor holds on a given day.
 */
import { readFileSync } from 'node:fs';
import { assetPath } from '../../core/assets.js';
import { causeText, DyadError } from '../../core/errors.js';
import { unpackActor, type CompiledKb, type KbActor, type KbRole } from './kb-types.js';
import { nameKey } from './name-key.js';

export interface ActorKb {
  /** Actor by index, decoded on first use. */
  actor(index: number): KbActor | undefined;
  /** Actors a name key may denote. */
  named(key: string): readonly number[] | undefined;
  /** People with this surname key. */
  surnamed(key: string): readonly number[] | undefined;
  /** Country code of a nationality adjective or demonym key. */
  adjective(key: string): string | undefined;
  /** Index of a country's actor. */
  country(code: string): number | undefined;
  /** PLOVER sectors of an agent noun key, primary first. */
  agent(key: string): readonly string[] | undefined;
  /** People on the office-holder list for a country (or IGO). */
  officeHolders(code: string): readonly number[];
  /** Longest name and agent noun, in words: bounds the n-gram lookups. */
  readonly maxNameWords: number;
  readonly maxAgentWords: number;
}

function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

function asList(value: number | readonly number[] | undefined): readonly number[] | undefined {
  return value === undefined ? undefined : typeof value === 'number' ? [value] : value;
}

/**
 * Wrap compiled tables for lookup. Plain objects are kept as they are (no Map copies) and actors
 * are unpacked lazily: start-up is one JSON.parse.
 */
export function createKb(compiled: CompiledKb): ActorKb {
  const actors: (KbActor | undefined)[] = new Array(compiled.actors.length);
  const agents = new Map<string, readonly string[]>();
  return {
    actor(index) {
      const packed = compiled.actors[index];
      if (packed === undefined) return undefined;
      return (actors[index] ??= unpackActor(packed));
    },
    named: (key) => asList(own(compiled.names, key)),
    surnamed: (key) => asList(own(compiled.surnames, key)),
    adjective: (key) => own(compiled.adjectives, key),
    country: (code) => own(compiled.countries, code),
    agent(key) {
      const cached = agents.get(key);
      if (cached) return cached;
      const sectors = own(compiled.agents, key)?.split(',');
      if (sectors) agents.set(key, sectors);
      return sectors;
    },
    officeHolders: (code) => asList(own(compiled.officeHolders, code)) ?? [],
    maxNameWords: compiled.maxNameWords,
    maxAgentWords: compiled.maxAgentWords,
  };
}

let loaded: ActorKb | undefined;

/** The shipped knowledge base, read once per process. */
export function loadKb(): ActorKb {
  if (loaded) return loaded;
  const path = assetPath('models', 'actors', 'kb.json');
  try {
    loaded = createKb(JSON.parse(readFileSync(path, 'utf8')) as CompiledKb);
  } catch (error) {
    throw new DyadError('E040', { path, cause: causeText(error) }, { cause: error });
  }
  return loaded;
}

/** The day part of an ISO date or timestamp, if it has one. */
export function isoDay(date: string | undefined): string | undefined {
  return date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : undefined;
}

function covers(role: KbRole, day: string): boolean {
  return (!role.from || role.from <= day) && (!role.to || day <= role.to);
}

function isDated(role: KbRole): boolean {
  return !!(role.from || role.to);
}

/** Rank of a role when several apply: offices from dyad's list, then any non-ELI role, then open-ended ones. */
function weight(role: KbRole): number {
  return (role.office ? 4 : 0) + (role.sector && role.sector !== 'ELI' ? 2 : 0) + (role.to ? 0 : 1);
}

function best(roles: readonly KbRole[]): KbRole | undefined {
  return [...roles].sort((a, b) => weight(b) - weight(a) || (b.from ?? '').localeCompare(a.from ?? ''))[0];
}

/** What `roleAt` found: the role, and whether it is current, past (`former`) or undated. */
export interface RoleOnDate {
  readonly role: KbRole;
  readonly status: 'current' | 'former' | 'undated' | 'defunct';
}

/**
 * The role an actor holds on `day` (YYYY-MM-DD). Dated roles covering the day win over undated
 * defaults; a person whose every office ended before the day is coded ELI (PLOVER: former
 * officials). Without a day the most notable role is taken.
 * @example roleAt(putin, '2020-06-26') // { role: { code: 'RUS', sector: 'GOV', title: 'President of Russia', … }, status: 'current' }
 */
export function roleAt(actor: KbActor, day: string | undefined): RoleOnDate | undefined {
  if (actor.roles.length === 0) return undefined;
  if (!day) {
    const role = best(actor.roles);
    return role ? { role, status: 'undated' } : undefined;
  }
  const current = best(actor.roles.filter((r) => isDated(r) && covers(r, day)));
  if (current) return { role: current, status: 'current' };
  const fallback = best(actor.roles.filter((r) => !isDated(r)));
  if (fallback) return { role: fallback, status: 'undated' };
  const ended = actor.roles.filter((r) => r.to && r.to < day).sort((a, b) => (b.to ?? '').localeCompare(a.to ?? ''))[0];
  if (ended) {
    if (actor.kind === 'person') return { role: { code: ended.code, sector: 'ELI', ...(ended.title ? { title: `former ${ended.title}` } : {}) }, status: 'former' };
    return { role: ended, status: 'defunct' };
  }
  return undefined;
}

/** A knowledge-base answer: the actor and its role on the day asked. */
export interface KbMatch {
  readonly index: number;
  readonly actor: KbActor;
  readonly onDate?: RoleOnDate;
}

/** Order candidates for one name: current offices first, then anything with a role on the day. */
export function rankMatches(kb: ActorKb, indices: readonly number[], day: string | undefined): KbMatch[] {
  const score = (m: KbMatch): number => {
    const s = m.onDate?.status;
    const sector = m.onDate?.role.sector;
    return (s === 'current' ? 8 : s === 'undated' ? 4 : s === 'former' ? 2 : 0) + (sector && sector !== 'ELI' ? 1 : 0);
  };
  return indices
    .flatMap((index) => {
      const actor = kb.actor(index);
      return actor ? [{ index, actor, onDate: roleAt(actor, day) }] : [];
    })
    .map((m, order) => ({ m, order }))
    .sort((a, b) => score(b.m) - score(a.m) || a.order - b.order)
    .map(({ m }) => m);
}

/**
 * Look a name up as written (full names, aliases, acronyms, surnames of people in office).
 * @example lookupName(loadKb(), 'Macron', '2020-06-26')[0].actor.name // 'Emmanuel Macron'
 */
export function lookupName(kb: ActorKb, text: string, day?: string): KbMatch[] {
  const key = nameKey(text);
  const direct = kb.named(key);
  if (direct) return rankMatches(kb, direct, day);
  const bySurname = rankMatches(kb, kb.surnamed(key) ?? [], day).filter((m) => m.onDate?.status === 'current' || !day);
  if (bySurname.length > 0) return bySurname;
  const code = kb.adjective(key);
  const country = code ? kb.country(code) : undefined;
  return country === undefined ? [] : rankMatches(kb, [country], day);
}

/** The people holding a country's offices on `day`, filtered by office (or the leader's office). */
export function officeHoldersOn(kb: ActorKb, code: string, day: string | undefined, office: string | 'leader'): KbMatch[] {
  return rankMatches(kb, kb.officeHolders(code), day).filter((m) => {
    const roles = m.actor.roles.filter((r) => r.code === code && r.office && (office === 'leader' ? r.leader : r.office === office));
    return roles.some((r) => (!day ? !r.to : (!r.from || r.from <= day) && (!r.to || day <= r.to)));
  });
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * People whose surname is one edit (a letter dropped, added, changed or two swapped) from `key`,
 * for transliterations such as "Mitterand" or "Bouteflicka". Generates the variants of the query
 * and looks each up: a few hundred Map hits, no scan of the knowledge base. Keys under 6 letters
 * are not tried: short names are too close to each other.
 */
export function nearSurnames(kb: ActorKb, key: string): number[] {
  if (key.length < 6 || !/^[a-z]+$/.test(key)) return [];
  const variants = new Set<string>();
  for (let i = 0; i <= key.length; i++) {
    const [head, tail] = [key.slice(0, i), key.slice(i)];
    if (tail) variants.add(head + tail.slice(1));
    if (tail.length > 1) variants.add(head + (tail[1] ?? '') + (tail[0] ?? '') + tail.slice(2));
    for (const c of LETTERS) {
      variants.add(head + c + tail);
      if (tail) variants.add(head + c + tail.slice(1));
    }
  }
  variants.delete(key);
  const found = new Set<number>();
  for (const variant of variants) for (const index of kb.surnamed(variant) ?? []) found.add(index);
  return [...found];
}
