import { articleDate } from '../core/days.js';
import type { Document } from '../core/document.js';
import '../stages/actors/types.js';
import '../stages/events/types.js';
import '../stages/places/types.js';
import '../stages/quotes/types.js';
import { ploverRecords } from '../stages/events/plover-records.js';
import { QUAD_CLASSES } from '../stages/events/plover.js';
import { happened } from './store.js';

/**
 * The rows of the query tables (events, their parties, actor mentions, quotes, places, pair
 * totals) that a document's layers give, whatever database holds them. Each store writes them in
 * the transaction that stores the document, so the tables never disagree with the layers.
 */

/** Columns of `events` after `doc_rowid`, in the order of `DerivedEvent.values`. */
export const EVENT_COLUMNS = [
  'n', 'date', 'event', 'mode', 'quad', 'score', 'cameo', 'actor_id', 'actor_code', 'recipient_id', 'recipient_code',
  'negated', 'hypothetical', 'future', 'historical', 'confidence', 'sent', 'trigger_start', 'trigger_end', 'evidence_start', 'evidence_end', 'evidence',
  'place_name', 'place_country', 'lat', 'lon', 'contexts', 'record',
] as const;
/** Columns of `event_parties` after `event_rowid`. */
export const PARTY_COLUMNS = ['role', 'actor_id', 'name', 'code'] as const;
/** Columns of `actor_mentions`, `quotes` and `places` after `doc_rowid`. */
export const MENTION_COLUMNS = ['actor_id', 'name', 'code', 'sector', 'role', 'start', '"end"'] as const;
export const QUOTE_COLUMNS = ['kind', 'speaker_id', 'speaker_name', 'speaker_code', 'start', '"end"', 'text'] as const;
export const PLACE_COLUMNS = ['name', 'country', 'lat', 'lon', 'kind', 'role', 'start', '"end"'] as const;

export type Row = unknown[];

export interface DerivedEvent {
  readonly values: Row;
  readonly parties: Row[];
  /** The primary dyad's codes, when both sides have one and the event happened (`happened`), for the pair rollups. */
  readonly pair?: PairAddition;
}

/** One event's contribution to `pair_totals` and (when dated) to `pair_days`. */
export interface PairAddition {
  readonly actor: string;
  readonly recipient: string;
  readonly date: string | null;
  readonly score: number;
  readonly quad: number;
}

export interface DerivedRows {
  readonly events: DerivedEvent[];
  readonly mentions: Row[];
  readonly quotes: Row[];
  readonly places: Row[];
}

/** A document's query-table rows. A document without a layer simply gives no rows for it. */
export function deriveRows(doc: Document): DerivedRows {
  const records = ploverRecords(doc);
  // Events without their own date fall on the article's publication day.
  const docDate = articleDate(doc) ?? null;
  const scope = (actorId: string) => scopedActorId(doc.id, actorId);
  const events = (doc.layers.events?.events ?? []).map((e, i): DerivedEvent => {
    const actor = e.actors.find((p) => p.code) ?? e.actors[0];
    const recipient = e.recipients.find((p) => p.code) ?? e.recipients[0];
    const date = e.date ?? docDate;
    return {
      values: [
        i + 1, date, e.event, e.mode ?? null, e.quadCode, e.score, e.cameo ?? null,
        actor ? scope(actor.actorId) : null, actor?.code ?? null, recipient ? scope(recipient.actorId) : null, recipient?.code ?? null,
        +e.negated, +e.hypothetical, +e.future, +e.historical, e.confidence, e.sent,
        e.trigger.start, e.trigger.end, e.evidence.start, e.evidence.end, doc.text.slice(e.evidence.start, e.evidence.end),
        e.location?.name ?? null, e.location?.country ?? null, e.location?.lat ?? null, e.location?.lon ?? null,
        JSON.stringify(e.context), JSON.stringify({ ...records[i], date: records[i].date ?? docDate }),
      ],
      parties: [
        ...e.actors.map((p) => ['actor', scope(p.actorId), p.name, p.code ?? null]),
        ...e.recipients.map((p) => ['recipient', scope(p.actorId), p.name, p.code ?? null]),
      ],
      // The rollups count only events that happened: "did not attack" and "must withdraw" are no conflict between the two.
      ...(actor?.code && recipient?.code && happened(e) ? { pair: { actor: actor.code, recipient: recipient.code, date, score: e.score, quad: e.quadCode } } : {}),
    };
  });
  return {
    events,
    mentions: (doc.layers.actors ?? []).map((m) => [scope(m.actorId), m.name, m.code ?? null, m.sector ?? null, m.role ?? null, m.start, m.end]),
    quotes: (doc.layers.quotes ?? []).map((q) => {
      const s = q.speaker;
      return [q.kind, s?.actorId ? scope(s.actorId) : null, s?.name ?? (s ? doc.text.slice(s.start, s.end) : null), s?.code ?? null, q.start, q.end, doc.text.slice(q.start, q.end)];
    }),
    places: (doc.layers.places ?? []).map((p) => [p.name, p.country ?? null, p.lat ?? null, p.lon ?? null, p.kind, p.role ?? null, p.start, p.end]),
  };
}

/**
 * The id an actor is stored under: knowledge-base ids as they are; a document-local id
 * (`local:1`, an unknown person named in one article) scoped by its document, `local:<doc id>:1`,
 * so that the same local number in two articles stays two actors (see #16).
 */
export function scopedActorId(docId: string, actorId: string): string {
  return actorId.startsWith('local:') ? `local:${docId}:${actorId.slice('local:'.length)}` : actorId;
}

/** A pair addition's counts per quad class, as the `q1`…`q4` columns of `pair_days`. */
export function quadCounts(quad: number): number[] {
  return QUAD_CLASSES.map((_, q) => +(quad === q + 1));
}

/** `(?, ?, …)` for n values. */
export function placeholders(n: number): string {
  return `(${Array.from({ length: n }, () => '?').join(', ')})`;
}
