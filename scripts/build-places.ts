/**
 * `npm run build:places`: compile the gazetteer `models/places/gazetteer.json` from GeoNames
 * (`../shared/data/gazetteer/geonames`: cities15000, countryInfo, admin1Codes), the npm packages
 * `world-countries` (names, demonyms, centres) and `i18n-iso-countries` (English aliases), and the
 * hand-kept `src/stages/places/data/country-aliases.tsv`. Deterministic: same inputs, same bytes.
 *
 * Alternate names are trimmed to those English news could write: Latin script, capitalised, not
 * an all-capitals code (airport codes such as "IEV"), three letters or more, and stored only as
 * lookup keys (`nameKey`), so "Kíev", "Kiev" and "KIEV" cost one entry.
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { nameKey } from '../src/stages/places/name-key.js';
import { packageRoot } from '../src/core/assets.js';

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

const LATIN_NAME = /^[\p{Script=Latin}\p{M}][\p{Script=Latin}\p{M} '’.\-]*$/u;

/** Whether an alternate name looks like something an English text would write. */
function isEnglishUsable(name: string): boolean {
  if (name.length < 3 || !LATIN_NAME.test(name)) return false;
  if (!/^\p{Lu}/u.test(name)) return false; // lowercase entries are machine transliterations
  if (/^[\p{Lu} .\-]+$/u.test(name)) return false; // codes (IEV, BOM) and shouting
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
const admin1Weight = new Map<string, { lat: number; lon: number; pop: number }>();
for (const row of readTsv(join(geonames, 'cities15000.txt'))) {
  const [id, name, ascii, alternates, lat, lon, , fcode, cc, , admin1, , , , population] = row;
  const primary = nameKey(name);
  const keys = new Set<string>();
  for (const alt of [ascii, ...alternates.split(',')]) {
    if (!isEnglishUsable(alt)) continue;
    const key = nameKey(alt);
    if (key && key !== primary) keys.add(key);
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

const out = {
  about: 'dyad gazetteer: see models/places/SOURCE.md. Built by `npm run build:places`.',
  countryColumns: ['iso2', 'iso3', 'name', 'geonameid', 'population', 'lat', 'lon', 'capital', 'aliasKeys', 'demonymKeys'],
  countries: countryRows,
  admin1Columns: ['code', 'name', 'geonameid', 'lat', 'lon', 'cityPopulation', 'aliasKeys'],
  admin1: admin1Rows,
  placeColumns: ['geonameid', 'name', 'nameKey', 'country2', 'admin1', 'lat', 'lon', 'population', 'featureCode', 'aliasKeys'],
  places: placeRows,
};
mkdirSync(join(root, 'models', 'places'), { recursive: true });
const path = join(root, 'models', 'places', 'gazetteer.json');
writeFileSync(path, JSON.stringify(out).replace(/\],\[/g, '],\n['));
console.log(`wrote ${path}: ${countryRows.length} countries, ${admin1Rows.length} divisions, ${placeRows.length} places`);
