/**
 * `npm run build:actors`: compile the actor knowledge base into `models/actors/kb.bin`.
 * Sources (attribution in models/actors/SOURCE.md): the Phoenix dictionaries of PETRARCH2 (MIT),
 * GeoNames country and city tables (CC BY 4.0), the npm packages world-countries (ODbL) and
 * i18n-iso-countries (MIT), and dyad's own files in src/stages/actors/data/. Deterministic: the
 * same inputs give the same bytes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAdjectives, parseAgentNouns, parseHistoricalStates, parseMetonyms, parseOfficeHolders, parseOrganisations, parseWordList, type DataProblem } from '../src/stages/actors/kb-data.js';
import { nameKey } from '../src/stages/actors/name-key.js';
import { ACTORS_KB } from '../src/stages/actors/kb.js';
import { encodeKb } from '../src/stages/actors/kb-format.js';
import { KbBuilder } from './actors-kb-builder.js';
import { SOURCES, writeAsset } from './write-asset.js';
import { parsePhoenixActors, parsePhoenixAgents } from '../src/stages/actors/phoenix-format.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared', 'data');
const dataDir = join(root, 'src', 'stages', 'actors', 'data');
const require = createRequire(import.meta.url);

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  independent?: boolean;
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

function read(...parts: string[]): string {
  return readFileSync(join(...parts), 'utf8');
}

function readData(file: string, parse: (text: string, problems: DataProblem[]) => unknown[]): unknown[] {
  const problems: DataProblem[] = [];
  const records = parse(read(dataDir, file), problems);
  for (const p of problems) console.error(`${file}:${p.line}: ${p.reason}`);
  if (problems.length > 0) process.exitCode = 1;
  return records;
}

const kb = new KbBuilder();

// Countries: GeoNames gives code, name, capital and population (to order ambiguous demonyms).
const geo = read(shared, 'gazetteer', 'geonames', 'countryInfo.tsv').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
const iso2to3 = new Map<string, string>();
const capitals = new Map<string, string>();
const byPopulation = [...geo].sort((a, b) => Number(b[7]) - Number(a[7]));
for (const cells of byPopulation) {
  const [iso2 = '', iso3raw = '', , , name = '', capital = ''] = cells;
  const iso3 = kb.isoCode(iso3raw);
  iso2to3.set(iso2, iso3);
  kb.addCountry(iso3, name);
  if (capital) capitals.set(iso3, capital);
}
const notCountryNames = new Set(parseWordList(read(dataDir, 'not-country-names.txt')).map(nameKey));
const world = JSON.parse(read(root, 'node_modules', 'world-countries', 'countries.json')) as WorldCountry[];
const rank = new Map(byPopulation.map((cells, i) => [kb.isoCode(cells[1] ?? ''), i]));
// Independent states first, then by population: "French" is France, not the French Southern Territories.
const worldOrdered = [...world].sort((a, b) => Number(b.independent ?? false) - Number(a.independent ?? false) || (rank.get(kb.isoCode(a.cca3)) ?? 1e9) - (rank.get(kb.isoCode(b.cca3)) ?? 1e9));
for (const c of worldOrdered) {
  const code = kb.isoCode(c.cca3);
  kb.addCountry(code, c.name.common);
  kb.addCountryName(code, c.name.official);
  for (const alt of c.altSpellings) if ((alt.length > 2 || alt.includes('.')) && !notCountryNames.has(nameKey(alt))) kb.addCountryName(code, alt);
  for (const demonym of new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f])) if (demonym) kb.addAdjective(code, demonym);
}
const isoCountries = require('i18n-iso-countries') as { getNames(lang: string, o: { select: 'all' }): Record<string, string[]> };
for (const [iso2, names] of Object.entries(isoCountries.getNames('en', { select: 'all' }))) {
  const code = iso2to3.get(iso2);
  if (code) for (const name of names) kb.addCountryName(code, name);
}

// Capitals stand for governments ("Moscow said"); GeoNames alternate spellings give "Kiev" for Kyiv.
const cities = read(shared, 'gazetteer', 'geonames', 'cities15000.txt').split('\n').map((l) => l.split('\t'));
const cityNames = new Set<string>();
for (const [, name = '', ascii = ''] of cities) for (const n of [name, ascii]) cityNames.add(n);
for (const cells of cities) {
  const [, name = '', ascii = '', alternates = '', , , , feature = '', iso2 = ''] = cells;
  const code = iso2to3.get(iso2);
  if (feature !== 'PPLC' || !code) continue;
  // An alternate that is another town's own name is no spelling of the capital in English news:
  // "Philadelphia" (Amman's ancient name), "Delhi" (listed for Dili), "Georgetown" (for George Town, Cayman).
  const isOtherTown = (a: string): boolean => a !== name && a !== ascii && cityNames.has(a);
  const latin = alternates.split(',').filter((a) => /^[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+)*$/.test(a) && a.length >= 4 && !isOtherTown(a));
  kb.addCapital(code, capitals.get(code) ?? name, [name, ascii, ...latin]);
}

// A place whose name is also an everyday word ("Union", "Mobile") would turn the word into an
// actor: skip names made of words the UD English treebank writes in lower case more often than not.
const lower = new Map<string, number>();
const upper = new Map<string, number>();
for (const line of read(shared, 'ud', 'UD_English-EWT', 'en_ewt-ud-train.conllu').split('\n')) {
  const form = line.split('\t')[1];
  if (!form || !/^[A-Za-z]+$/.test(form)) continue;
  const counts = /^[a-z]/.test(form) ? lower : upper;
  counts.set(form.toLowerCase(), (counts.get(form.toLowerCase()) ?? 0) + 1);
}
const commonWords = new Set([...lower].filter(([w, n]) => n >= 2 && n > (upper.get(w) ?? 0)).map(([w]) => w));

for (const a of readData('adjectives.tsv', parseAdjectives) as ReturnType<typeof parseAdjectives>) for (const adjective of a.adjectives) kb.addAdjective(a.code, adjective);

// Regions (GeoNames first-level divisions) and cities of 50,000 people or more: a place locates an
// actor ("protesters in Hong Kong"); names that are already something else keep that meaning.
const regions = read(shared, 'gazetteer', 'geonames', 'admin1Codes.tsv').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
const notPlaces = new Set(parseWordList(read(dataDir, 'not-places.txt')).map(nameKey));
const places: { code: string; names: string[] }[] = [];
/**
 * News writes a region's type in English ("Amur Region", "Perm Territory") where GeoNames keeps the
 * local word ("Amur Oblast", "Perm Krai"): the whole name, not its first word, must find the region
 * (Amur alone is also a town in India).
 */
