import type { PloverEntity, PloverRecord } from '../stages/events/plover-records.js';
import type { StoredEvent } from '../store/store.js';
import { cameoQuad, goldsteinOf } from './cameo.js';

/** A flat table of events: its header and how each column is read from an event. */
export interface Columns {
  readonly header: readonly string[];
  row(event: StoredEvent): (string | number | boolean | null)[];
}

const names = (parties: readonly PloverEntity[]) => parties.map((p) => p.name).join('; ');
const codes = (parties: readonly PloverEntity[]) => parties.map((p) => p.code ?? '').join('; ');

/** dyad's own CSV: one row per event, the PLOVER fields flattened (several actors joined with `; `). */
export const CSV_COLUMNS: Columns = {
  header: [
    'id', 'doc_id', 'document', 'date', 'event', 'mode', 'context', 'quad_code', 'event_scale', 'cameo', 'cameo_quad', 'goldstein',
    'actor_name', 'actor_code', 'actor_sector', 'recipient_name', 'recipient_code', 'recipient_sector', 'speaker_name',
    'place_name', 'place_country', 'lat', 'lon', 'negated', 'hypothetical', 'future', 'historical', 'confidence',
    'event_text', 'evidence', 'sentence', 'evidence_start', 'evidence_end', 'trigger_start', 'trigger_end', 'why',
    'story_event', 'num_articles', 'num_sources',
  ],
  row: (e) => [
    e.id, e.doc_id, e.document, e.date, e.event, e.mode, e.context.join('; '), e.quad_code, e.event_scale, e.cameo, cameoQuad(e.cameo), goldsteinOf(e.cameo),
    names(e.actor), codes(e.actor), e.actor.map((p) => p.sector ?? '').join('; '),
    names(e.recipient), codes(e.recipient), e.recipient.map((p) => p.sector ?? '').join('; '), e.speaker?.name ?? null,
    e.event_loc?.name ?? null, e.event_loc?.country ?? null, e.event_loc?.lat ?? null, e.event_loc?.lon ?? null,
    e.negated, e.hypothetical, e.future, e.historical, e.confidence,
    e.event_text, e.evidence, e.text_info.sentence, e.text_info.start, e.text_info.end, e.trigger.start, e.trigger.end, e.why,
    // Known when the export asks for --dedup: the story's act this row stands for, as GDELT's NumArticles and NumSources.
    e.story?.event ?? null, e.story?.numReports ?? null, e.story?.numSources ?? null,
  ],
};

/** The PLOVER record of a stored event, without dyad's storage fields. */
export function ploverOf(e: StoredEvent): PloverRecord {
  const { document: _document, published: _published, trigger: _trigger, story: _story, ...record } = e;
  return record;
}
