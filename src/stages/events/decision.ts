/**
 * "thanked Norway for the decision to provide defensive weapons", "welcomed India's decision to join
 * the framework", "expressed gratitude to Joseph Biden for the decision to allocate USD 225 million":
 * an infinitive spelling out a decision is the decision-holder's announced act, a future one
 * (future cooperation is AGREE, PLOVER). The holder is the decision's possessor when it names an
 * actor, else the one thanked or welcomed for it (the object, or the "to" phrase, of the word the
 * "for" phrase hangs on). Other infinitives stay intentions or purposes (clause-rules.ts).
 */
import { reason } from '../../lang/reason.js';
import type { EventFlags } from './flags.js';
import { actorsOfPhrase, type ActorIndex } from './participants.js';
import type { Roles } from './roles.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, markerOf, type Tree } from './tree.js';
import type { EventParticipant } from './types.js';

/** Nouns of deciding whose infinitive is the holder's announced act. */
const DECISION_NOUNS = ruleWords('decision-noun');

/** The holder of the decision an infinitive spells out, and the flags it gives the act; undefined for any other infinitive. */
export function decisionOf(tree: Tree, actors: ActorIndex, verb: number): { holder: EventParticipant[]; flags: EventFlags } | undefined {
  const noun = tree.deps[verb].head;
  if (noun < 0 || !tree.deps[verb].deprel.startsWith('acl') || !DECISION_NOUNS.has(tree.lemmas[noun])) return undefined;
  if (!childrenBy(tree, verb, 'mark').some((m) => tree.words[m] === 'to')) return undefined;
  // "India's decision": a named possessor; "its decision" leaves it to the one thanked for it.
  const possessor = childrenBy(tree, noun, 'nmod:poss').find((p) => tree.pos[p]?.upos !== 'PRON');
  let holder = possessor === undefined ? [] : actorsOfPhrase(tree, actors, possessor);
  const over = tree.deps[noun].head;
  if (!holder.length && over >= 0 && markerOf(tree, noun) === 'for') {
    const thanked = [...childrenBy(tree, over, 'obj'), ...childrenBy(tree, over, 'obl', 'nmod').filter((o) => markerOf(tree, o) === 'to')];
    holder = thanked.flatMap((t) => actorsOfPhrase(tree, actors, t));
  }
  if (!holder.length) return undefined;
  return { holder, flags: { negated: false, hypothetical: false, future: true, reasons: [reason('events/decision', { noun: tree.words[noun], holder: holder.map((h) => h.name).join(', ') })] } };
}

/** The infinitive's own roles with the holder as actor when it names none; the holder's side is no recipient. */
export function decisionRoles(holder: EventParticipant[], own: Roles): Roles {
  if (own.actors.length) return own;
  return { ...own, actors: holder, recipients: own.recipients.filter((r) => !holder.some((h) => h.code === r.code)) };
}
