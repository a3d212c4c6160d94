import type { Document } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import type { DocumentWith } from '../../core/stage.js';
import { packOf } from '../../lang/pack.js';
import { reason, renderReason } from '../../lang/reason.js';
import { datelinePlace, locateEvent } from '../places/locate-event.js';
import type { Place } from '../places/types.js';
import { contextsOf } from '../themes/contexts.js';
import type { CodedEvent, EventLayer, EventParticipant } from './types.js';
import { placeInNestedClause } from './place-scope.js';
import { destinationOf } from './destination.js';
import { warTarget } from './war-target.js';
import { wartimeTarget } from './wartime-target.js';
import { accusedState, isAccusedPlace } from './accused-phrase.js';

/**
 * Give each event its location and the contexts of its sentence (see #7). The location is a place
 * a locative preposition introduces in the event's sentence, not one merely named there, and never
 * the actor's or recipient's own mention; the contexts add what the sentence's words signal to
 * those of the trigger's pattern.
 */
export function placeEvents(doc: DocumentWith<'sentences'>, layer: EventLayer): EventLayer {
  const { sentences } = doc.layers;
  // Several events often share a sentence: read its contexts once.
  const contextsBySentence = new Map<number, string[]>();
  const signalledIn = (sent: number) => {
    let contexts = contextsBySentence.get(sent);
    if (!contexts) contextsBySentence.set(sent, (contexts = contextsOf(doc.text, sentences[sent]).map((c) => c.context)));
    return contexts;
  };
  return {
    ...layer,
    // A target the place names comes first; the war a site reports only stands in for none.
    events: layer.events.map((event) => {
      const sentence = sentences[event.sent];
      if (!sentence) return withWarTarget(doc, event);
      // Found once: the accused places become recipients and are never the event's location.
      const accused = accusedPlacesOf(doc, event, sentence);
      return withWarTarget(doc, placeEvent(doc, withAccusedPlace(doc, event, accused), sentence, signalledIn(event.sent), accused));
    }),
  };
}

function placeEvent(doc: Document, event: CodedEvent, sentence: { start: number; end: number }, signalled: readonly string[], accused: readonly Place[]): CodedEvent {
  const exclude = [...event.actors, ...event.recipients, ...accused];
  const here = visitedHere(doc, event);
  const place = doc.layers.places ? (locateEvent(doc, sentence, event.trigger, exclude, (p) => AIMED_AT_TERRITORY.has(event.event) || !placeInNestedClause(doc, event, p)) ?? destinationOf(doc, event, sentence) ?? here) : undefined;
  const context = unionOf(event.context, signalled);
  if (!place) return { ...event, context };
  const added = place === here ? [] : [reason('events/location', { place: doc.text.slice(place.start, place.end) })];
  const aimed = place === here || isReportingPlace(doc, event, place) ? undefined : territoryTarget(doc, event, place);
  const host = place === here ? hostOf(doc, place) : aimed ? undefined : visitedPlace(doc, event, place);
  const target = aimed ?? host;
  if (target) added.push(reason(place === here ? 'events/visit-here' : aimed ? 'events/location-recipient' : 'events/visit-place', { place: target.name }));
  const pack = packOf(doc);
  return {
    ...event,
    ...(target ? { recipients: [target] } : {}),
    context,
    location: {
      start: place.start,
      end: place.end,
      name: place.name,
      ...(place.country ? { country: place.country } : {}),
      ...(place.lat !== undefined && place.lon !== undefined ? { lat: place.lat, lon: place.lon } : {}),
      ...(place.geonameid !== undefined ? { placeId: `geonames:${place.geonameid}` } : {}),
    },
    reasons: [...event.reasons, ...added],
    // The event's own reasons are rendered in its `why` already: only the added ones are.
    why: [event.why, ...added.map((r) => renderReason(pack, r))].join('; '),
  };
}

/**
 * The event's contexts, then the sentence's, each once in first-seen order: what `[...new Set([...a, ...b])]` gives,
 * without a set and two spread arrays per event (a handful of contexts; #13).
 */
function unionOf(own: readonly string[], signalled: readonly string[]): string[] {
  const out: string[] = [];
  for (const c of own) if (!out.includes(c)) out.push(c);
  for (const c of signalled) if (!out.includes(c)) out.push(c);
  return out;
}

/** The places an accusation idiom of the event names as its target ("pointed the finger at Washington and London"; accused-phrase.ts). */
function accusedPlacesOf(doc: Document, event: CodedEvent, sentence: Span): Place[] {
  return (doc.layers.places ?? []).filter((p) => !p.role && p.start >= sentence.start && p.end <= sentence.end && isAccusedPlace(doc, event, p));
}

/**
 * The event with the states its accusation idiom's places stand for as recipients, when the roles found none: the
 * actors stage reads a capital or country after "at" as a place, so "China pointed the finger at Washington" had
 * no recipient (session 46 review). Not the actor's own state ("pointed the finger at Beijing" by China).
 */
