import type { Document } from '../../core/document.js';
import type { DocumentWith } from '../../core/stage.js';
import { packOf } from '../../lang/pack.js';
import { reason, renderReasons } from '../../lang/reason.js';
import { locateEvent } from '../places/locate-event.js';
import { contextsOf } from '../themes/contexts.js';
import type { CodedEvent, EventLayer } from './types.js';

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
    events: layer.events.map((event) => (sentences[event.sent] ? placeEvent(doc, event, sentences[event.sent], signalledIn(event.sent)) : event)),
  };
}

function placeEvent(doc: Document, event: CodedEvent, sentence: { start: number; end: number }, signalled: readonly string[]): CodedEvent {
  const exclude = [...event.actors, ...event.recipients];
  const place = doc.layers.places ? locateEvent(doc, sentence, event.trigger, exclude) : undefined;
  const context = [...new Set([...event.context, ...signalled])];
  if (!place) return { ...event, context };
  const reasons = [...event.reasons, reason('events/location', { place: doc.text.slice(place.start, place.end) })];
  return {
    ...event,
    context,
    location: {
      start: place.start,
      end: place.end,
      name: place.name,
      ...(place.country ? { country: place.country } : {}),
      ...(place.lat !== undefined && place.lon !== undefined ? { lat: place.lat, lon: place.lon } : {}),
      ...(place.geonameid !== undefined ? { placeId: `geonames:${place.geonameid}` } : {}),
    },
    reasons,
    why: renderReasons(packOf(doc), reasons),
  };
}
