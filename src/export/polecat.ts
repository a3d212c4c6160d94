/**
 * POLECAT files (`--format polecat`, see #17): the 39 tab-separated columns of the POLECAT weekly
 * releases (Harvard Dataverse), with a header. POLECAT is PLOVER-coded, so types, modes, contexts,
 * quad codes and intensities carry over as they are.
 */
import type { PloverEntity } from '../stages/events/plover-records.js';
import type { StoredEvent } from '../store/store.js';
import { stateCodeOn } from './states.js';

/** The POLECAT columns, in order (releases before 2023 name `Event Intensity` just `Intensity`). */
export const POLECAT_COLUMNS: readonly string[] = [
  'Event ID', 'Event Date', 'Event Type', 'Event Mode', 'Event Intensity', 'Quad Code', 'Contexts',
  'Actor Name', 'Actor Country', 'Actor COW', 'Primary Actor Sector', 'Actor Sectors', 'Actor Title', 'Actor Name Raw', 'Wikipedia Actor ID',
  'Recipient Name', 'Recipient Country', 'Recipient COW', 'Primary Recipient Sector', 'Recipient Sectors', 'Recipient Title', 'Recipient Name Raw', 'Wikipedia Recipient ID',
  'Placename', 'City', 'District', 'Province', 'Country', 'Latitude', 'Longitude', 'GeoNames ID', 'Raw Placename', 'Feature Type',
  'Source', 'Publication Date', 'Story People', 'Story Organizations', 'Story Locations', 'Language', 'Version',
];

type Value = string | number | null;

/** POLECAT quad codes name the classes; PLOVER's quad 1–4 in that order. */
const QUAD_NAMES = ['VERBAL COOPERATION', 'MATERIAL COOPERATION', 'VERBAL CONFLICT', 'MATERIAL CONFLICT'] as const;

/** One event as a POLECAT row. Several actors are joined with `;` as POLECAT joins them. */
export function polecatRow(e: StoredEvent, version: string): Value[] {
  const loc = e.event_loc;
  const day = e.date && e.date.length >= 10 ? e.date.slice(0, 10) : null;
  return [
    e.id, e.date, e.event, e.mode, e.event_scale, QUAD_NAMES[e.quad_code - 1], e.context.join(';'),
    ...side(e.actor, day), ...side(e.recipient, day),
    loc?.name ?? null, loc && loc.lat !== null ? loc.name : null, null, null, loc?.country ?? null, loc?.lat ?? null, loc?.lon ?? null,
    null, loc?.name ?? null, loc ? (loc.lat !== null ? 'city' : 'country') : null,
    null, e.published ? e.published.slice(0, 10) : null, null, null, null, 'en', `dyad ${version}`,
  ];
}

/** Name, country, COW code, primary sector, sectors, title, raw name and Wikidata id of one side. */
function side(parties: readonly PloverEntity[], day: string | null): Value[] {
  if (!parties.length) return [null, null, null, null, null, null, null, null];
  const join = (f: (p: PloverEntity) => string | number | null | undefined) => parties.map((p) => f(p) ?? '').join(';');
  const cow = (p: PloverEntity) => (p.code && day ? stateCodeOn(p.code, 'cow', day) : undefined);
  return [
    join((p) => p.name), join((p) => p.code), join(cow), parties[0].sector, join((p) => p.sector), null, join((p) => p.entity_text), null,
  ];
}
