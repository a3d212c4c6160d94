/**
 * Build the NER gazetteer from GeoNames, the country packages, the Phoenix actor dictionaries and
 * the hand-kept lists in src/stages/entities/data. Also returns the name sets used to split
 * CoNLL's LOC into GPE/LOC and its MISC demonyms into NORP.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import isoCountries from 'i18n-iso-countries';
import { Gazetteer, GAZETTEER_LISTS, phraseWords, type GazetteerList } from '../../src/stages/entities/gazetteer.js';

export interface GazetteerBuild {
  readonly gazetteer: Gazetteer;
  /** Lower-cased phrase keys (words joined by spaces) of each list. */
  readonly sets: Record<GazetteerList, Set<string>>;
}

// The package's types describe an ES default export, but it ships CommonJS: load it as such.
const countries = createRequire(import.meta.url)('world-countries') as Countries;

const ROLE_WORDS = new Set([
  'president', 'prime', 'minister', 'foreign', 'defense', 'defence', 'secretary', 'general', 'chairman', 'leader',
  'king', 'queen', 'prince', 'vice', 'deputy', 'former', 'chief', 'head', 'of', 'the', 'ambassador', 'governor',
]);

/** Read a hand-kept list: one phrase a line, `#` comments. */
function readList(path: string): string[] {
  return readFileSync(path, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

/** Phoenix names are upper-case with underscores: `VLADIMIR_PUTIN_` → `vladimir putin`. */
function phoenixName(raw: string): string {
  return raw.replace(/\(.*?\)/g, ' ').replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

interface PhoenixEntry {
  readonly names: string[];
  readonly codes: string[];
  readonly countryInfo: boolean;
}

/** Entries of a Phoenix .actors file: a main name, `+` synonyms, and `[CODE dates]` lines. */
function readPhoenix(path: string): PhoenixEntry[] {
  const entries: { names: string[]; codes: string[]; countryInfo: boolean }[] = [];
  for (const line of readFileSync(path, 'latin1').split('\n')) {
    const text = line.replace(/#.*$/, '').trimEnd();
    if (!text.trim()) continue;
    const codes = [...text.matchAll(/\[([A-Z0-9]+)/g)].map((m) => m[1]);
    const name = text.replace(/\[.*$/, '').trim();
    if (/^\s/.test(line) || !name) {
      entries.at(-1)?.codes.push(...codes);
    } else if (name.startsWith('+')) {
      entries.at(-1)?.names.push(phoenixName(name.slice(1)));
      entries.at(-1)?.codes.push(...codes);
    } else {
      entries.push({ names: [phoenixName(name)], codes, countryInfo: line.includes('CountryInfo.txt') });
    }
  }
  return entries;
}

/** Collect every list. `shared` is the shared data folder, `handLists` the stage's data folder. */
export function buildGazetteers(shared: string, handLists: string): GazetteerBuild {
  const sets = Object.fromEntries(GAZETTEER_LISTS.map((l) => [l, new Set<string>()])) as Record<GazetteerList, Set<string>>;
  const add = (list: GazetteerList, phrase: string) => {
    const key = phraseWords(phrase).join(' ');
    if (key && /\p{L}/u.test(key)) sets[list].add(key);
  };

  for (const c of countries) {
    add('country', c.name.common);
    add('country', c.name.official);
    for (const alt of c.altSpellings) if (alt.length > 3) add('country', alt);
    const eng = c.demonyms?.eng;
    for (const d of eng ? [eng.f, eng.m] : []) {
      add('demonym', d);
      if (/n$/.test(d)) add('demonym', d + 's');
    }
  }
  for (const names of Object.values(isoCountries.getNames('en', { select: 'all' }))) for (const name of names) add('country', name);

  const geo = join(shared, 'gazetteer', 'geonames');
  for (const line of readFileSync(join(geo, 'cities15000.txt'), 'utf8').split('\n')) {
    const cols = line.split('\t');
    if (cols.length < 15) continue;
    add('city', cols[1]);
    add('city', cols[2]);
    // English exonyms such as "Kiev" sit among the alternates of large cities only.
    if (Number(cols[14]) >= 300_000) {
      for (const alt of cols[3].split(',')) if (/^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*$/.test(alt)) add('city', alt);
    }
  }
  for (const line of readFileSync(join(geo, 'admin1Codes.tsv'), 'utf8').split('\n').slice(1)) {
    const cols = line.split('\t');
    if (cols.length > 2) {
      add('region', cols[1]);
      add('region', cols[2]);
    }
  }
  for (const line of readFileSync(join(geo, 'countryInfo.tsv'), 'utf8').split('\n')) {
    const cols = line.split('\t');
    if (!line.startsWith('#') && cols.length > 5) add('country', cols[4]);
  }

  const petrarch = join(shared, 'eventdata', 'petrarch2');
  for (const entry of readPhoenix(join(petrarch, 'Phoenix.Countries.actors.txt'))) {
    const isCountry = entry.codes.length > 0 && entry.codes.every((c) => c.length === 3);
    for (const name of entry.names) {
      const words = name.split(' ');
      if (entry.countryInfo) {
        if (words.some((w) => ROLE_WORDS.has(w)) || words.length > 4) continue;
        add('person', name);
        if (words.length > 1) add('first', words[0]);
      } else if (isCountry) {
        if (!sets.demonym.has(name)) add('country', name);
      } else add('org', name);
    }
  }
  for (const file of ['Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt']) {
    for (const entry of readPhoenix(join(petrarch, file))) for (const name of entry.names) add('org', name);
  }

  for (const name of readList(join(handLists, 'locations.txt'))) add('location', name);
  for (const name of readList(join(handLists, 'groups.txt'))) add('demonym', name);
  for (const name of readList(join(handLists, 'titles.txt'))) add('title', name);
  for (const name of readList(join(handLists, 'organizations.txt'))) add('org', name);

  const gazetteer = new Gazetteer();
  GAZETTEER_LISTS.forEach((list, index) => {
    for (const key of [...sets[list]].sort()) gazetteer.add(index, key);
  });
  return { gazetteer, sets };
}
