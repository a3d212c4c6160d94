/** The actors of a document once the discourse layer has read it whole. */
import type { Document } from '../../core/document.js';
import type { ActorMention } from '../actors/types.js';
import '../actors/types.js';
import './types.js';

/**
 * The actors layer with the discourse layer's mentions in place of those over the same tokens, in
 * text order. Without a discourse layer, the actors layer as it is.
 */
export function resolvedActors(doc: Document): ActorMention[] {
  const actors = doc.layers.actors ?? [];
  const extra = doc.layers.discourse?.mentions ?? [];
  if (!extra.length) return [...actors];
  const overlaps = (a: ActorMention, b: ActorMention) => a.tokens[0] < b.tokens[1] && b.tokens[0] < a.tokens[1];
  return [...actors.filter((a) => !extra.some((d) => overlaps(a, d))), ...extra].sort((a, b) => a.tokens[0] - b.tokens[0]);
}
