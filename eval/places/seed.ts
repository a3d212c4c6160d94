import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from '../../src/core/document.js';
import { BACKGROUND_DAYS, MS_PER_DAY } from '../../src/core/days.js';
import { annotateWithMentions, annotateWithNames, annotateWithRecogniser, readArticles } from './annotate.js';
import { distanceKm, occurrences } from './gold.js';

const SEED = join(import.meta.dirname, '..', '..', '..', 'shared', 'seed');
const NAME = 'tass-2020-06-26-putin-macron';

interface SeedGold {
  places: { text: string; country: string; kind: string; lat?: number; lon?: number; canonical?: string; role?: string }[];
  dates: { text: string; value: string }[];
  themes: { required: string[]; acceptable: string[]; note: string };
  meta: { date: string };
}

export interface SeedResult {
  readonly rows: string[];
  readonly placesRight: number;
  readonly placesTotal: number;
  readonly coordsRight: number;
  readonly coordsTotal: number;
  readonly datesRight: number;
  readonly datesTotal: number;
  readonly themesRequired: number;
  readonly themesFound: number;
  readonly themesExtra: string[];
  readonly topics: string[];
  readonly namesRecall: number;
  readonly recogniserRecall: number;
}

/** Score places, dates and themes on the seed article against its gold annotation. */
export async function scoreSeed(): Promise<SeedResult> {
  const gold = JSON.parse(readFileSync(join(SEED, `${NAME}.gold.json`), 'utf8')) as SeedGold;
  const [raw] = await readArticles(join(SEED, `${NAME}.txt`));
  const bodyPlaces = gold.places.filter((p) => p.role !== 'dateline');
  const mentions = bodyPlaces.flatMap((p) => occurrences(raw.text, p.text));
  const doc = annotateWithMentions(raw, mentions);
  const rows: string[] = [];
  let placesRight = 0;
  let coordsRight = 0;
  let coordsTotal = 0;
  for (const g of gold.places) {
    const found = g.role === 'dateline' ? doc.layers.places!.filter((p) => p.role === 'dateline') : doc.layers.places!.filter((p) => !p.role && doc.text.slice(p.start, p.end) === g.text);
    const right = found.length > 0 && found.every((p) => p.country === g.country && (!g.canonical || p.name === g.canonical));
    placesRight += right ? 1 : 0;
    let km = '';
    if (g.lat !== undefined && g.lon !== undefined) {
      coordsTotal++;
      const far = Math.max(...found.map((p) => (p.lat === undefined ? Infinity : distanceKm({ lat: g.lat!, lon: g.lon! }, { lat: p.lat, lon: p.lon! }))));
      coordsRight += far <= 25 ? 1 : 0;
      km = `${far.toFixed(1)} km`;
    }
    rows.push(`| place | ${g.text}${g.role ? ` (${g.role})` : ''} | ${g.country}${g.canonical ? ` ${g.canonical}` : ''} | ${found.map((p) => `${p.name} ${p.country ?? '—'}`).join(', ') || 'not found'} ${km} | ${right ? '✓' : '✗'} |`);
  }
  const datesRight = gold.dates.filter((g) => scoreDate(doc, g, gold.meta.date, rows)).length;
  const contexts = (doc.layers.themes?.contexts ?? []).map((c) => c.context as string);
  const themesFound = gold.themes.required.filter((c) => contexts.includes(c)).length;
  for (const c of gold.themes.required) rows.push(`| context (required) | ${c} | found | ${contexts.includes(c) ? 'found' : 'missing'} | ${contexts.includes(c) ? '✓' : '✗'} |`);
  const allowed = new Set([...gold.themes.required, ...gold.themes.acceptable]);
  const foundBy = (list: readonly { start: number; end: number; country?: string }[]): number =>
    gold.places.filter((g) => list.some((p) => p.country === g.country && doc.text.slice(p.start, p.end).toLowerCase() === g.text.toLowerCase())).length;
  const namesFound = foundBy(annotateWithNames(raw).layers.places ?? []);
  const recognisedFound = foundBy(annotateWithRecogniser(raw).layers.places ?? []);
  return {
    rows, placesRight, placesTotal: gold.places.length, coordsRight, coordsTotal, datesRight, datesTotal: gold.dates.length,
    themesRequired: gold.themes.required.length, themesFound, themesExtra: contexts.filter((c) => !allowed.has(c)),
    topics: (doc.layers.themes?.topics ?? []).map((t) => t.name), namesRecall: namesFound / gold.places.length,
    recogniserRecall: recognisedFound / gold.places.length,
  };
}

/** A gold date is right when a mention overlapping its text has its value (and the background flag its age implies). */
function scoreDate(doc: Document, g: { text: string; value: string }, published: string, rows: string[]): boolean {
  const spans = occurrences(doc.text, g.text);
  const found = (doc.layers.dates ?? []).find((d) => spans.some((s) => d.start < s.end && s.start < d.end));
  const background = Date.parse(published) - Date.parse(endOf(g.value)) > BACKGROUND_DAYS * MS_PER_DAY;
  const right = found !== undefined && found.value === g.value && (found.background ?? false) === background;
  rows.push(`| date | ${g.text} | ${g.value}${background ? ' background' : ''} | ${found ? `${found.value}${found.background ? ' background' : ''}` : 'not found'} | ${right ? '✓' : '✗'} |`);
  return right;
}

/** Last day of an ISO date of any granularity (`2015` → 2015-12-31). */
function endOf(value: string): string {
  if (/^\d{4}$/.test(value)) return `${value}-12-31`;
  if (/^\d{4}-\d{2}$/.test(value)) return `${value}-28`;
  return value;
}