function withAccusedPlace(doc: Document, event: CodedEvent, accused: readonly Place[]): CodedEvent {
  if (event.recipients.length) return event;
  const targets = accused.flatMap((p) => accusedState(doc, p) ?? []).filter((t) => !event.actors.some((a) => a.code === t.code));
  if (!targets.length) return event;
  const added = reason('events/accused-place', { place: targets.map((t) => t.name).join(', ') });
  return { ...event, recipients: targets, reasons: [...event.reasons, added], why: [event.why, renderReason(packOf(doc), added)].join('; ') };
}

/** The event with the war's other side as recipient when a site at war reports force with no target (`war-target.ts`). */
function withWarTarget(doc: Document, event: CodedEvent): CodedEvent {
  const war = warTarget(doc, event) ?? wartimeTarget(doc, event);
  if (!war) return event;
  return { ...event, recipients: [war.recipient], reasons: [...event.reasons, war.reason], why: [event.why, renderReason(packOf(doc), war.reason)].join('; ') };
}

/**
 * Whether `place` locates the report, not the act ("IRNA, monitored by the BBC in London, said Iran
 * had seized several strategic heights": London is where it was heard, not where force was used): its
 * phrase joins the trigger's clause only at a verb of saying above the trigger. It stays the event's
 * location (the speaker's own acts happen where they speak), but names no territory the act is aimed at.
 */
function isReportingPlace(doc: Document, event: CodedEvent, place: Span): boolean {
  const { tokens, deps, pos } = doc.layers;
  if (!tokens || !deps || !pos) return false;
  const { speechVerbs } = packOf(doc);
  const isSaying = (v: number) => speechVerbs.has(pos[v]?.lemma?.toLowerCase() ?? '');
  const trigger = event.trigger.tokens[0];
  const above = new Set<number>();
  for (let v = deps[trigger]?.head ?? -1, hops = 0; v >= 0 && hops < 50; v = deps[v].head, hops++) above.add(v);
  for (let v = tokens.findIndex((t) => t.start >= place.start), hops = 0; v >= 0 && hops < 50; v = deps[v].head, hops++) {
    if (v === trigger) return false;
    if (above.has(v)) return isSaying(v);
  }
  return false;
}

/** Events whose place, when it is another country's territory, is what they are aimed at; their target's place is theirs even inside a clause ("rounds aimed at a loudspeaker in South Korea"). */
const AIMED_AT_TERRITORY = new Set(['ASSAULT']);

/**
 * "Iranian troops are fighting … in northern Iraq", "fired artillery rounds at a loudspeaker in
 * South Korea": force used on another country's territory with no target named is used against
 * that country (PLOVER codes the territory's state as recipient).
 */
function territoryTarget(doc: Document, event: CodedEvent, place: { start: number; end: number; name: string; country?: string }): EventParticipant | undefined {
  if (!AIMED_AT_TERRITORY.has(event.event) || event.recipients.length || !place.country || !event.actors.length) return undefined;
  if (event.actors.some((a) => a.code === place.country || !a.code)) return undefined;
  const tokens = doc.layers.tokens ?? [];
  const first = tokens.findIndex((t) => t.end > place.start);
  let last = first;
  while (last < tokens.length && tokens[last].start < place.end) last++;
  if (first < 0) return undefined;
  return { start: place.start, end: place.end, tokens: [first, last], actorId: `territory:${place.country}`, name: place.name, code: place.country };
}

/**
 * "Weizsaecker began a four-day visit here", "arrived here for talks": in a datelined report "here"
 * is the dateline's place, and a visit there with no host named is a visit to its country.
 */
function visitedHere(doc: Document, event: CodedEvent): Place | undefined {
  if (event.event !== 'CONSULT' || event.mode !== 'visit' || event.recipients.length) return undefined;
  if (!/\bhere\b/i.test(doc.text.slice(event.evidence.start, event.evidence.end))) return undefined;
  // The dateline place is a mention of its own when the entity tagger found it there too.
  const at = doc.layers.dateline?.place;
  const place = datelinePlace(doc) ?? (at && doc.layers.places?.find((p) => p.start >= at.start && p.end <= at.end));
  return place?.country && !event.actors.some((a) => a.code === place.country) ? place : undefined;
}

/** Verbs of arriving, whose place is where the traveller went ("arrived in India on a working visit"). */
const ARRIVALS = new Set(['arrive', 'land']);

/**
 * "The President of Russia arrived in India on a working visit", "Charles Michel visited the village
 * of Borodyanka in the Kyiv region": a visit with no host named, to a place of another country
 * than every visitor's, is a visit to that country.
 */
function visitedPlace(doc: Document, event: CodedEvent, place: Place): EventParticipant | undefined {
  if (event.event !== 'CONSULT' || event.recipients.length || !place.country || !event.actors.length) return undefined;
  const lemma = doc.layers.pos?.[event.trigger.tokens[0]]?.lemma?.toLowerCase() ?? '';
  if (event.mode !== 'visit' && !ARRIVALS.has(lemma)) return undefined;
  return event.actors.every((a) => a.code && a.code !== place.country) ? hostOf(doc, place) : undefined;
}

function hostOf(doc: Document, place: Place): EventParticipant {
  const tokens = doc.layers.tokens ?? [];
  const first = Math.max(0, tokens.findIndex((t) => t.end > place.start));
  return { start: place.start, end: place.end, tokens: [first, first + 1], actorId: `host:${place.country}`, name: place.name, ...(place.country ? { code: place.country } : {}) };
}
