/**
 * `npm run build:places`: compile the gazetteer `models/places/gazetteer.tsv` from GeoNames
 * (`../shared/data/gazetteer/geonames`: cities15000, countryInfo, admin1Codes), the npm packages
 * `world-countries` (names, demonyms, centres) and `i18n-iso-countries` (English aliases), and the
 * hand-kept `src/stages/places/data/country-aliases.tsv`. Deterministic: same inputs, same bytes.
 *
 * Alternate names are trimmed to those English news could write: Latin script, capitalised, not
 * an all-capitals code (airport codes such as "IEV"), three letters or more, and stored only as
 * lookup keys (`nameKey`), so "Kíev", "Kiev" and "KIEV" cost one entry.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameKey } from '../src/stages/places/name-key.js';
import { packageRoot } from '../src/core/assets.js';
import { PLACES_GAZETTEER } from '../src/stages/places/gazetteer.js';
import { SOURCES, writeAsset } from './write-asset.js';

const root = packageRoot();
const geonames = join(root, '..', 'shared', 'data', 'gazetteer', 'geonames');
const require = createRequire(import.meta.url);

interface WorldCountry {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  latlng: [number, number];
  demonyms?: { eng?: { f: string; m: string } };
}

const LATIN_NAME = /^[\p{Script=Latin}\p{M}][\p{Script=Latin}\p{M} '’.-]*$/u;

/** Whether an alternate name looks like something an English text would write. */
function isEnglishUsable(name: string): boolean {
  if (name.length < 3 || !LATIN_NAME.test(name)) return false;
  if (!/^\p{Lu}/u.test(name)) return false; // lowercase entries are machine transliterations
  if (/^[\p{Lu} .-]+$/u.test(name)) return false; // codes (IEV, BOM) and shouting
  return true;
}

function readTsv(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

// Countries -----------------------------------------------------------------------------------
const world = require('world-countries') as WorldCountry[];
const i18n = require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> };
const worldBy2 = new Map(world.map((c) => [c.cca2, c]));
const iso3Of = new Map<string, string>();
const countryRows: (string | number)[][] = [];
const aliasesBy3 = new Map<string, Set<string>>();

for (const row of readTsv(join(geonames, 'countryInfo.tsv'))) {
  const [iso2, iso3, , , name, capital, , population, , , , , , , , , geonameid] = row;
  iso3Of.set(iso2, iso3);
  const w = worldBy2.get(iso2);
  const names = new Set<string>([name]);
  if (w) {
    names.add(w.name.common);
    names.add(w.name.official);
    for (const alt of w.altSpellings) if (alt.length > 2 && LATIN_NAME.test(alt)) names.add(alt);
  }
  const en = i18n.countries[iso2];
  for (const alt of Array.isArray(en) ? en : en ? [en] : []) names.add(alt);
  const demonyms = new Set<string>();
  if (w?.demonyms?.eng) {
    demonyms.add(w.demonyms.eng.m);
    demonyms.add(w.demonyms.eng.f);
  }
  aliasesBy3.set(iso3, new Set([...names].map(nameKey).filter((k) => k !== nameKey(name))));
  countryRows.push([
    iso2,
    iso3,
    name,
    Number(geonameid),
    Number(population),
    round(w?.latlng[0] ?? 0, 2),
    round(w?.latlng[1] ?? 0, 2),
    capital.trim(),
    '',
    [...new Set([...demonyms].map(nameKey))].join('|'),
  ]);
}
for (const [alias, iso3] of readTsv(join(root, 'src', 'stages', 'places', 'data', 'country-aliases.tsv'))) {
  aliasesBy3.get(iso3)?.add(nameKey(alias));
}
for (const row of countryRows) row[8] = [...(aliasesBy3.get(row[1] as string) ?? [])].sort().join('|');

