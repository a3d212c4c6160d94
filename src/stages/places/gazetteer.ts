import { assetPath, loadAsset, type AssetKind } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';
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
  /** Whether any place has this name (cheaper than `lookup`). */
  has(text: string): boolean;
  /** The country whose demonym this is ("Russian" → RUS), if any. */
  demonym(text: string): Candidate | undefined;
  /** A country by ISO-3 code. */
  country(iso3: string): Candidate | undefined;
  /** Number of distinct name keys, for benchmarks. */
  readonly size: number;
}

// A reference packs an entry: index << 3 | source << 1 | alias bit (see scripts/build-places.ts).
const SOURCES = ['country', 'admin1', 'city', 'curated'] as const;

const AT_SIGN = 0x40;

/** Names whose candidates are kept between lookups; the cache is emptied when full. */
const LOOKUP_CACHE_SIZE = 10_000;

/**
 * The gazetteer shipped in `models/places/gazetteer.tsv` plus the curated regions table, loaded
 * once per process.
 * @example loadGazetteer().lookup('Kiev')[0].name // 'Kyiv'
 */
export function loadGazetteer(): Gazetteer {
  return loadAsset(PLACES_GAZETTEER, assetPath('models', 'places', 'gazetteer.tsv'));
}

/** The hand-kept regions table (`data/regions.tsv`), a source file without a header. */
const PLACES_REGIONS: AssetKind<RegionRow[]> = { kind: 'places-regions', version: null, decode: (payload) => parseRegions(payload.toString('utf8')) };

/** The asset kind of the compiled gazetteer (sections of TSV lines); it joins the regions table when loaded. */
export const PLACES_GAZETTEER: AssetKind<Gazetteer> = {
  kind: 'places-gazetteer',
  version: 1,
  decode: (payload, path) => buildGazetteer(new CompiledTable(payload, path), loadAsset(PLACES_REGIONS, assetPath('src', 'stages', 'places', 'data', 'regions.tsv'))),
};

const NEWLINE = 0x0a;
const TAB = 0x09;
/** Below this, a UTF-8 byte is a character of its own (ASCII); every byte of another character is above it. */
const NON_ASCII = 0x80;

/**
 * The compiled file kept as its UTF-8 bytes with the start of each line: loading is one scan for
 * line ends (splitting it into 150,000 strings cost ~90 ms of CPU and 15 MB at every start, #13),
 * rows are decoded when used, and names are found by binary search in the sorted index section.
 * The bytes are not decoded into one string (7.4 MB of UTF-16 in every worker thread): worker
 * threads are handed the file in shared memory (`ml/shared-models.ts`), so all of them search the
 * same bytes.
 */
class CompiledTable {
  readonly sections = new Map<string, { first: number; count: number }>();
  /** Line i is bytes[starts[i], starts[i + 1] - 1). */
  private readonly starts: Uint32Array;

  constructor(
    private readonly bytes: Buffer,
    readonly path: string,
  ) {
    let lines = 1;
    for (let at = bytes.indexOf(NEWLINE); at >= 0; at = bytes.indexOf(NEWLINE, at + 1)) lines++;
    this.starts = new Uint32Array(lines + 1);
    let line = 1;
    for (let at = bytes.indexOf(NEWLINE); at >= 0; at = bytes.indexOf(NEWLINE, at + 1)) this.starts[line++] = at + 1;
    this.starts[lines] = bytes.length + 1;
    for (let i = 0; i < lines; i++) {
      if (bytes[this.starts[i]] !== AT_SIGN) continue;
      const [name, count] = this.line(i).slice(1).split('\t');
      this.sections.set(name, { first: i + 1, count: Number(count) });
      i += Number(count);
    }
  }

  private line(i: number): string {
    return this.bytes.toString('utf8', this.starts[i], this.starts[i + 1] - 1);
  }

  row(section: string, index: number): string[] {
    return this.line(this.section(section).first + index).split('\t');
  }

  rows(section: string): string[][] {
    return Array.from({ length: this.section(section).count }, (_, i) => this.row(section, i));
  }

