import type { DocumentWith } from '../../core/stage.js';
import type { Span } from '../../core/span.js';
import type { Gazetteer } from './gazetteer.js';

/** Lowercase words allowed inside a multiword place name ("Bosnia and Herzegovina", "Isle of Man"). */
const CONNECTORS = new Set(['and', 'of', 'the', 'de', 'del', 'la', 'al', 'el', 'upon', 'on']);
const MAX_TOKENS = 5;
/** A single-word city must be this large to count without an entity tagger's say-so. */
const MIN_CITY_POPULATION = 100_000;

/**
 * Place names found by gazetteer lookup of capitalised token sequences, longest first: the
 * places stage's mentions when no entity stage has run. It finds names, not meanings: a person
 * called "Jordan" is a country here, which is why the entity stage is preferred.
 */
export function findPlaceNames(doc: DocumentWith<'tokens'>, gazetteer: Gazetteer): Span[] {
  const { tokens } = doc.layers;
  const text = (i: number): string => doc.text.slice(tokens[i].start, tokens[i].end);
  const isCapitalised = (i: number): boolean => /^\p{Lu}/u.test(text(i));
  const isSentenceStart = (i: number): boolean => i === 0 || tokens[i - 1].sent !== tokens[i].sent;
  const names: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalised(i)) continue;
    for (let n = Math.min(MAX_TOKENS, tokens.length - i); n >= 1; n--) {
      const last = i + n - 1;
      if (tokens[last].sent !== tokens[i].sent || !isCapitalised(last)) continue;
      const inner = Array.from({ length: n }, (_, k) => i + k);
      if (!inner.every((k) => isCapitalised(k) || CONNECTORS.has(text(k)) || text(k) === '-')) continue;
      const span = { start: tokens[i].start, end: tokens[last].end };
      if (!gazetteer.has(doc.text.slice(span.start, span.end))) continue;
      // A name run on into another capitalised word is part of something else: "Vladimir Putin",
      // "New York Times", "Emmanuel Macron".
      const runsOn = (k: number): boolean => k >= 0 && k < tokens.length && tokens[k].sent === tokens[i].sent && isCapitalised(k);
      if ((runsOn(last + 1) && tokens[last + 1].start === tokens[last].end + 1) || (runsOn(i - 1) && tokens[i - 1].end + 1 === tokens[i].start && !isSentenceStart(i - 1))) continue;
      if (!isPlaceName(doc.text.slice(span.start, span.end), n, gazetteer)) continue;
      names.push(span);
      i = last;
      break;
    }
  }
  return names;
}

function isPlaceName(name: string, tokenCount: number, gazetteer: Gazetteer): boolean {
  return gazetteer.lookup(name).some(
    (c) => c.source !== 'city' || c.kind === 'capital' || c.population >= MIN_CITY_POPULATION || tokenCount > 1,
  );
}
