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
  return mergedMentions(doc.layers.actors ?? [], doc.layers.discourse?.mentions ?? []);
}

/**
 * `actors` with `extra` in place of those over the same tokens, in text order: `resolvedActors` of a document whose
 * discourse mentions are `extra`, without making that document (the stage merges three times per article, #13).
 */
export function mergedMentions(actors: readonly ActorMention[], extra: readonly ActorMention[]): ActorMention[] {
  if (!extra.length) return [...actors];
  const cover = coverOf(extra);
  const kept: ActorMention[] = [];
  for (const a of actors) if (!overlapsCover(a, cover)) kept.push(a);
  return [...kept, ...extra].sort(byFirstToken);
}

/**
 * The tokens some of `mentions` cover, so that whether a mention overlaps any of them is a look at its
 * own tokens instead of a test against each (the stage asks it of every mention against every other,
 * three times per article: quadratic in its length, #13).
 */
export interface Cover {
  readonly covered: Uint8Array;
  readonly mentions: readonly ActorMention[];
  /** Whether every mention covers at least one token: an empty one ([5, 5)) overlaps by the pairwise test alone. */
  readonly exact: boolean;
}

/** The cover of `mentions`, made once for many `overlapsCover` questions. */
export function coverOf(mentions: readonly ActorMention[]): Cover {
  let end = 0;
  let exact = true;
  for (const m of mentions) {
    if (m.tokens[0] >= m.tokens[1] || m.tokens[0] < 0) exact = false;
    if (m.tokens[1] > end) end = m.tokens[1];
  }
  const covered = new Uint8Array(exact ? end : 0);
  if (exact) for (const m of mentions) covered.fill(1, m.tokens[0], m.tokens[1]);
  return { covered, mentions, exact };
}

/** Whether mention `a` shares a token with any of the cover's mentions (the pairwise test `overlapsAny` answers alike). */
export function overlapsCover(a: ActorMention, cover: Cover): boolean {
  const [first, last] = a.tokens;
  if (!cover.exact || first >= last || first < 0) return overlapsAny(a, cover.mentions);
  const end = Math.min(last, cover.covered.length);
  for (let t = first; t < end; t++) if (cover.covered[t] === 1) return true;
  return false;
}

// Module-level functions, not closures made per call, which lose their optimised code at each full collection (#13).
/** Whether `a` overlaps any of `others`, each tested in turn. */
export function overlapsAny(a: ActorMention, others: readonly ActorMention[]): boolean {
  for (const b of others) if (a.tokens[0] < b.tokens[1] && b.tokens[0] < a.tokens[1]) return true;
  return false;
}

/** Mentions in text order. */
export function byFirstToken(a: ActorMention, b: ActorMention): number {
  return a.tokens[0] - b.tokens[0];
}
