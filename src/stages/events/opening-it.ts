/**
 * "The EC executive Commission says the Community faces a deficit … It has appealed to member states to pay",
 * "The United States … has said the island's tariffs were unacceptable. It has criticised the cuts": a sentence that
 * opens with "It" as its subject continues the previous sentence's subject. When that subject is a coded body or
 * country (not a person, whom "it" never names) it is the actor; any other previous subject ("The surplus has
 * boosted …") leaves the pronoun unresolved.
 */
import { sentenceTokenRange } from '../../core/tokens-of.js';
import { reason, type Reason } from '../../lang/reason.js';
import { previousSubject } from './carried-subject.js';
import type { ActorIndex } from './participants.js';
import type { Tree } from './tree.js';
import type { EventParticipant } from './types.js';

/** The previous sentence's subject as the referent of a sentence-opening "It", with the reason. */
export function openingIt(tree: Tree, actors: ActorIndex, sent: number, subj: { token: number; passive: boolean } | undefined): { actors: EventParticipant[]; reason: Reason } | undefined {
  if (!subj || subj.passive || tree.words[subj.token] !== 'it' || sent === 0) return undefined;
  const [first] = sentenceTokenRange(tree.tokens, sent);
  if (subj.token !== first) return undefined;
  const found = previousSubject(tree, actors, sent).filter((p) => p.code && !isPerson(actors, p));
  if (!found.length) return undefined;
  return { actors: found, reason: reason('events/opening-it', { names: found.map((p) => p.name).join(', ') }) };
}

function isPerson(actors: ActorIndex, p: EventParticipant): boolean {
  return actors.at(p.tokens[0])?.kind === 'person';
}
