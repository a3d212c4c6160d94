/**
 * The actor knowledge base at run time: the compiled tables (`models/actors/kb.bin`) turned into
 * Maps once, and the date logic that says which role an actor holds on a given day.
 */
import { assetPath, loadAsset, type AssetKind } from '../../core/assets.js';
import { decodeKb } from './kb-format.js';
import { unpackActor, type CompiledKb, type KbActor, type KbRole } from './kb-types.js';
import { nameKey } from './name-key.js';
import { memoByKey, type KbMemo } from './kb-memo.js';

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
  /** Whether a nationality adjective may start with this word. */
  startsAdjective(first: string): boolean;
  /** How many words a name (agent noun) starting with this word may have; 0 when none starts with it. */
  nameSpan(first: string): number;
  agentSpan(first: string): number;
}

function mapOf<T>(table: Readonly<Record<string, T>>): Map<string, T> {
  return new Map(Object.entries(table));
}

function listsOf(table: Readonly<Record<string, number | readonly number[]>>): Map<string, readonly number[]> {
  return new Map(Object.entries(table).map(([key, value]) => [key, typeof value === 'number' ? [value] : value]));
}

/**
 * Wrap compiled tables for lookup. The tables become Maps once (about 75 ms): V8 looks up a fresh
 * string in a Map faster than in a large object, and lookups are the stage's hot path. Actors are
 * unpacked lazily.
 */
export function createKb(compiled: CompiledKb): ActorKb {
  const actors = new Array<KbActor | undefined>(compiled.actors.length);
  const names = listsOf(compiled.names);
  const surnames = listsOf(compiled.surnames);
  const adjectives = mapOf(compiled.adjectives);
  const countries = mapOf(compiled.countries);
  const agentTable = mapOf(compiled.agents);
  const officeHolders = listsOf(compiled.officeHolders);
  const nameHeads = mapOf(compiled.nameHeads);
  const agentHeads = mapOf(compiled.agentHeads);
  const agents = new Map<string, readonly string[]>();
  const adjectiveHeads = new Set([...adjectives.keys()].map((key) => key.split(' ')[0] ?? ''));
  return {
    startsAdjective: (first) => adjectiveHeads.has(first),
    actor(index) {
      const packed = compiled.actors[index];
      if (packed === undefined) return undefined;
      return (actors[index] ??= unpackActor(packed));
    },
    named: (key) => names.get(key),
    surnamed: (key) => surnames.get(key),
    adjective: (key) => adjectives.get(key),
    country: (code) => countries.get(code),
    agent(key) {
      const cached = agents.get(key);
      if (cached) return cached;
      const sectors = agentTable.get(key)?.split(',');
      if (sectors) agents.set(key, sectors);
      return sectors;
    },
    officeHolders: (code) => officeHolders.get(code) ?? [],
    nameSpan: (first) => nameHeads.get(first) ?? 0,
    agentSpan: (first) => agentHeads.get(first) ?? 0,
  };
}

/**
 * The asset kind of the compiled knowledge base (see `kb-format.ts`); bump the version when its layout changes.
 * v4: key tables with byte offsets (`core/key-table.ts`), searched as the file's bytes (#13).
 */
export const ACTORS_KB: AssetKind<ActorKb> = { kind: 'actors-kb', version: 4, decode: decodeKb };

