/**
 * "The Iran-Iraq war", "the Israel-Hamas talks": the parser hangs the first name of a hyphenated pair on the second as
 * a compound, with the hyphen under it, so a phrase read conjunct by conjunct took the second name alone. A name
 * joined so names the other side of the same thing (#12).
 */
import type { ActorMention } from '../actors/types.js';
import type { ActorIndex } from './participants.js';
import { childrenBy, type Tree } from './tree.js';

/** The mentions joined by a hyphen before the name at `token` ("Iran" for "Iraq" in "Iran-Iraq"), another actor each. */
export function hyphenedSides(tree: Tree, actors: ActorIndex, token: number): ActorMention[] {
  const own = actors.at(token);
  if (!own?.code) return [];
  return childrenBy(tree, token, 'compound')
    .filter((c) => c < token && childrenBy(tree, c, 'punct').some((p) => p > c && p < token && tree.words[p] === '-'))
    .map((c) => actors.at(c))
    .filter((m): m is ActorMention => m?.code !== undefined && m.actorId !== own.actorId);
}