function regionVariants(name: string): string[] {
  const m = /^(.+?) (Oblast|Krai|Kray|Region|Province|Governorate|Prefecture)['’]?$/i.exec(name);
  // "Central Province" gives no "Central Region": a compass word alone names no one place.
  if (!m?.[1] || !m[2] || notPlaces.has(nameKey(m[1]))) return [];
  const kind = m[2].toLowerCase();
  return [...(kind === 'krai' || kind === 'kray' ? ['Territory', 'Krai'] : []), 'Region', 'Oblast', 'Province'].map((w) => `${m[1]} ${w}`).filter((v) => v !== name);
}
for (const [region = '', name = '', ascii = ''] of regions) {
  const code = iso2to3.get(region.split('.')[0] ?? '');
  if (code) places.push({ code, names: [name, ascii, ...regionVariants(ascii)] });
}
const bigCities = cities.filter((c) => Number(c[14]) >= 50000).sort((a, b) => Number(b[14]) - Number(a[14]));
for (const [, name = '', ascii = '', , , , , , iso2 = ''] of bigCities) {
  const code = iso2to3.get(iso2);
  if (code) places.push({ code, names: [name, ascii] });
}

for (const s of readData('historical-states.tsv', parseHistoricalStates) as ReturnType<typeof parseHistoricalStates>) kb.addHistoricalState(s);

// Phoenix: country aliases (cities among them become places), institutions, people, IGOs, NGOs, armed groups.
const petrarch = join(shared, 'eventdata', 'petrarch2');
for (const file of ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt']) {
  for (const record of parsePhoenixActors(read(petrarch, file))) kb.addPhoenixRecord(record, cityNames, commonWords);
}
const notAgents = new Set(parseWordList(read(dataDir, 'not-agents.txt')).map(nameKey));
for (const [noun, code] of parsePhoenixAgents(read(petrarch, 'Phoenix.agents.txt'))) if (!notAgents.has(nameKey(noun))) kb.addAgent(noun, kb.sectorsOfAgentCode(code));

// dyad's own files come last: they override Phoenix where both name the same thing.
for (const a of readData('agents.tsv', parseAgentNouns) as ReturnType<typeof parseAgentNouns>) kb.addAgent(a.noun, a.sectors, true);
// A debtor's bank creditors are business nouns; creditors.ts reads the same list to code them MNC.
for (const noun of parseWordList(read(dataDir, 'creditor-words.txt'))) kb.addAgent(noun, ['BUS'], true);
for (const o of readData('organisations.tsv', parseOrganisations) as ReturnType<typeof parseOrganisations>) kb.addOrganisation(o);
for (const m of readData('metonyms.tsv', parseMetonyms) as ReturnType<typeof parseMetonyms>) kb.addMetonym(m);
// An armed group's name stands for its country's sector as a seat of power does, dated alike (metonyms' columns).
for (const g of readData('armed-groups.tsv', parseMetonyms) as ReturnType<typeof parseMetonyms>) kb.addMetonym(g);
// A country's parties, unions and pressure groups stand for its sectors too (metonyms' columns; see #12).
for (const b of readData('national-bodies.tsv', parseMetonyms) as ReturnType<typeof parseMetonyms>) kb.addMetonym(b);
// A state's agencies and central banks that news names with no country word (metonyms' columns; see #12).
for (const b of readData('government-bodies.tsv', parseMetonyms) as ReturnType<typeof parseMetonyms>) kb.addMetonym(b);
const familyNameFirst = new Set(parseWordList(read(dataDir, 'family-name-first.txt')));
for (const h of readData('office-holders.tsv', parseOfficeHolders) as ReturnType<typeof parseOfficeHolders>) kb.addOfficeHolder(h, familyNameFirst);

// Transliterations of one name ("Mohamed", "Muhammad"): a listed person's name in another spelling is that person.
kb.addSpellings(parseWordList(read(dataDir, 'name-spellings.txt')).map((line) => line.split('|')));

for (const p of places) kb.addPlaceIfFree(p.code, p.names, commonWords, notPlaces);

const out = join(root, 'models', 'actors', 'kb.bin');
const compiled = kb.compile();
writeAsset(out, ACTORS_KB, SOURCES.actors, encodeKb(compiled));
console.log(`wrote ${out}: ${compiled.actors.length} actors, ${Object.keys(compiled.names).length} names, ${Object.keys(compiled.agents).length} agent nouns`);