/** The shipped knowledge base, read once per process. */
export function loadKb(): ActorKb {
  return loadAsset(ACTORS_KB, assetPath('models', 'actors', 'kb.bin'));
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
    // A body past its end (the Soviet KGB, the Interstate Commerce Commission) is no state's now: a Minsk story's "KGB"
    // is Belarus's, which the story's country may give (review rv-a of session 58).
    if (actor.kind === 'org') return undefined;
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

const ranked = new WeakMap<readonly number[], { day: string | undefined; matches: readonly KbMatch[] }>();

/**
 * Order candidates for one name: current offices first, then anything with a role on the day.
 * The knowledge base hands out the same list object for a name every time, so the ranking is
 * remembered per list and day (articles of one day ask the same questions).
 */
export function rankMatches(kb: ActorKb, indices: readonly number[], day: string | undefined): readonly KbMatch[] {
  // An empty list ranks as empty; callers pass a fresh `[]` for a name not found, which would only fill the cache (#13).
  if (indices.length === 0) return [];
  const cached = ranked.get(indices);
  if (cached && cached.day === day) return cached.matches;
  const matches = rank(kb, indices, day);
  ranked.set(indices, { day, matches });
  return matches;
}

function rank(kb: ActorKb, indices: readonly number[], day: string | undefined): KbMatch[] {
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
export function lookupName(kb: ActorKb, text: string, day?: string): readonly KbMatch[] {
  const key = nameKey(text);
  const direct = kb.named(key);
  if (direct) return rankMatches(kb, direct, day);
  const bySurname = rankMatches(kb, kb.surnamed(key) ?? [], day);
  const current = bySurname.filter((m) => m.onDate?.status === 'current');
  if (bySurname.length > 0) return current.length > 0 ? current : bySurname;
  const code = kb.adjective(key);
  const country = code ? kb.country(code) : undefined;
  return country === undefined ? [] : rankMatches(kb, [country], day);
}

/** The people holding a country's offices on `day`, filtered by office (or the leader's office). */
export function officeHoldersOn(kb: ActorKb, code: string, day: string | undefined, office: string): readonly KbMatch[] {
  return memoByKey(HOLDERS, kb, `${code}\t${office}\t${day ?? NO_DAY}`, holdersOn);
}

/**
 * Asked for every "I" of a site's own words, "the President" and each office title, a filter of the
 * country's ranked office holders per question; remembered per country, office and day (#13).
 */
const HOLDERS: KbMemo<readonly KbMatch[]> = new WeakMap();
/** The memo key's day when there is none: no date is spelt with it. */
const NO_DAY = '\u0000';

function holdersOn(kb: ActorKb, key: string): readonly KbMatch[] {
  const [code = '', office = '', dayKey] = key.split('\t');
  const day = dayKey === NO_DAY ? undefined : dayKey;
  return rankMatches(kb, kb.officeHolders(code), day).filter((m) => {
    const roles = m.actor.roles.filter((r) => r.code === code && r.office && (office === 'leader' ? r.leader : r.office === office));
    return roles.some((r) => (!day ? !r.to : (!r.from || r.from <= day) && (!r.to || day <= r.to)));
  });
}

const VOWELS = 'aeiouy';

/**
 * People whose surname differs from `key` the way transliterations usually do: a letter dropped,
 * a doubled or vowel letter added, a vowel changed, two letters swapped ("Mitterand",
 * "Bouteflicka", "Habyariman"). Generates those variants of the query (about 15 per letter) and
 * looks each up: no scan of the knowledge base. Keys under 6 letters are not tried: short names
 * are too close to each other.
 */
export function nearSurnames(kb: ActorKb, key: string): readonly number[] {
  return memoByKey(NEAR, kb, key, findNearSurnames);
}

/** Asked for each untitled or titled surname a document does not resolve otherwise: ~15 lookups a letter, remembered per key (#13). */
const NEAR: KbMemo<readonly number[]> = new WeakMap();

function findNearSurnames(kb: ActorKb, key: string): readonly number[] {
  if (key.length < 6 || !/^[a-z]+$/.test(key)) return [];
  const variants = new Set<string>();
  for (let i = 0; i <= key.length; i++) {
    const [head, tail] = [key.slice(0, i), key.slice(i)];
    const before = key[i - 1] ?? '';
    if (tail) variants.add(head + tail.slice(1));
    if (tail.length > 1) variants.add(head + (tail[1] ?? '') + (tail[0] ?? '') + tail.slice(2));
    if (before) variants.add(head + before + tail);
    for (const v of VOWELS) {
      variants.add(head + v + tail);
      if (tail && VOWELS.includes(tail[0] ?? '')) variants.add(head + v + tail.slice(1));
    }
  }
  variants.delete(key);
  const found = new Set<number>();
  for (const variant of variants) for (const index of kb.surnamed(variant) ?? []) found.add(index);
  return [...found];
}
