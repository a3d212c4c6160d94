/**
 * ICEWS event files (`--format icews`, see #17): the 20 tab-separated columns of the ICEWS coded
 * event data (Harvard Dataverse releases), with a header, dates as YYYY-MM-DD, countries as names.
 */
import { loadKb } from '../stages/actors/kb.js';
import type { PloverEntity } from '../stages/events/plover-records.js';
import type { StoredEvent } from '../store/store.js';
import { cameoFor, goldsteinOf } from './cameo.js';

/** The ICEWS event file columns, in order. */
export const ICEWS_COLUMNS: readonly string[] = [
  'Event ID', 'Event Date', 'Source Name', 'Source Sectors', 'Source Country', 'Event Text', 'CAMEO Code', 'Intensity',
  'Target Name', 'Target Sectors', 'Target Country', 'Story ID', 'Sentence Number', 'Publisher',
  'City', 'District', 'Province', 'Country', 'Latitude', 'Longitude',
];

type Value = string | number | null;

/** One event as an ICEWS row; `lossy` when its CAMEO code was inferred from the PLOVER type. */
export function icewsRow(e: StoredEvent): { row: Value[]; lossy: boolean } {
  const source = e.actor.find((p) => p.code) ?? e.actor[0];
  const target = e.recipient.find((p) => p.code) ?? e.recipient[0];
  const cameo = cameoFor(e);
  const loc = e.event_loc;
  const row: Value[] = [
    e.id, e.date, source?.name ?? null, source?.sector ?? null, countryName(source?.code), e.event_text, cameo.code, goldsteinOf(cameo.code),
    target?.name ?? null, target?.sector ?? null, countryName(target?.code), e.doc_id, e.text_info.sentence + 1, null,
    loc && loc.lat !== null ? loc.name : null, null, null, countryName(loc?.country), loc?.lat ?? null, loc?.lon ?? null,
  ];
  return { row, lossy: cameo.lossy };
}

/** A country's name from the actor knowledge base (ICEWS writes names, not codes); else the code. */
export function countryName(code: PloverEntity['code'] | undefined): string | null {
  if (!code) return null;
  const kb = loadKb();
  const index = kb.country(code);
  return (index !== undefined ? kb.actor(index)?.name : undefined) ?? code;
}
