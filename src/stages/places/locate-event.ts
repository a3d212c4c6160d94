import type { Document } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import type { Place } from './types.js';

/** Prepositions that put an action at a place ("talks in Paris", "fighting near Donetsk"). */
const LOCATIVE = /\b(?:in|at|near|outside|inside|across|throughout|around)\s+(?:the\s+)?$/i;

/**
 * Where an event happened, from the `places` layer: the place inside `span` (the event's clause
 * or sentence) that a locative preposition introduces, nearest to `anchor` (the trigger) when
 * several do. A place merely named ("Russia's initiative", "the president of France") is not the
 * place of the action, nor is one inside `exclude` (the event's actor and recipient mentions).
 * Undefined when the text gives no such place.
 * @example locateEvent(doc, sentence, trigger) // the Place for "Paris" in "talks in Paris"
 */
export function locateEvent(doc: Document, span: Span, anchor?: Span, exclude: readonly Span[] = []): Place | undefined {
  const candidates = (doc.layers.places ?? []).filter(
    (p) =>
      !p.role &&
      p.start >= span.start &&
      p.end <= span.end &&
      !exclude.some((x) => p.start < x.end && x.start < p.end) &&
      LOCATIVE.test(doc.text.slice(Math.max(span.start, p.start - 20), p.start)),
  );
  if (candidates.length === 0) return undefined;
  const distance = (p: Place): number => (anchor ? Math.min(Math.abs(p.start - anchor.end), Math.abs(anchor.start - p.end)) : p.start);
  return candidates.reduce((best, p) => (distance(p) < distance(best) ? p : best));
}

/** The dateline place, when the places stage resolved one: where the report was filed. */
export function datelinePlace(doc: Document): Place | undefined {
  return doc.layers.places?.find((p) => p.role === 'dateline');
}
