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
 * not rebuilt); a new document has a new index, so answers never outlive their tree.
 */
const answers = new WeakMap<ActorIndex, Map<string, Roles>>();

/**
 * `rolesOf(tree, pack, actors, verb, noun, event)`, remembered per document. Each call gets its own arrays, as a
 * fresh `rolesOf` gives, so that no reading's changes reach another's.
 */
export function rolesOnce(tree: Tree, pack: LanguagePack, actors: ActorIndex, verb: number, noun?: number, event?: PloverEvent): Roles {
  let known = answers.get(actors);
  if (!known) answers.set(actors, (known = new Map<string, Roles>()));
  const key = `${verb} ${noun ?? ''} ${event ?? ''}`;
  let roles = known.get(key);
  if (!roles) known.set(key, (roles = rolesOf(tree, pack, actors, verb, noun, event)));
  const copy = { actors: [...roles.actors], recipients: [...roles.recipients], reasons: [...roles.reasons] };
  return roles.recipientReasons ? { ...copy, recipientReasons: [...roles.recipientReasons] } : copy;
}
