import { makeDoc, type Document } from '../../src/core/document.js';
import type { DocMeta } from '../../src/core/document.js';
import type { ActorMention } from '../../src/stages/actors/types.js';
import { ploverScore, quadCode, QUAD_OF, type PloverEvent } from '../../src/stages/events/plover.js';
import type { CodedEvent, EventParticipant } from '../../src/stages/events/types.js';
import type { Place } from '../../src/stages/places/types.js';
import type { Quote } from '../../src/stages/quotes/types.js';

/** A participant named by the first occurrence of `words` in the text. */
export interface PartyInit {
  readonly words: string;
  readonly id: string;
  readonly code?: string;
}

export interface EventInit {
  readonly event: PloverEvent;
  /** The trigger word; the evidence is the sentence around it. */
  readonly trigger: string;
  readonly actor: PartyInit;
  readonly recipient?: PartyInit;
  readonly mode?: string;
  readonly date?: string;
  readonly place?: { readonly words: string; readonly country?: string; readonly lat?: number; readonly lon?: number };
  readonly context?: readonly string[];
  readonly negated?: boolean;
  readonly hypothetical?: boolean;
}

function spanOf(text: string, words: string): { start: number; end: number } {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return { start, end: start + words.length };
}

function party(text: string, p: PartyInit): EventParticipant {
  return { ...spanOf(text, p.words), tokens: [0, 1], actorId: p.id, name: p.words, ...(p.code ? { code: p.code } : {}) };
}

/** A coded event built by hand from words of the text, for store, API and export tests. */
export function codedEvent(text: string, init: EventInit): CodedEvent {
  const trigger = spanOf(text, init.trigger);
  const sentStart = text.lastIndexOf('.', trigger.start) + 1;
  const sentEnd = text.indexOf('.', trigger.end);
  const place = init.place;
  return {
    event: init.event,
    ...(init.mode ? { mode: init.mode } : {}),
    context: init.context ?? [],
    score: ploverScore(init.event, init.mode),
    quad: QUAD_OF[init.event],
    quadCode: quadCode(init.event),
    actors: [party(text, init.actor)],
    recipients: init.recipient ? [party(text, init.recipient)] : [],
    ...(init.date ? { date: init.date, dateSource: 'sentence' as const } : {}),
    ...(place ? { location: { ...spanOf(text, place.words), name: place.words, ...(place.country ? { country: place.country } : {}), ...(place.lat !== undefined ? { lat: place.lat, lon: place.lon } : {}) } } : {}),
    negated: init.negated ?? false,
    hypothetical: init.hypothetical ?? false,
    future: false,
    historical: false,
    confidence: 0.8,
    sent: 0,
    trigger: { ...trigger, tokens: [0, 1] },
    evidence: { start: text.slice(sentStart).search(/\S/) + sentStart, end: sentEnd < 0 ? text.length : sentEnd + 1 },
    reasons: [],
    why: `test: "${init.trigger}" codes ${init.event}`,
  };
}

/** A document with hand-made events, actor mentions, quotes and places. */
export function eventDoc(init: {
  text: string;
  meta?: Partial<DocMeta>;
  events?: readonly EventInit[];
  actors?: readonly PartyInit[];
  quotes?: readonly { words: string; speaker?: PartyInit }[];
  places?: readonly { words: string; country?: string; lat?: number; lon?: number }[];
}): Document {
  const { text } = init;
  const actors: ActorMention[] = (init.actors ?? []).map((a) => ({ ...party(text, a), reasons: [], why: 'test' }));
  const quotes: Quote[] = (init.quotes ?? []).map((q) => ({
    ...spanOf(text, q.words), kind: 'direct', sent: 0, closed: true, reasons: [], why: 'test',
    ...(q.speaker ? { speaker: party(text, q.speaker) } : {}),
  }));
  const places: Place[] = (init.places ?? []).map((p) => ({
    ...spanOf(text, p.words), name: p.words, kind: 'city', confidence: 1, reasons: [], why: 'test',
    ...(p.country ? { country: p.country } : {}), ...(p.lat !== undefined ? { lat: p.lat, lon: p.lon } : {}),
  }));
  return makeDoc({
    text,
    meta: init.meta,
    layers: {
      actors, quotes, places,
      ...(init.events ? { events: { events: init.events.map((e) => codedEvent(text, e)), rejected: [] } } : {}),
    },
  });
}
