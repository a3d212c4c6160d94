import { publicId, type Document } from '../../core/document.js';
import type { CodedEvent, EventParticipant } from './types.js';

/** An entity object of a PLOVER record (codebook, "Information object for entities"). */
export interface PloverEntity {
  readonly code: string | null;
  readonly sector: string | null;
  readonly name: string;
  readonly entity_text: string;
}

/**
 * One event as a PLOVER JSON record (codebook chapter "Data Fields"), with dyad's additions:
 * the flags, the CAMEO code, the evidence and the reason (`why`).
 */
export interface PloverRecord {
  readonly id: string;
  readonly doc_id: string;
  readonly date: string | null;
  readonly event: string;
  readonly mode: string | null;
  readonly context: readonly string[];
  readonly actor: readonly PloverEntity[];
  readonly recipient: readonly PloverEntity[];
  readonly speaker: PloverEntity | null;
  readonly cameo: string | null;
  readonly quad_code: 1 | 2 | 3 | 4;
  readonly event_scale: number;
  readonly negated: boolean;
  readonly hypothetical: boolean;
  readonly future: boolean;
  readonly historical: boolean;
  readonly event_loc: { readonly name: string; readonly country: string | null; readonly lat: number | null; readonly lon: number | null } | null;
  readonly event_text: string;
  readonly text_info: { readonly sentence: number; readonly start: number; readonly end: number };
  readonly evidence: string;
  readonly confidence: number;
  readonly why: string;
  readonly coder: 'dyad';
}

/**
 * The document's events as PLOVER records, in text order. `id` is `<doc_id>-<n>` (n from 1);
 * `doc_id` is the input's own id when it had one, else the content id.
 * @example ploverRecords(doc).map((r) => JSON.stringify(r)).join('\n')
 */
export function ploverRecords(doc: Document): PloverRecord[] {
  const docId = publicId(doc);
  return (doc.layers.events?.events ?? []).map((event, n) => toRecord(doc, docId, event, n + 1));
}

function toRecord(doc: Document, docId: string, e: CodedEvent, n: number): PloverRecord {
  return {
    id: `${docId}-${n}`,
    doc_id: docId,
    date: e.date ?? null,
    event: e.event,
    mode: e.mode ?? null,
    context: e.context,
    actor: e.actors.map((a) => entity(doc, a)),
    recipient: e.recipients.map((r) => entity(doc, r)),
    speaker: e.speaker ? entity(doc, e.speaker) : null,
    cameo: e.cameo ?? null,
    quad_code: e.quadCode,
    event_scale: e.score,
    negated: e.negated,
    hypothetical: e.hypothetical,
    future: e.future,
    historical: e.historical,
    event_loc: e.location ? { name: e.location.name, country: e.location.country ?? null, lat: e.location.lat ?? null, lon: e.location.lon ?? null } : null,
    event_text: doc.text.slice(e.trigger.start, e.trigger.end),
    text_info: { sentence: e.sent, start: e.evidence.start, end: e.evidence.end },
    evidence: doc.text.slice(e.evidence.start, e.evidence.end),
    confidence: e.confidence,
    why: e.why,
    coder: 'dyad',
  };
}

function entity(doc: Document, p: EventParticipant): PloverEntity {
  return { code: p.code ?? null, sector: p.sector ?? null, name: p.name, entity_text: doc.text.slice(p.start, p.end) };
}
