/**
 * Acts told from the side that receives them: "Rep. Richard Gephardt … has the support of Wright and other key
 * Democrats", "the people of New Mexico will have the full support of the Federal Government", "Kuwait … has the
 * full support of Saudi Arabia". The verb (have, receive, win, enjoy: `receiving` in rule-words.tsv) has the
 * receiver as subject, and the giver stands in the event noun's "of" phrase, in a "from" phrase, or as the noun's
 * possessor; the roles read from the subject made the receiver the giver (#12: support told by its receiver).
 * A subject that is no actor itself gives its owner ("Clark's call … received warm support from Japan"). Two
 * training-gold items of this kind are still lost to the parse (the verb hangs as a modifier or a stray conjunct).
 * An objection met is told the same way ("Ruding has already met opposition from the Liberal and Christian-Democrat
 * factions": `objection-meeting` in rule-words.tsv): the objector refuses or accuses the subject (#12, type flips).
 * It is never the subject's own act: with no coded objector it is turned down (code-events.ts), and resistance from or
 * against armed forces is fighting. "Met with the opposition" meets a party, and "met Israeli objections" with no
 * "from" phrase may answer them: both keep the verb's other senses (session 53 review of ev-flips).
 */
import { reason, type Reason } from '../../lang/reason.js';
import { actorsOfPhrase, firstActorsUnder, unique, type ActorIndex } from './participants.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, markerOf, subjectOf, type Tree } from './tree.js';
import type { EventParticipant } from './types.js';

/** Verbs whose subject receives the act their object noun names ("has the support of", "received support from"). */
const RECEIVING = ruleWords('receiving');

/** Verbs whose subject meets the objection their object noun names ("met opposition from"). */
const OBJECTION_MEETING = ruleWords('objection-meeting');

/**
 * Events given to a receiver: support and aid. A call or a visit "received" from someone is met with them (a
 * consultation, reciprocal), and credentials received from an ambassador are the receiver's hosting (CAMEO 043).
 */
const GIVEN: ReadonlySet<string> = new Set(['SUPPORT', 'AID']);

/** Events met by their target: a refusal or a disapproval ("met opposition from", "met with disapproval from"). */
const OBJECTED: ReadonlySet<string> = new Set(['REJECT', 'ACCUSE']);

/** Whether `verb` tells the act `event` from the side that receives it: support or aid received, an objection met. */
export function isReceivingVerb(tree: Tree, verb: number, event: string): boolean {
  return (GIVEN.has(event) && RECEIVING.has(tree.lemmas[verb])) || (OBJECTED.has(event) && OBJECTION_MEETING.has(tree.lemmas[verb]));
}

/** Prepositions whose phrase names the giver of a received act. */
const GIVER_MARKERS: ReadonlySet<string> = new Set(['of', 'from']);

export interface ReceivedAct {
  readonly givers: readonly EventParticipant[];
  readonly receivers: readonly EventParticipant[];
  readonly reason: Reason;
}

/**
 * The noun naming the act the receiving verb `verb` receives: its object, or for an objection met, its "with"
 * phrase ("met with strong objections from some EC government heads").
 */
export function receivedNoun(tree: Tree, verb: number, event: string): number | undefined {
  if (!isReceivingVerb(tree, verb, event)) return undefined;
  // The parser may split an adjective off as an object of its own ("met fierce | armed resistance"): the last is the head.
  const object = childrenBy(tree, verb, 'obj').at(-1);
  if (object !== undefined || !OBJECTED.has(event)) return object;
  return childrenBy(tree, verb, 'obl').find((o) => MET_MARKERS.has(markerOf(tree, o) ?? ''));
}

/** Prepositions whose phrase is what an objection-meeting verb meets ("met with objections", "ran into opposition"). */
const MET_MARKERS = ruleWords('objection-met-marker');

/** Objection nouns a verb can also meet by answering them ("Egypt met Israeli objections by offering …"). */
const ANSWERABLE = ruleWords('answerable-objection');

/**
 * Whether a pattern (its `source`, "* OPPOSITION") giving a verb that meets objections the objection `event` names no
 * objection met: its word is not the head of what is met ("met yesterday with democratic opposition leader Svyatlana
 * Tsikhanouskaya" meets a person); what is met is a party ("met with the opposition", "met with the Syrian
 * opposition": a definite or actor noun); or it is an objection that can be answered and no "from" phrase names
 * who raised it ("Egypt met Israeli objections by offering to redraw the border"). The verb keeps its other senses.
 */
