/**
 * "The parties agreed on the priorities of further bilateral cooperation in the context of NATO", "Britain and Japan
 * agreed to operate 12 flights a week over Siberia", "the U.S. and Japan will hold detailed discussions on … a new round
 * of GATT trade talks": when several sides agree together, they agree with each other, and an actor the roles found
 * only deep inside what they agreed on (a noun's "of"/"over"/"in" phrase or a name qualifying a noun) is its topic,
 * not a recipient. An actor that is the agreed act's own argument stays: "agreed to help OPEC", "pledged to cooperate
 * with the ATPC", "offered wheat to Bangladesh", "their desire to welcome Sweden to the Alliance" (#12).
 */
import { headOfMention } from './participants.js';
import type { Tree } from './tree.js';
import type { EventParticipant } from './types.js';

/** Relations that make a word an argument of the verb it hangs on. */
const ARGUMENT = /^(?:obj|iobj|obl)(?::|$)/;

/** Whether the recipient `p`, found deep in the act's phrases, is only named inside a noun phrase (a topic). */
export function isJointTopic(tree: Tree, p: EventParticipant): boolean {
  let head = headOfMention(tree, p, p.tokens[0]);
  // A later member of a list is an argument when its first member is ("to help OPEC and its members").
  for (let hops = 0; hops < 8 && tree.deps[head]?.deprel === 'conj' && tree.deps[head].head >= 0; hops++) head = tree.deps[head].head;
  const up = tree.deps[head]?.head ?? -1;
  return !(up >= 0 && tree.pos[up]?.upos === 'VERB' && ARGUMENT.test(tree.deps[head].deprel));
}
