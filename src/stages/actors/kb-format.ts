/**
 * The file format of the compiled knowledge base (`models/actors/kb.bin`, kind `actors-kb` v4):
 * a model file (`ml/model-file.ts`) whose lookup tables are pre-indexed key tables
 * (`core/key-table.ts`) and whose actors are one packed text. Loading it wraps arrays: no JSON
 * of 4 MB parsed and no 100,000 Map entries built at start-up (that cost ~0.5 s of CPU).
 * `npm run build:actors` writes it from the builder's `CompiledKb`; `decodeKb` serves the same
 * `ActorKb` lookups as `createKb` does over a `CompiledKb`.
 */
import { KeyTable } from '../../core/key-table.js';
import { decodeModelFile, encodeModelFile } from '../../ml/model-file.js';
import type { ActorKb } from './kb.js';
import { unpackActor, type CompiledKb, type KbActor } from './kb-types.js';

/** The tables whose values are actor indices or counts. */
const NUMBER_TABLES = ['names', 'surnames', 'officeHolders', 'countries', 'nameHeads', 'agentHeads'] as const;
/** The tables whose values are strings (country codes, sector lists), stored as indices into `strings`. */
const STRING_TABLES = ['adjectives', 'agents'] as const;

interface KbMeta {
  readonly strings: readonly string[];
}

const sorted = <T>(table: Readonly<Record<string, T>>): [string, T][] => Object.entries(table).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** The payload of `kb.bin` for a compiled knowledge base; deterministic. */
export function encodeKb(compiled: CompiledKb): Buffer {
  const sections: Record<string, Uint8Array | Uint32Array> = {};
  for (const name of NUMBER_TABLES) {
    const table = compiled[name] as Readonly<Record<string, number | readonly number[]>>;
    Object.assign(sections, KeyTable.build(sorted(table).map(([key, v]) => [key, typeof v === 'number' ? [v] : v] as const)).sections(name + '.'));
  }
  const strings = [...new Set(STRING_TABLES.flatMap((name) => Object.values(compiled[name])))].sort();
  const index = new Map(strings.map((s, i) => [s, i]));
  for (const name of STRING_TABLES) {
    Object.assign(sections, KeyTable.build(sorted(compiled[name]).map(([key, v]) => [key, [index.get(v) ?? 0]] as const)).sections(name + '.'));
  }
  // The actors as a key table of their packed texts, in index order, each valued by its index.
  Object.assign(sections, KeyTable.build(compiled.actors.map((packed, i) => [packed, [i]] as const)).sections('actors.'));
  const meta: KbMeta = { strings };
  return encodeModelFile({ meta, sections });
}

/** The knowledge base of a `kb.bin` payload. */
export function decodeKb(payload: Buffer): ActorKb {
  const file = decodeModelFile(payload);
  const { strings } = file.meta as KbMeta;
  const table = (name: string) => KeyTable.fromSections(file.sections, name + '.');
  const [names, surnames, officeHolders, countries, nameHeads, agentHeads] = NUMBER_TABLES.map(table);
  const [adjectives, agentTable] = STRING_TABLES.map(table);
  const packed = table('actors');
  // Each entry's list is made once and handed out every time after: `rankMatches` (kb.ts) remembers its
  // ranking per list object, so a fresh array per lookup left it ranking every name again (#13).
  const lists = new Map<KeyTable, (readonly number[] | undefined)[]>();
  const list = (t: KeyTable, key: string): readonly number[] | undefined => {
    const e = t.find(key);
    if (e < 0) return undefined;
    let made = lists.get(t);
    if (!made) lists.set(t, (made = new Array<readonly number[] | undefined>(t.size)));
    return (made[e] ??= Array.from({ length: t.valueCount(e) }, (_, j) => t.value(e, j)));
  };
  const one = (t: KeyTable, key: string): number | undefined => {
    const e = t.find(key);
    return e < 0 ? undefined : t.value(e, 0);
  };
  const actors = new Array<KbActor | undefined>(packed.size);
  // Each agent entry's sectors, split once and found by the entry's index: a Map keyed by the probe string
  // hashed every key a second time (the phrase reader's keys are new concatenations, so V8 has no hash
  // stored on them) and still ran the table's own probe on each miss (#13).
  const agents = new Array<readonly string[] | undefined>(agentTable.size);
  const adjectiveHeads = new Set([...adjectives.entries()].map(([key]) => key.split(' ')[0] ?? ''));
  return {
    startsAdjective: (first) => adjectiveHeads.has(first),
    actor(index) {
      if (!(index >= 0 && index < packed.size)) return undefined;
      return (actors[index] ??= unpackActor(packed.key(index)));
    },
    named: (key) => list(names, key),
    surnamed: (key) => list(surnames, key),
    adjective(key) {
      const s = one(adjectives, key);
      return s === undefined ? undefined : strings[s];
    },
    country: (code) => one(countries, code),
    agent(key) {
      const e = agentTable.find(key);
      if (e < 0) return undefined;
      return (agents[e] ??= strings[agentTable.value(e, 0)]?.split(','));
    },
    officeHolders: (code) => list(officeHolders, code) ?? [],
    nameSpan: (first) => one(nameHeads, first) ?? 0,
    agentSpan: (first) => one(agentHeads, first) ?? 0,
  };
}