export function isUnmetObjection(tree: Tree, verb: number, event: string | undefined, source: string, isActor: (token: number) => boolean): boolean {
  if (event === undefined || !OBJECTED.has(event) || !OBJECTION_MEETING.has(tree.lemmas[verb])) return false;
  const noun = receivedNoun(tree, verb, event);
  if (noun === undefined) return true;
  const words = source.split(/\s+/);
  // Patterns match a word's lemma as well as its form ("* OBJECTION" takes "objections").
  if (![tree.words[noun], tree.lemmas[noun]].some((w) => words.includes(w.toUpperCase()))) return true;
  if (childrenBy(tree, noun, 'det').some((d) => tree.lemmas[d] === 'the')) return true;
  const from = hasFromPhrase(tree, verb, 4);
  // A bare "opposition" is an agent noun too ("Japan met opposition" is still an objection): a party only with its country.
  if (!from && isActor(noun) && childrenBy(tree, noun, 'amod', 'compound', 'nmod:poss').some(isActor)) return true;
  return ANSWERABLE.has(tree.lemmas[noun]) && !from;
}

/**
 * The noun an objection-meeting verb `verb` meets (its object or "with" phrase), whatever it names: an objection noun
 * there outranks the verb's meeting patterns on its other phrases ("met criticism at home", not CAMEO's "* (AT)").
 */
export function metNoun(tree: Tree, verb: number): number | undefined {
  return OBJECTION_MEETING.has(tree.lemmas[verb]) ? receivedNoun(tree, verb, 'REJECT') : undefined;
}

/** Whether `event` is an objection met by the subject of a verb that meets objections (REJECT, ACCUSE). */
export function isObjectedEvent(event: string | undefined): boolean {
  return event !== undefined && OBJECTED.has(event);
}

/** Whether `noun` is the objection (the act `event`) the verb `verb` meets: the objector is the "from" phrase or no one. */
export function isObjectionMet(tree: Tree, verb: number, noun: number, event: string): boolean {
  return OBJECTED.has(event) && isReceivedNoun(tree, verb, noun, event);
}

/** Words before an objection noun that make it next to none met ("met little resistance"; rule-words `slight-objection`). */
const SLIGHT_OBJECTION = ruleWords('slight-objection');

/** Words on an objection noun that make it armed whoever raises it ("met armed resistance"; rule-words `armed-objection`). */
const ARMED_OBJECTION = ruleWords('armed-objection');

/** Whether the objection noun `noun` is met as next to none: "met little / scant / no resistance from Ukrainian forces". */
export function isSlightObjection(tree: Tree, noun: number): boolean {
  return childrenBy(tree, noun, 'amod', 'det').some((m) => SLIGHT_OBJECTION.has(tree.lemmas[m]));
}

/** Whether the objection noun `noun` carries a word of arms: "met fierce armed resistance from the villagers". */
export function isArmedObjection(tree: Tree, noun: number): boolean {
  return childrenBy(tree, noun, 'amod', 'compound').some((m) => ARMED_OBJECTION.has(tree.lemmas[m]) || ARMED_OBJECTION.has(tree.words[m]));
}

/** Whether `noun` names the act `event` that the receiving verb `verb` receives (any of its objects). */
function isReceivedNoun(tree: Tree, verb: number, noun: number, event: string): boolean {
  return isReceivingVerb(tree, verb, event) && (childrenBy(tree, verb, 'obj').includes(noun) || receivedNoun(tree, verb, event) === noun);
}

/** The giver and receiver of the act `event` whose noun `noun` the receiving verb `verb` has as its object, if a giver is named. */
export function receivedAct(tree: Tree, actors: ActorIndex, verb: number, noun: number, event: string): ReceivedAct | undefined {
  if (!isReceivedNoun(tree, verb, noun, event)) return undefined;
  const subj = subjectOf(tree, verb);
  // "Britain's proposal was met with objections from Spain": the passive subject meets the objection too.
  if (!subj || (subj.passive && !OBJECTED.has(event))) return undefined;
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
 * Whether the receiving verb `verb` has its act noun `noun` (of the act `event`) as object, an active subject, and no giver named: no
 * "from" phrase anywhere under the verb, and no "of" phrase or possessor of the noun naming an actor. "Zambia … has
 * obtained enough commercial loans to pay off its IMF arrears", "we will receive more effective assistance", "to win
 * public support": the subject receives the aid or support, so it is not its giver, and no one named is (#12: the
 * roles read from the subject made the receiver the giver, and the nearest other actor, "its IMF arrears", the
 * receiver). A "from" phrase names a giver even where it names no coded actor ("from the Japanese Export-Import
 * Bank", "from banks and European countries"): those are left to the roles. Objections met are `isObjectionMet`'s.
 */
export function isGiverless(tree: Tree, actors: ActorIndex, verb: number, noun: number, event: string): boolean {
  if (!GIVEN.has(event) || !isReceivedNoun(tree, verb, noun, event)) return false;
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
