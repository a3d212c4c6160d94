import type { Span } from './span.js';

/**
 * The parts of a document that stages scan for phrases: its sentences, or the whole text when a
 * document has none (a hand-built test document with tokens alone).
 */
export function sentenceRegions(doc: { readonly text: string; readonly layers: { readonly sentences?: readonly Span[] } }): Span[] {
  const { sentences } = doc.layers;
  return sentences && sentences.length > 0 ? [...sentences] : [{ start: 0, end: doc.text.length }];
}
