import type { Document } from '../core/document.js';
import type { PloverRecord } from '../stages/events/plover-records.js';
import type { EventStory, Story, StoryQuery } from '../stories/types.js';
import type { StoreDocument } from './prepared.js';

/** Outcome of storing one document. */
export type PutStatus = 'stored' | 'duplicate';

/** A full-text search hit. */
export interface SearchHit {
  readonly id: string;
  readonly title?: string;
  readonly date?: string;
  readonly source?: string;
  /** Matching passage with the matched words between `[` and `]`. */
  readonly snippet: string;
}

/** A short row of the document list. */
export interface DocumentSummary {
  readonly id: string;
  readonly sourceId?: string;
  readonly title?: string;
  readonly date?: string;
  readonly source?: string;
  readonly datelinePlace?: string;
  readonly origin: string;
}

export const EVENT_FLAGS = ['negated', 'hypothetical', 'future', 'historical'] as const;
export type EventFlag = (typeof EVENT_FLAGS)[number];

/**
 * Which readings of the text to count. `happened`: the events the text asserts took place, neither
 * negated ("did not attack") nor hypothetical ("must release", "threatened to"); announced
 * (`future`) and background (`historical`) events are kept, on their own dates. `all`: every
 * reading, each with its flags. The pair rollups (`pair_days`, `pair_totals`) hold only events
 * that happened, so trends over them count only those.
 */
