import type { Document } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import { packOf } from '../../lang/pack.js';
import type { Place } from './types.js';

/** The last word before a place, skipping "the": a locative preposition puts an action there ("talks in Paris"). */
const WORD_BEFORE = /(\p{L}+)\s+(?:the\s+)?$/iu;

/** A hyphen joining the place to the next word: the place only modifies a compound ("the Asia-Pacific summit", "U.S.-Colombia ties"). */
const JOINED_AFTER = /^-\p{L}/u;

/**
 * Where an event happened, from the `places` layer: the place inside `span` (the event's clause
 * or sentence) that a locative preposition introduces, nearest to `anchor` (the trigger) when
 * several do. A place merely named ("Russia's initiative", "the president of France") is not the
 * place of the action, nor is one inside `exclude` (the event's actor and recipient mentions), one
 * that only begins a hyphenated compound ("at the Asia-Pacific Economic Cooperation week in Lima"),
 * or one `accept` turns down. Undefined when the text gives no such place.
 * @example locateEvent(doc, sentence, trigger) // the Place for "Paris" in "talks in Paris"
 */
export function locateEvent(doc: Document, span: Span, anchor?: Span, exclude: readonly Span[] = [], accept: (place: Place) => boolean = () => true): Place | undefined {
  const { locatives } = packOf(doc);
  const isLocative = (before: string): boolean => {
    const word = WORD_BEFORE.exec(before)?.[1];
    return word !== undefined && locatives.has(word.toLowerCase());
  };
  const candidates = (doc.layers.places ?? []).filter(
    (p) =>
      !p.role &&
      p.start >= span.start &&
      p.end <= span.end &&
      !exclude.some((x) => p.start < x.end && x.start < p.end) &&
      isLocative(doc.text.slice(Math.max(span.start, p.start - 20), p.start)) &&
      !JOINED_AFTER.test(doc.text.slice(p.end, p.end + 2)) &&
      accept(p),
  );
  if (candidates.length === 0) return undefined;
  const distance = (p: Place): number => (anchor ? Math.min(Math.abs(p.start - anchor.end), Math.abs(anchor.start - p.end)) : p.start);
  return candidates.reduce((best, p) => (distance(p) < distance(best) ? p : best));
}

/** The dateline place, when the places stage resolved one: where the report was filed. */
export function datelinePlace(doc: Document): Place | undefined {
  return doc.layers.places?.find((p) => p.role === 'dateline');
}
