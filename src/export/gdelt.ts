/**
 * GDELT 2.0 files (`--format gdelt`, `--format gdelt-mentions`, see #17): the event table exactly
 * as the GDELT 2.0 Event Codebook lays it out (61 tab-separated columns, no header) and the
 * mentions table (16 columns), so that readers written for GDELT load dyad's events unchanged.
 * docs/exports.md gives the value of each column.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { assetPath } from '../core/assets.js';
import type { PloverEntity } from '../stages/events/plover-records.js';
import type { StoredEvent } from '../store/store.js';
import { cameoFor, cameoQuad, goldsteinOf } from './cameo.js';

const actorFields = (n: 1 | 2) => [
  `Actor${n}Code`, `Actor${n}Name`, `Actor${n}CountryCode`, `Actor${n}KnownGroupCode`, `Actor${n}EthnicCode`,
  `Actor${n}Religion1Code`, `Actor${n}Religion2Code`, `Actor${n}Type1Code`, `Actor${n}Type2Code`, `Actor${n}Type3Code`,
];
const geoFields = (prefix: string) => [
  `${prefix}_Type`, `${prefix}_FullName`, `${prefix}_CountryCode`, `${prefix}_ADM1Code`, `${prefix}_ADM2Code`,
  `${prefix}_Lat`, `${prefix}_Long`, `${prefix}_FeatureID`,
];

/** The 61 columns of the GDELT 2.0 event table, in order (GDELT Event Codebook V2.0). */
export const GDELT_EVENT_COLUMNS: readonly string[] = [
  'GlobalEventID', 'Day', 'MonthYear', 'Year', 'FractionDate',
  ...actorFields(1), ...actorFields(2),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...geoFields('Actor1Geo'), ...geoFields('Actor2Geo'), ...geoFields('ActionGeo'),
  'DATEADDED', 'SOURCEURL',
];

/** The 16 columns of the GDELT 2.0 mentions table, in order. */
export const GDELT_MENTION_COLUMNS: readonly string[] = [
  'GlobalEventID', 'EventTimeDate', 'MentionTimeDate', 'MentionType', 'MentionSourceName', 'MentionIdentifier',
  'SentenceID', 'Actor1CharOffset', 'Actor2CharOffset', 'ActionCharOffset', 'InRawText', 'Confidence',
  'MentionDocLen', 'MentionDocTone', 'MentionDocTranslationInfo', 'Extras',
];

type Value = string | number | null;

/**
 * GDELT's numeric event id for a dyad event id: the first 52 bits of its SHA-256, so it is stable
 * across runs and re-codings (it is the same number whenever the dyad id is the same).
 */
export function globalEventId(id: string): number {
  return Number.parseInt(createHash('sha256').update(id).digest('hex').slice(0, 13), 16);
}

/** One event as a GDELT 2.0 event row; `lossy` when its CAMEO code was inferred from the PLOVER type. */
export function gdeltEventRow(e: StoredEvent): { row: Value[]; lossy: boolean } {
  const a1 = e.actor.find((p) => p.code) ?? e.actor[0];
  const a2 = e.recipient.find((p) => p.code) ?? e.recipient[0];
  const cameo = cameoFor(e);
  const [year, month, day] = (e.date ?? '').split('-').map(Number);
  const loc = e.event_loc;
  const row: Value[] = [
    globalEventId(e.id), day ? e.date!.replace(/-/g, '') : null, month ? `${year}${pad(month)}` : null, year || null, fraction(year, month, day),
    ...actorBlock(a1), ...actorBlock(a2),
    // The lead: GDELT's root events are those of the first paragraph; dyad counts the first two sentences.
    e.text_info.sentence <= 1 ? 1 : 0,
    cameo.code, cameo.code?.slice(0, 3) ?? null, cameo.code?.slice(0, 2) ?? null,
    cameoQuad(cameo.code) ?? e.quad_code, goldsteinOf(cameo.code),
    // With --dedup the row is a story's act: its reports and their sources (dyad counts one mention
    // per reporting article); else the row is one report's event.
    e.story?.numReports ?? 1, e.story?.numSources ?? 1, e.story?.numReports ?? 1, null,
    ...emptyGeo(), ...emptyGeo(),
    loc ? geoType(loc.country, loc.lat) : null, loc?.name ?? null, loc?.country ? (fipsOf(loc.country) ?? null) : null, null, null,
    loc?.lat ?? null, loc?.lon ?? null, null,
    dateAdded(e.published ?? e.date), e.doc_id,
  ];
  return { row, lossy: cameo.lossy };
}

/** One event as a GDELT 2.0 mentions row: the report it was read from, with character offsets. */
export function gdeltMentionRow(e: StoredEvent): Value[] {
  const offset = (p: PloverEntity | undefined) => (p ? Math.max(0, e.evidence.indexOf(p.entity_text)) + e.text_info.start : -1);
  const time = dateAdded(e.published ?? e.date);
  return [
    globalEventId(e.id), dateAdded(e.date ?? e.published), time, 1, null, e.doc_id,
    e.text_info.sentence + 1, offset(e.actor[0]), offset(e.recipient[0]), e.trigger.start, 1, Math.round(e.confidence * 100),
    null, null, null, `<DYADID>${e.id}</DYADID>`,
  ];
}

/** A tab-separated line without quoting (GDELT has none): tabs and line breaks in text become spaces. */
export function tsvLine(fields: readonly Value[]): string {
  return fields.map((f) => (f === null ? '' : String(f).replace(/[\t\r\n]+/g, ' '))).join('\t') + '\n';
}

function actorBlock(p: PloverEntity | undefined): Value[] {
  if (!p) return Array.from({ length: 10 }, () => null);
  const code = `${p.code ?? ''}${p.sector ?? ''}` || null;
  return [code, p.name.toUpperCase(), p.code, null, null, null, null, p.sector, null, null];
}

const emptyGeo = (): Value[] => Array.from({ length: 8 }, () => null);

/** GDELT geo types: 1 country, 3 US city, 4 world city. */
function geoType(country: string | null, lat: number | null): number {
  if (lat === null) return 1;
  return country === 'USA' ? 3 : 4;
}

/** DATEADDED: the article's publication time, YYYYMMDDHHMMSS UTC (midnight when only a day is known). */
function dateAdded(date: string | null): string | null {
  if (!date || date.length < 10) return null;
  const t = Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date);
  return Number.isNaN(t) ? null : new Date(t).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

function fraction(year: number, month: number, day: number): number | null {
  if (!year || !month || !day) return null;
  return Math.round((year + (month * 30 + day) / 365) * 10000) / 10000;
}

const pad = (n: number) => String(n).padStart(2, '0');

let fips: ReadonlyMap<string, string> | undefined;

/** GDELT's geography uses FIPS 10-4 country codes; dyad keeps ISO3 (table in `data/fips.tsv`). */
export function fipsOf(iso3: string): string | undefined {
  fips ??= new Map(
    readFileSync(assetPath('src', 'export', 'data', 'fips.tsv'), 'utf8').split('\n')
      .filter((l) => l && !l.startsWith('#')).slice(1).map((l) => l.split('\t') as [string, string]),
  );
  return fips.get(iso3);
}
