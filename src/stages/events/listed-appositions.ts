/**
 * "Vladimir Putin, Ilham Aliyev and Nikol Pashinyan will meet in Sochi", "the United States, Japan, West Germany,
 * France, Britain and Canada agreed": in a list of three or more names the parser often hangs a middle member on
 * another as an apposition (`appos`), as if it were a second name for it, or the first member as a `compound` of the
 * second, as if it qualified it; either way the list loses that party. A name set off from the mention by a comma
 * that names another coded actor, in a phrase that goes on to a conjunct ("… and Nikol Pashinyan"), is a member of
 * the list. "Putin, the President of Russia, and Macron" keeps its apposition out: it names the same actor.
 */
import type { ActorMention } from '../actors/types.js';
import type { ActorIndex } from './participants.js';
import { childrenBy, type Tree } from './tree.js';
import type { EventParticipant } from './types.js';

/** The list members the parser hung as appositions or comma-set compounds on the mention `own`. */
export function listedAppositions(tree: Tree, actors: ActorIndex, own: ActorMention): EventParticipant[] {
  const out: EventParticipant[] = [];
  const other = (c: number): ActorMention | undefined => {
    const m = actors.at(c);
    return m?.code && m.actorId !== own.actorId ? m : undefined;
  };
  for (let t = own.tokens[0]; t < own.tokens[1]; t++) {
    const lastConjunct = Math.max(-1, ...childrenBy(tree, t, 'conj'));
    if (lastConjunct < 0) continue;
    for (const c of childrenBy(tree, t, 'appos')) {
      const m = other(c);
      if (m && c < lastConjunct && tree.words[m.tokens[0] - 1] === ',') out.push(...actors.expand(m));
    }
    for (const c of childrenBy(tree, t, 'compound')) {
      const m = other(c);
      if (m && m.tokens[1] === own.tokens[0] - 1 && tree.words[m.tokens[1]] === ',') out.push(...actors.expand(m));
    }
  }
  return out;
}