  /** The value column of the sorted `section` for `key`, if present. */
  find(section: string, key: string): string | undefined {
    const { first, count } = this.section(section);
    let lo = first;
    let hi = first + count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const order = this.compareKey(mid, key);
      if (order === 0) {
        const end = this.starts[mid + 1] - 1;
        const tab = this.bytes.indexOf(TAB, this.starts[mid]);
        return tab < 0 || tab > end ? '' : this.bytes.toString('utf8', tab + 1, end);
      }
      if (order < 0) lo = mid + 1;
      else hi = mid;
    }
    return undefined;
  }

  /**
   * The order of line i's first column against `key`, as JavaScript compares strings (the order
   * the build sorted by). An ASCII key is compared with the bytes in place: a byte of a non-ASCII
   * character is above every ASCII one, as its UTF-16 code unit is. Another key decodes the column.
   */
  private compareKey(i: number, key: string): number {
    const { bytes, starts } = this;
    const start = starts[i];
    const end = starts[i + 1] - 1;
    for (let k = 0; k < key.length; k++) {
      const code = key.charCodeAt(k);
      if (code >= NON_ASCII) {
        const column = this.columnAt(start, end);
        return column < key ? -1 : column === key ? 0 : 1;
      }
      const at = start + k;
      // The column ended (tab or end of line): it is a prefix of the key, so it sorts first.
      if (at >= end || bytes[at] === TAB) return -1;
      if (bytes[at] !== code) return bytes[at] < code ? -1 : 1;
    }
    const after = start + key.length;
    return after >= end || bytes[after] === TAB ? 0 : 1;
  }

  private columnAt(start: number, end: number): string {
    const tab = this.bytes.indexOf(TAB, start);
    return this.bytes.toString('utf8', start, tab < 0 || tab > end ? end : tab);
  }

  private section(name: string): { first: number; count: number } {
    const section = this.sections.get(name);
    if (!section) throw new DyadError('E040', { path: this.path, cause: `no @${name} section` });
    return section;
  }
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

function buildGazetteer(table: CompiledTable, regions: RegionRow[]): Gazetteer {
  const countries = table.rows('countries');
  const admin1 = table.rows('admin1');
  const iso3Of = new Map(countries.map((row) => [row[0], row[1]]));
  const countryIndex = new Map(countries.map((row, i) => [row[1], i]));
  const admin1Index = new Map(admin1.map((row, i) => [row[0], i]));
  // Curated regions are few and hand-edited: a small map beside the compiled index.
  const curated = new Map<string, number[]>();
  regions.forEach((row, i) => {
    const names: [string, number][] = [[row.name, 0], ...row.aliases.map((alias): [string, number] => [alias, 1])];
    for (const [name, isAlias] of names) {
      const key = nameKey(name);
      curated.set(key, [...(curated.get(key) ?? []), (i << 3) | (3 << 1) | isAlias]);
    }
  });

  const countryCandidate = (i: number, isAlias: boolean, isDemonym = false): Candidate => {
    const row = countries[i];
    return {
      source: 'country', kind: 'country', name: row[2], geonameid: Number(row[3]), country: row[1], population: Number(row[4]),
      lat: Number(row[5]), lon: Number(row[6]), isAlias, isDemonym,
    };
  };
  const materialize = (ref: number): Candidate => {
    const index = ref >>> 3;
    const source = SOURCES[(ref >>> 1) & 3];
    const isAlias = (ref & 1) === 1;
    if (source === 'country') return countryCandidate(index, isAlias);
    if (source === 'admin1') {
      const row = admin1[index];
      return {
        source, kind: 'region', name: row[1], geonameid: Number(row[2]), country: iso3Of.get(row[0].split('.')[0]), admin1: row[1], admin1Code: row[0],
        lat: row[3] ? Number(row[3]) : undefined, lon: row[4] ? Number(row[4]) : undefined, population: Number(row[5]), isAlias,
      };
    }
    if (source === 'city') {
      const [id, name, cc, adm, lat, lon, population, fcode] = table.row('places', index);
      const admin1Code = `${cc}.${adm}`;
      const division = admin1Index.get(admin1Code);
      return {
        source, kind: fcode === 'PPLC' ? 'capital' : 'city', name, geonameid: Number(id), country: iso3Of.get(cc),
        admin1: division === undefined ? undefined : admin1[division][1], admin1Code, lat: Number(lat), lon: Number(lon), population: Number(population), isAlias,
      };
    }
    const row = regions[index];
    return { source, kind: row.kind, name: row.name, country: row.country, countries: row.countries, lat: row.lat, lon: row.lon, population: 0, isAlias };
  };
  const refsOf = (key: string): number[] => {
    const found = table.find('index', key);
    return [...(found ? found.split(',').map((ref) => parseInt(ref, 36)) : []), ...(curated.get(key) ?? [])];
  };

  // Articles repeat names and news repeats places: candidates are immutable, so keep recent ones.
  const cache = new Map<string, Candidate[]>();
  const lookupKey = (key: string): Candidate[] => {
    let found = cache.get(key);
    if (!found) {
      if (cache.size >= LOOKUP_CACHE_SIZE) cache.clear();
      found = refsOf(key).map(materialize);
      cache.set(key, found);
    }
    return found;
  };

  return {
    size: table.sections.get('index')!.count + curated.size,
    lookup: (text) => [...lookupKey(nameKey(text))],
    has: (text) => {
      const key = nameKey(text);
      return curated.has(key) || table.find('index', key) !== undefined;
    },
    demonym: (text) => {
      const found = table.find('demonyms', nameKey(text));
      return found === undefined ? undefined : countryCandidate(Number(found), true, true);
    },
    country: (iso3) => {
      const i = countryIndex.get(iso3);
      return i === undefined ? undefined : countryCandidate(i, false);
    },
  };
}
