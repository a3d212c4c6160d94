import type { PloverEntity, PloverRecord } from '../stages/events/plover-records.js';
import type { StoredEvent } from '../store/store.js';

/** A flat table of events: its header and how each column is read from an event. */
export interface Columns {
  readonly header: readonly string[];
  row(event: StoredEvent): (string | number | boolean | null)[];
}

const first = (parties: readonly PloverEntity[]) => parties[0];
const names = (parties: readonly PloverEntity[]) => parties.map((p) => p.name).join('; ');
const codes = (parties: readonly PloverEntity[]) => parties.map((p) => p.code ?? '').join('; ');

/** dyad's own CSV: one row per event, the PLOVER fields flattened (several actors joined with `; `). */
export const CSV_COLUMNS: Columns = {
  header: [
    'id', 'doc_id', 'document', 'date', 'event', 'mode', 'context', 'quad_code', 'event_scale', 'cameo',
    'actor_name', 'actor_code', 'actor_sector', 'recipient_name', 'recipient_code', 'recipient_sector', 'speaker_name',
    'place_name', 'place_country', 'lat', 'lon', 'negated', 'hypothetical', 'future', 'historical', 'confidence',
    'event_text', 'evidence', 'sentence', 'evidence_start', 'evidence_end', 'why',
  ],
  row: (e) => [
    e.id, e.doc_id, e.document, e.date, e.event, e.mode, e.context.join('; '), e.quad_code, e.event_scale, e.cameo,
    names(e.actor), codes(e.actor), e.actor.map((p) => p.sector ?? '').join('; '),
    names(e.recipient), codes(e.recipient), e.recipient.map((p) => p.sector ?? '').join('; '), e.speaker?.name ?? null,
    e.event_loc?.name ?? null, e.event_loc?.country ?? null, e.event_loc?.lat ?? null, e.event_loc?.lon ?? null,
    e.negated, e.hypothetical, e.future, e.historical, e.confidence,
    e.event_text, e.evidence, e.text_info.sentence, e.text_info.start, e.text_info.end, e.why,
  ],
};

/**
 * GDELT 2.0 event table column names where a PLOVER field fills them (docs/exports.md has the
 * mapping), then dyad's columns for what GDELT lacks. Only the first actor and recipient fit.
 */
export const GDELT_COLUMNS: Columns = {
  header: [
    'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
    'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1Type1Code',
    'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2Type1Code',
    'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass',
    'NumMentions', 'NumSources', 'NumArticles',
    'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID',
    'SOURCEURL',
    'PloverEvent', 'PloverMode', 'PloverScore', 'Negated', 'Hypothetical', 'Future', 'Historical', 'Evidence', 'Why',
  ],
  row: (e) => {
    const a1 = first(e.actor);
    const a2 = first(e.recipient);
    const [year, month, day] = (e.date ?? '').split('-').map(Number);
    return [
      e.id, e.date && day ? e.date.replace(/-/g, '') : null, month ? `${year}${String(month).padStart(2, '0')}` : null, year || null, fraction(year, month, day),
      actorCode(a1), a1?.name ?? null, a1?.code ?? null, a1?.sector ?? null,
      actorCode(a2), a2?.name ?? null, a2?.code ?? null, a2?.sector ?? null,
      1, e.cameo, e.cameo?.slice(0, 3) ?? null, e.cameo?.slice(0, 2) ?? null, e.quad_code,
      1, 1, 1,
      geoType(e), e.event_loc?.name ?? null, e.event_loc?.country ?? null, e.event_loc?.lat ?? null, e.event_loc?.lon ?? null, null,
      e.doc_id,
      e.event, e.mode, e.event_scale, e.negated, e.hypothetical, e.future, e.historical, e.evidence, e.why,
    ];
  },
};

/** GDELT's actor code: the country code followed by the role (sector) code, e.g. `RUSGOV`. */
function actorCode(p: PloverEntity | undefined): string | null {
  return p ? `${p.code ?? ''}${p.sector ?? ''}` || null : null;
}

/** GDELT's FractionDate: the year plus (month·30 + day) / 365, as the GDELT codebook computes it. */
function fraction(year: number, month: number, day: number): number | null {
  if (!year || !month || !day) return null;
  return Math.round((year + (month * 30 + day) / 365) * 10000) / 10000;
}

/** GDELT geo type: 1 country, 4 a place with coordinates (city or landmark). */
function geoType(e: PloverRecord): number | null {
  if (!e.event_loc) return null;
  return e.event_loc.lat !== null ? 4 : 1;
}

/** The PLOVER record of a stored event, without dyad's storage fields. */
export function ploverOf(e: StoredEvent): PloverRecord {
  const { document: _document, trigger: _trigger, ...record } = e;
  return record;
}
