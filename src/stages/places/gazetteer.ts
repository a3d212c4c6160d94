import { readFileSync } from 'node:fs';
import { assetPath } from '../../core/assets.js';
import { DyadError, causeText } from '../../core/errors.js';
import { nameKey } from './name-key.js';
import type { PlaceKind } from './types.js';

/** One thing a name can refer to, with what the ranking needs to know about it. */
export interface Candidate {
  readonly source: 'country' | 'admin1' | 'city' | 'curated';
  readonly kind: PlaceKind;
  readonly name: string;
  readonly geonameid?: number;
  readonly country?: string;
  readonly countries?: readonly string[];
  readonly admin1?: string;
  /** `CC.code` of the first-level division (`UA.14`), for matching qualifiers such as "Paris, Texas". */
  readonly admin1Code?: string;
  readonly lat?: number;
  readonly lon?: number;
  readonly population: number;
  /** True when the name matched an alternate or old spelling rather than the main name. */
  readonly isAlias: boolean;
  /** The main name of the country, for countries matched by a demonym. */
  readonly isDemonym?: boolean;
}

/** The compiled gazetteer: every name key and what it may refer to. */
export interface Gazetteer {
  /** Candidates for a name, in no particular order; empty when the name is unknown. */
  lookup(text: string): Candidate[];
  /** The country whose demonym this is ("Russian" → RUS), if any. */
  demonym(text: string): Candidate | undefined;
  /** A country by ISO-3 code. */
  country(iso3: string): Candidate | undefined;
  /** Number of distinct name keys, for benchmarks. */
  readonly size: number;
}

type CountryRow = [string, string, string, number, number, number, number, string, string, string];
type Admin1Row = [string, string, number, number | null, number | null, number, string];
type PlaceRow = [number, string, string, string, string, number, number, number, string, string];

interface Compiled {
  countries: CountryRow[];
  admin1: Admin1Row[];
  places: PlaceRow[];
}

// Candidate references are packed into one number: index << 3 | source << 1 | alias bit.
const SOURCES = ['country', 'admin1', 'city', 'curated'] as const;

let loaded: Gazetteer | undefined;

/**
 * The gazetteer shipped in `models/places/gazetteer.json` plus the curated regions table, loaded
 * once per process.
 * @example loadGazetteer().lookup('Kiev')[0].name // 'Kyiv'
 */
export function loadGazetteer(): Gazetteer {
  loaded ??= readGazetteer(assetPath('models', 'places', 'gazetteer.json'), assetPath('src', 'stages', 'places', 'data', 'regions.tsv'));
  return loaded;
}

/** Read a gazetteer from explicit paths (tests and benchmarks). */
export function readGazetteer(modelPath: string, regionsPath: string): Gazetteer {
  let compiled: Compiled;
  let regionsText: string;
  try {
    compiled = JSON.parse(readFileSync(modelPath, 'utf8')) as Compiled;
    regionsText = readFileSync(regionsPath, 'utf8');
  } catch (error) {
    throw new DyadError('E040', { path: modelPath, cause: causeText(error) }, { cause: error });
  }
  return buildGazetteer(compiled, parseRegions(regionsText));
}

interface RegionRow {
  name: string;
  aliases: string[];
  kind: PlaceKind;
  country?: string;
  countries: string[];
  lat: number;
  lon: number;
}

function parseRegions(text: string): RegionRow[] {
  return text
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [name, aliases, kind, country, countries, lat, lon] = line.split('\t');
      return {
        name,
        aliases: aliases ? aliases.split('|') : [],
        kind: kind as PlaceKind,
        country: country || undefined,
        countries: countries ? countries.split('|') : [],
        lat: Number(lat),
        lon: Number(lon),
      };
    });
}

function buildGazetteer(compiled: Compiled, regions: RegionRow[]): Gazetteer {
  const byKey = new Map<string, number[]>();
  const demonyms = new Map<string, number>();
  const add = (key: string, ref: number): void => {
    if (!key) return;
    const refs = byKey.get(key);
    if (refs) refs.push(ref);
    else byKey.set(key, [ref]);
  };
  const iso3Of = new Map<string, string>();
  const countryIndex = new Map<string, number>();
  compiled.countries.forEach((row, i) => {
    iso3Of.set(row[0], row[1]);
    countryIndex.set(row[1], i);
    add(nameKey(row[2]), (i << 3) | (0 << 1));
    for (const key of splitKeys(row[8])) add(key, (i << 3) | (0 << 1) | 1);
    for (const key of splitKeys(row[9])) demonyms.set(key, i);
  });
  const admin1Index = new Map<string, number>();
  compiled.admin1.forEach((row, i) => {
    admin1Index.set(row[0], i);
    add(nameKey(row[1]), (i << 3) | (1 << 1));
    if (row[6]) add(row[6], (i << 3) | (1 << 1) | 1);
  });
  compiled.places.forEach((row, i) => {
    add(row[2], (i << 3) | (2 << 1));
    for (const key of splitKeys(row[9])) add(key, (i << 3) | (2 << 1) | 1);
  });
  regions.forEach((row, i) => {
    add(nameKey(row.name), (i << 3) | (3 << 1));
    for (const alias of row.aliases) add(nameKey(alias), (i << 3) | (3 << 1) | 1);
  });

  const countryCandidate = (i: number, isAlias: boolean, isDemonym = false): Candidate => {
    const row = compiled.countries[i];
    return { source: 'country', kind: 'country', name: row[2], geonameid: row[3], country: row[1], population: row[4], lat: row[5], lon: row[6], isAlias, isDemonym };
  };
  const materialize = (ref: number): Candidate => {
    const index = ref >>> 3;
    const source = SOURCES[(ref >>> 1) & 3];
    const isAlias = (ref & 1) === 1;
    if (source === 'country') return countryCandidate(index, isAlias);
    if (source === 'admin1') {
      const row = compiled.admin1[index];
      const [cc] = row[0].split('.');
      return {
        source, kind: 'region', name: row[1], geonameid: row[2], country: iso3Of.get(cc), admin1: row[1], admin1Code: row[0],
        lat: row[3] ?? undefined, lon: row[4] ?? undefined, population: row[5], isAlias,
      };
    }
    if (source === 'city') {
      const row = compiled.places[index];
      const admin1Code = `${row[3]}.${row[4]}`;
      const admin1 = admin1Index.has(admin1Code) ? compiled.admin1[admin1Index.get(admin1Code)!][1] : undefined;
      return {
        source, kind: row[8] === 'PPLC' ? 'capital' : 'city', name: row[1], geonameid: row[0], country: iso3Of.get(row[3]),
        admin1, admin1Code, lat: row[5], lon: row[6], population: row[7], isAlias,
      };
    }
    const row = regions[index];
    return {
      source, kind: row.kind, name: row.name, country: row.country, countries: row.countries, lat: row.lat, lon: row.lon,
      population: 0, isAlias,
    };
  };

  return {
    size: byKey.size,
    lookup: (text) => (byKey.get(nameKey(text)) ?? []).map(materialize),
    demonym: (text) => {
      const i = demonyms.get(nameKey(text));
      return i === undefined ? undefined : countryCandidate(i, true, true);
    },
    country: (iso3) => {
      const i = countryIndex.get(iso3);
      return i === undefined ? undefined : countryCandidate(i, false);
    },
  };
}

function splitKeys(joined: string): string[] {
  return joined ? joined.split('|') : [];
}
