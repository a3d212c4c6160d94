/**
 * Acts told from the side that receives them: "Rep. Richard Gephardt … has the support of Wright and other key
 * Democrats", "the people of New Mexico will have the full support of the Federal Government", "Kuwait … has the
 * full support of Saudi Arabia". The verb (have, receive, win, enjoy: `receiving` in rule-words.tsv) has the
 * receiver as subject, and the giver stands in the event noun's "of" phrase, in a "from" phrase, or as the noun's
 * possessor; the roles read from the subject made the receiver the giver (#12: support told by its receiver).
 * A subject that is no actor itself gives its owner ("Clark's call … received warm support from Japan"). Two
 * training-gold items of this kind are still lost to the parse (the verb hangs as a modifier or a stray conjunct).
 */
import { reason, type Reason } from '../../lang/reason.js';
import { actorsOfPhrase, firstActorsUnder, unique, type ActorIndex } from './participants.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, markerOf, subjectOf, type Tree } from './tree.js';
import type { EventParticipant } from './types.js';

/** Verbs whose subject receives the act their object noun names ("has the support of", "received support from"). */
const RECEIVING = ruleWords('receiving');

/**
 * Events given to a receiver: support and aid. A call or a visit "received" from someone is met with them (a
 * consultation, reciprocal), and credentials received from an ambassador are the receiver's hosting (CAMEO 043).
 */
export const GIVEN: ReadonlySet<string> = new Set(['SUPPORT', 'AID']);

/** Prepositions whose phrase names the giver of a received act. */
const GIVER_MARKERS: ReadonlySet<string> = new Set(['of', 'from']);

export interface ReceivedAct {
  readonly givers: readonly EventParticipant[];
  readonly receivers: readonly EventParticipant[];
  readonly reason: Reason;
}

/** The giver and receiver of the act noun `noun` that the receiving verb `verb` has as its object, if a giver is named. */
export function receivedAct(tree: Tree, actors: ActorIndex, verb: number, noun: number): ReceivedAct | undefined {
  if (!RECEIVING.has(tree.lemmas[verb]) || !childrenBy(tree, verb, 'obj').includes(noun)) return undefined;
  const subj = subjectOf(tree, verb);
  if (!subj || subj.passive) return undefined;
  const phrase = (head: number) => actorsOfPhrase(tree, actors, head).filter((a) => a.code);
  // "from Japan" hangs on the noun or, as often, on the verb ("received warm support from Japan").
  const marked = [...childrenBy(tree, noun, 'nmod'), ...childrenBy(tree, verb, 'obl').filter((o) => markerOf(tree, o) === 'from')]
    .filter((m) => GIVER_MARKERS.has(markerOf(tree, m) ?? ''));
  // "had World Bank support": a name compounded before the noun gives it, as a possessor does.
  const possessors = childrenBy(tree, noun, 'nmod:poss', 'compound').filter((p) => tree.pos[p]?.upos !== 'PRON');
  const givers = unique([...marked, ...possessors].flatMap(phrase));
  if (!givers.length) return undefined;
  const own = phrase(subj.token);
  const receivers = own.length ? own : childrenBy(tree, subj.token, 'nmod:poss').flatMap(phrase);
  if (!receivers.length || receivers.some((r) => givers.some((g) => g.actorId === r.actorId))) return undefined;
  return { givers, receivers, reason: reason('events/received-act', { verb: tree.words[verb], giver: givers[0].name }) };
}

/**
 * Whether the receiving verb `verb` has its act noun `noun` as object, an active subject, and no giver named: no
 * "from" phrase anywhere under the verb, and no "of" phrase or possessor of the noun naming an actor. "Zambia … has
 * obtained enough commercial loans to pay off its IMF arrears", "we will receive more effective assistance", "to win
 * public support": the subject receives the aid or support, so it is not its giver, and no one named is (#12: the
 * roles read from the subject made the receiver the giver, and the nearest other actor, "its IMF arrears", the
 * receiver). A "from" phrase names a giver even where it names no coded actor ("from the Japanese Export-Import
 * Bank", "from banks and European countries"): those are left to the roles.
 */
export function isGiverless(tree: Tree, actors: ActorIndex, verb: number, noun: number): boolean {
  if (!RECEIVING.has(tree.lemmas[verb]) || !childrenBy(tree, verb, 'obj').includes(noun)) return false;
  const subj = subjectOf(tree, verb);
  if (!subj || subj.passive || hasFromPhrase(tree, verb, 4)) return false;
  // "had World Bank support", "Japanese aid": a name or a capitalised adjective before the noun may be its giver.
  if (childrenBy(tree, noun, 'compound', 'amod').some((m) => tree.pos[m]?.upos === 'PROPN' || /^\p{Lu}/u.test(tree.words[m]))) return false;
  const owners = [...childrenBy(tree, noun, 'nmod').filter((m) => markerOf(tree, m) === 'of'), ...childrenBy(tree, noun, 'nmod:poss')];
  return !owners.some((o) => firstActorsUnder(tree, actors, o, 4).some((a) => a.code));
}

/** Whether a phrase marked "from" hangs under `head` within `depth` levels ("grants of 104 mln stg from Britain"). */
function hasFromPhrase(tree: Tree, head: number, depth: number): boolean {
  return tree.children[head].some((c) => markerOf(tree, c) === 'from' || (depth > 1 && hasFromPhrase(tree, c, depth - 1)));
}