export const EVENT_STATUSES = ['happened', 'all'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** True when an event is one that `status: 'happened'` keeps. */
export function happened(e: { readonly negated: boolean; readonly hypothetical: boolean }): boolean {
  return !e.negated && !e.hypothetical;
}

/**
 * Which events to select; every given field must hold. Country and pair filters read the primary
 * dyad (the first actor and recipient with a code); actor filters read every participant.
 */
export interface EventFilter {
  /** Actor id of an actor (the "who"). */
  readonly actor?: string;
  /** Actor id of a recipient (the "to whom"). */
  readonly recipient?: string;
  /** Actor id on either side. */
  readonly party?: string;
  /** Country or organisation code on either side. */
  readonly country?: string;
  readonly actorCountry?: string;
  readonly recipientCountry?: string;
  /** Two codes, in either direction (A→B or B→A). */
  readonly pair?: readonly [string, string];
  /** PLOVER event types; any of them. */
  readonly event?: readonly string[];
  readonly mode?: string;
  /** Quad codes 1–4; any of them. */
  readonly quad?: readonly number[];
  /** A PLOVER context, e.g. `diplomatic`. */
  readonly context?: string;
  /** Inclusive ISO dates (a prefix such as `2020-06` works). */
  readonly from?: string;
  readonly to?: string;
  /** Event location name (case-insensitive) or country code. */
  readonly place?: string;
  readonly placeCountry?: string;
  /** Each given flag must have this value; `{negated: false, …}` keeps only plain assertions. */
  readonly flags?: Partial<Record<EventFlag, boolean>>;
  /** `happened` keeps only events neither negated nor hypothetical (see `EVENT_STATUSES`); absent or `all` keeps every reading. */
  readonly status?: EventStatus;
  /** Full-text query (FTS5) over the evidence clause. */
  readonly text?: string;
  /** Content id of the document. */
  readonly doc?: string;
  /**
   * One row per story event (docs/stories.md): of the events that several articles report of one
   * act, only the first (earliest article, then content id, then number) is kept, and each event
   * carries its `story` with the number of reports and sources.
   */
  readonly dedup?: boolean;
}

export interface PageOptions {
  readonly limit?: number;
  readonly offset?: number;
}

/** One page of results; `next` is the offset of the following page, or null at the end. */
export interface Page<T> {
  readonly items: T[];
  readonly next: number | null;
}

/** A stored event: its PLOVER record, with the content id of its document and the trigger's offsets. */
export interface StoredEvent extends PloverRecord {
  readonly document: string;
  /** The document's publication date (ISO, as stored), when known. */
  readonly published: string | null;
  readonly trigger: { readonly start: number; readonly end: number };
  /** The story event it belongs to; given only when the filter asks for `dedup`. */
  readonly story?: EventStory;
}

export const INTERVALS = ['day', 'week', 'month'] as const;
export type Interval = (typeof INTERVALS)[number];

/** Events of one period: how many, their summed PLOVER score and their count per quad class. */
export interface SeriesPoint {
  /** `YYYY-MM-DD` (day; the Monday for weeks) or `YYYY-MM`. */
  readonly period: string;
  readonly events: number;
  readonly score: number;
  readonly quad: readonly [number, number, number, number];
}

export interface ActorCount {
  readonly actorId: string;
  readonly name: string;
  readonly code: string | null;
  readonly asActor: number;
  readonly asRecipient: number;
}

export interface PairCount {
  readonly actor: string;
  readonly recipient: string;
  readonly events: number;
  readonly score: number;
}

/** What the store knows about an actor across documents. */
export interface ActorSummary {
  readonly actorId: string;
  readonly name: string;
  readonly code: string | null;
  readonly sector: string | null;
  readonly role: string | null;
  readonly mentions: number;
  readonly documents: number;
  /** Events that happened (neither negated nor hypothetical) with this actor as actor, each counted once. */
  readonly asActor: number;
  /** Events that happened with this actor as recipient, each counted once. */
  readonly asRecipient: number;
}

export interface MentionHit {
  readonly document: string;
  readonly title: string | null;
  readonly date: string | null;
  readonly name: string;
  readonly start: number;
  readonly end: number;
  /** The words around the mention. */
  readonly context: string;
}

export interface QuoteHit {
  readonly document: string;
  readonly title: string | null;
  readonly date: string | null;
  readonly kind: string;
  readonly speaker: { readonly actorId: string | null; readonly name: string | null; readonly code: string | null } | null;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A place with how often it is named (mentions) or where events happened (events). */
export interface PlaceCount {
  readonly name: string;
  readonly country: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly count: number;
  /** Summed PLOVER score of the events there (event places only). */
  readonly score?: number;
}

/** A stored document's date and the country codes it mentions (coded actors and places). */
export interface DocumentCountries {
  readonly document: string;
  readonly date: string | null;
  /** Distinct codes, sorted. */
  readonly codes: readonly string[];
}

/** Queries over the tables derived from the layers. */
export interface EventQueries {
  events(filter: EventFilter, page?: PageOptions): Promise<Page<StoredEvent>>;
  /** Every matching event, oldest first, read lazily (for exports). */
  eachEvent(filter: EventFilter): AsyncIterable<StoredEvent>;
  series(filter: EventFilter, interval: Interval): Promise<SeriesPoint[]>;
  topActors(filter: EventFilter, limit?: number): Promise<ActorCount[]>;
  /** Directed pairs of codes of the primary dyad, most events first. */
  topPairs(filter: EventFilter, limit?: number): Promise<PairCount[]>;
  /** Event locations with their number of events. */
  eventPlaces(filter: EventFilter, limit?: number): Promise<PlaceCount[]>;
  actor(actorId: string): Promise<ActorSummary | undefined>;
  /** Actors by name prefix or code, most mentioned first. */
  actors(query: { name?: string; code?: string }, page?: PageOptions): Promise<Page<ActorSummary>>;
  mentions(actorId: string, page?: PageOptions): Promise<Page<MentionHit>>;
  /** Quotes by speaker (actor id, or a name, case-insensitive). */
  quotes(query: { speaker?: string }, page?: PageOptions): Promise<Page<QuoteHit>>;
  /** Places named in the documents, most mentioned first. */
  places(query: { name?: string; country?: string }, page?: PageOptions): Promise<Page<PlaceCount>>;
  /**
   * Every document dated in the inclusive range (ISO date prefixes) with the codes it mentions,
   * read lazily in storage order: the denominators of panels (see #17).
   */
  eachDocumentCountries(range: { from?: string; to?: string }): AsyncIterable<DocumentCountries>;
}

/** The stories the store grouped its documents into when they were stored (docs/stories.md). */
export interface StoryQueries {
  /** Stories, earliest first (by first date, then id). */
  stories(query?: StoryQuery, page?: PageOptions): Promise<Page<Story>>;
  /** A story by id (`s-…`), or the story of a document (content id or input id). */
  story(id: string): Promise<Story | undefined>;
}

/**
 * Where documents and their layers are kept. The embedded implementation is SQLite; a server
 * implementation (PostgreSQL) offers the same calls, hence the promises.
 */
export interface Store extends EventQueries, StoryQueries {
  /** True when a document with this content id is stored. */
  has(id: string): Promise<boolean>;
  /**
   * Store documents in one transaction: either all of them are written or none. A document may
   * come with its rows built already (`prepareDocument`, on the thread that annotated it).
   */
  put(docs: readonly StoreDocument[]): Promise<PutStatus[]>;
  /** A document by content id, unique id prefix (≥ 6 characters) or the input's own id. */
  get(id: string): Promise<Document | undefined>;
  /** Documents whose title or text match an FTS5 query, best first. */
  search(query: string, options?: { limit?: number; offset?: number }): Promise<SearchHit[]>;
  list(options?: { limit?: number; offset?: number }): Promise<DocumentSummary[]>;
  count(): Promise<number>;
  /** A value kept with the store (for example the coding lock, see #17), or undefined. */
  getMeta(key: string): Promise<string | undefined>;
  setMeta(key: string, value: string): Promise<void>;
  close(): Promise<void>;
}
