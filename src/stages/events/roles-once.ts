/**
 * A trigger's roles read once per document (#13). The learned rescue (event-rescue.ts) codes a turned-down trigger
 * again with one rule passed over, once per actor the article offers, and every reading asked `rolesOf` the same
 * question of the same tree: ~18% of its calls on wire stories, the largest part of a reading's CPU.
 */
import type { LanguagePack } from '../../lang/pack.js';
import type { ActorIndex } from './participants.js';
import type { PloverEvent } from './plover.js';
import { rolesOf, type Roles } from './roles.js';
import type { Tree } from './tree.js';

/**
 * Keyed by the document's actor index, which a rescue's readings share with the first (the context is spread,
 * not rebuilt); a new document has a new index, so answers never outlive their tree. The tree they were read from
 * is kept with them, and an index asked with another tree starts afresh: the number key below is collision-free
 * only among token indices of one tree (verb and noun < its length).
 */
const answers = new WeakMap<ActorIndex, { tree: Tree; byAt: Map<number, Map<string, Roles>> }>();

/**
 * `rolesOf(tree, pack, actors, verb, noun, event)`, remembered per document. Each call gets its own arrays, as a
 * fresh `rolesOf` gives, so that no reading's changes reach another's.
 */
export function rolesOnce(tree: Tree, pack: LanguagePack, actors: ActorIndex, verb: number, noun?: number, event?: PloverEvent): Roles {
  let entry = answers.get(actors);
  if (!entry || entry.tree !== tree) answers.set(actors, (entry = { tree, byAt: new Map<number, Map<string, Roles>>() }));
  const known = entry.byAt;
  // The verb and noun as one small integer, the event type in a map of its own: a key string made and hashed per
  // reading was most of this function's own time (#13, session 54). Both are token indices of `tree`, so
  // noun + 1 <= length and no two pairs share a key.
  const at = verb * (tree.tokens.length + 1) + (noun ?? -1) + 1;
  let byEvent = known.get(at);
  if (!byEvent) known.set(at, (byEvent = new Map<string, Roles>()));
  let roles = byEvent.get(event ?? '');
  if (!roles) byEvent.set(event ?? '', (roles = rolesOf(tree, pack, actors, verb, noun, event)));
  const copy = { actors: [...roles.actors], recipients: [...roles.recipients], reasons: [...roles.reasons] };
  return roles.recipientReasons ? { ...copy, recipientReasons: [...roles.recipientReasons] } : copy;
}
