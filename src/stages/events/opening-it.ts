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
import { subjectOf, type Tree } from './tree.js';
import type { EventParticipant } from './types.js';

/** The previous sentence's subject as the referent of a sentence-opening "It", with the reason. */
export function openingIt(tree: Tree, actors: ActorIndex, sent: number, subj: { token: number; passive: boolean } | undefined): { actors: EventParticipant[]; reason: Reason } | undefined {
  if (!subj || subj.passive || tree.words[subj.token] !== 'it' || sent === 0) return undefined;
  const [first] = sentenceTokenRange(tree.tokens, sent);
  if (subj.token !== first) return undefined;
  // "The Commission said … It added … It urged …": a sentence that itself opens with a subject "It" passes the thread
  // on to the sentence before it, so a run of them keeps naming the body the first one continued (within RUN_REACH).
  let from = sent;
  while (from > 1 && sent - from < RUN_REACH && !previousSubject(tree, actors, from).length && opensWithIt(tree, from - 1)) from--;
  const found = previousSubject(tree, actors, from).filter((p) => p.code && !isPerson(actors, p));
  if (!found.length) return undefined;
  return { actors: found, reason: reason('events/opening-it', { names: found.map((p) => p.name).join(', '), back: sent - from + 1 }) };
}

/** Sentences back a run of sentence-opening "It" subjects may reach for the body they all continue. */
const RUN_REACH = 3;

/** Whether sentence `sent` opens with "It" as the active subject of its root ("It added", not "It is likely that"). */
function opensWithIt(tree: Tree, sent: number): boolean {
  const [first, last] = sentenceTokenRange(tree.tokens, sent);
  if (tree.words[first] !== 'it') return false;
  for (let t = first; t < last; t++) {
    if (tree.deps[t]?.deprel !== 'root') continue;
    const subj = subjectOf(tree, t);
    return subj?.token === first && !subj.passive;
  }
  return false;
}

function isPerson(actors: ActorIndex, p: EventParticipant): boolean {
  return actors.at(p.tokens[0])?.kind === 'person';
}