// Cities --------------------------------------------------------------------------------------
const placeRows: (string | number)[][] = [];
const notAlternates = new Set(readTsv(join(root, 'src', 'stages', 'places', 'data', 'not-alternate-names.txt')).map(([n]) => nameKey(n)));
const admin1Weight = new Map<string, { lat: number; lon: number; pop: number }>();
for (const row of readTsv(join(geonames, 'cities15000.txt'))) {
  const [id, name, ascii, alternates, lat, lon, , fcode, cc, , admin1, , , , population] = row;
  const primary = nameKey(name);
  const keys = new Set<string>();
  for (const alt of [ascii, ...alternates.split(',')]) {
    if (!isEnglishUsable(alt)) continue;
    const key = nameKey(alt);
    if (key && key !== primary && !notAlternates.has(key)) keys.add(key);
  }
  const pop = Number(population);
  placeRows.push([Number(id), name, primary, cc, admin1, round(Number(lat), 4), round(Number(lon), 4), pop, fcode, [...keys].sort().join('|')]);
  const code = `${cc}.${admin1}`;
  const w = admin1Weight.get(code) ?? { lat: 0, lon: 0, pop: 0 };
  const weight = Math.max(pop, 1);
  admin1Weight.set(code, { lat: w.lat + Number(lat) * weight, lon: w.lon + Number(lon) * weight, pop: w.pop + weight });
}
placeRows.sort((a, b) => (a[0] as number) - (b[0] as number));

// First-level divisions: centres are the population-weighted mean of their cities ---------------
const admin1Rows: (string | number | null)[][] = [];
for (const [code, name, ascii, geonameid] of readTsv(join(geonames, 'admin1Codes.tsv'))) {
  const w = admin1Weight.get(code);
  const alt = nameKey(ascii) !== nameKey(name) ? nameKey(ascii) : '';
  admin1Rows.push([code, name, Number(geonameid), w ? round(w.lat / w.pop, 2) : null, w ? round(w.lon / w.pop, 2) : null, w?.pop ?? 0, alt]);
}

// The index: every name key with the entries it may mean, sorted so the stage can binary-search
// it without building a map at load time. A reference packs index << 3 | source << 1 | alias bit
// (source 0 country, 1 division, 2 place), written in base 36.
const index = new Map<string, Set<number>>();
const addKey = (key: string, ref: number): void => {
  if (!key) return;
  const refs = index.get(key) ?? new Set<number>();
  refs.add(ref);
  index.set(key, refs);
};
countryRows.forEach((row, i) => {
  addKey(nameKey(row[2] as string), (i << 3) | (0 << 1));
  for (const key of (row[8] as string).split('|')) addKey(key, (i << 3) | (0 << 1) | 1);
});
admin1Rows.forEach((row, i) => {
  addKey(nameKey(row[1] as string), (i << 3) | (1 << 1));
  if (row[6]) addKey(row[6] as string, (i << 3) | (1 << 1) | 1);
});
placeRows.forEach((row, i) => {
  addKey(row[2] as string, (i << 3) | (2 << 1));
  for (const key of (row[9] as string).split('|')) addKey(key, (i << 3) | (2 << 1) | 1);
});
const demonyms = countryRows.flatMap((row, i) => (row[9] as string).split('|').filter(Boolean).map((key) => `${key}\t${i}`)).sort();
const keys = [...index.keys()].sort();

const lines = [
  '#dyad gazetteer 1: see models/places/SOURCE.md; built by `npm run build:places`',
  `@countries\t${countryRows.length}\tiso2 iso3 name geonameid population lat lon capital`,
  ...countryRows.map((row) => row.slice(0, 8).join('\t')),
  `@admin1\t${admin1Rows.length}\tcode name geonameid lat lon cityPopulation`,
  ...admin1Rows.map((row) => row.slice(0, 6).map((v) => v ?? '').join('\t')),
  `@places\t${placeRows.length}\tgeonameid name country2 admin1 lat lon population featureCode`,
  ...placeRows.map((row) => [row[0], row[1], row[3], row[4], row[5], row[6], row[7], row[8]].join('\t')),
  `@index\t${keys.length}\tkey references`,
  ...keys.map((key) => `${key}\t${[...index.get(key)!].map((ref) => ref.toString(36)).join(',')}`),
  `@demonyms\t${demonyms.length}\tkey country`,
  ...demonyms,
];
const path = join(root, 'models', 'places', 'gazetteer.tsv');
writeAsset(path, PLACES_GAZETTEER, SOURCES.places, lines.join('\n') + '\n');
console.log(`wrote ${path}: ${countryRows.length} countries, ${admin1Rows.length} divisions, ${placeRows.length} places, ${keys.length} name keys`);
