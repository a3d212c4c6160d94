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
  const kept: ActorMention[] = [];
  for (const a of actors) if (!overlapsAny(a, extra)) kept.push(a);
  return [...kept, ...extra].sort(byFirstToken);
}

// Module-level functions, not closures made per call, which lose their optimised code at each full collection (#13).
function overlapsAny(a: ActorMention, others: readonly ActorMention[]): boolean {
  for (const b of others) if (a.tokens[0] < b.tokens[1] && b.tokens[0] < a.tokens[1]) return true;
  return false;
}

/** Mentions in text order. */
export function byFirstToken(a: ActorMention, b: ActorMention): number {
  return a.tokens[0] - b.tokens[0];
}
