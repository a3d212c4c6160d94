/** Who acts in a readout's clauses that name no actor ("It was agreed …", "… were discussed"). */
import { isIt, type LanguagePack } from '../../lang/pack.js';
import { reason, type Reason } from '../../lang/reason.js';
import type { ActorMention } from '../actors/types.js';
import { childrenBy, markerOf, subjectOf, type Tree } from '../events/tree.js';
import { holdsAt, meetingAt, partyKey } from './participants.js';
import type { DiscourseLayer } from './types.js';

/** Acts only the parties together do: an agentless "it was agreed" is theirs jointly. */
const JOINT = new Set(['AGREE', 'CONSULT', 'COOPERATE']);
/** Verbal acts: positions a readout reports in the passive ("was emphasised", "were condemned"). */
const POSITIONS = new Set(['AGREE', 'REQUEST', 'ACCUSE', 'SUPPORT', 'REJECT', 'THREATEN']);

/** Tags of finite verbs: a clause of their own. */
const FINITE = new Set(['VBD', 'VBZ', 'VBP']);

/** Relations of verbs that modify or complete another word: no clause of their own. */
const DEPENDENT = new Set(['amod', 'acl', 'acl:relcl', 'xcomp', 'advcl']);

/**
 * How the clause of `verb` names no actor, when it is a finite clause that could: no subject
 * ("… and urged"), the impersonal "it" ("It was agreed"), or a passive ("the need … was
 * stressed"). Not a noun ("trade relationship"), a gerund or participle ("strengthening
 * sanctions", "legally binding guarantees"), an infinitive or other controlled verb (`controlled`),
 * whose actor is its controller's, nor a verb coordinated with one of those, nor a past participle without an
 * auxiliary (an adjective or preposition); not a passive with a "by" phrase ("the threat is posed by …"), whose actor is
 * named even when the actors stage did not code it; not a clause of reported speech with a
 * known speaker (`spoken`), who is its voice rather than the meeting; not a clause addressed to
 * "you" ("Thank you" in a transcript), which is someone's speech.
 */
export function agentlessClause(tree: Tree, pack: LanguagePack, verb: number, controlled: boolean, spoken: boolean): 'subjectless' | 'passive' | undefined {
  const subj = subjectOf(tree, verb);
  const impersonal = subj !== undefined && isIt(pack, tree.words[subj.token] ?? '');
  if (subj && !subj.passive && !impersonal) return undefined;
  if (controlled || spoken || !(tree.pos[verb]?.xpos ?? '').startsWith('VB')) return undefined;
  // "Thank you", "I ask you …": a clause addressed to "you" is someone's speech (a transcript's
  // words, unquoted), not the readout's narration of the meeting.
  if (tree.children[verb]?.some((c) => pack.secondPerson.has(tree.words[c] ?? ''))) return undefined;
  // A verb coordinated with a gerund, modifier or infinitive is one too ("the potential to address
  // … and trade …"): the clause's first verb says what kind of clause it is.
  let first = verb;
  while (tree.deps[first]?.deprel === 'conj' && tree.deps[first].head >= 0 && tree.pos[tree.deps[first].head]?.upos === 'VERB') first = tree.deps[first].head;
  // "a peaceful and integrated region": coordinated with an adjective that modifies a noun, a
  // participle modifies it too.
  const partner = tree.deps[first]?.deprel === 'conj' ? tree.deps[first].head : -1;
  if (partner >= 0 && tree.pos[partner]?.upos === 'ADJ' && tree.deps[partner]?.deprel === 'amod') return undefined;
  if ([verb, first].some((v) => tree.pos[v]?.xpos === 'VBG' || DEPENDENT.has(tree.deps[v]?.deprel ?? '') || childrenBy(tree, v, 'mark').some((m) => tree.words[m] === 'to'))) return undefined;
  // A past participle is a clause only with its auxiliary ("was agreed", "were invited and
  // welcomed") or coordinated with a finite verb (the tagger's "agreed …, as well as discussed");
  // alone it is an adjective or a preposition ("guaranteed, protected human rights", "given the
  // security challenges", "the forcibly deported").
  const finite = (v: number) => FINITE.has(tree.pos[v]?.xpos ?? '') || childrenBy(tree, v, 'aux', 'aux:pass').length > 0;
  if (tree.pos[verb]?.xpos === 'VBN' && !finite(verb) && !finite(first)) return undefined;
  if (childrenBy(tree, verb, 'obl:agent', 'obl', 'nmod:agent').some((o) => markerOf(tree, o) === 'by')) return undefined;
  return subj?.passive && !impersonal ? 'passive' : 'subjectless';
}

/**
 * The actors of an agentless clause in sentence `sent`: after a readout's meeting sentence, joint
 * acts belong to all participants and one-sided positions ("It was noted that …") to the
 * publishing side, when the article comes from one side's official site.
 */
export function readoutActors(layer: DiscourseLayer | undefined, sent: number, event: string, clause: 'subjectless' | 'passive'): { actors: readonly ActorMention[]; reason: Reason } | undefined {
  const p = meetingAt(layer, sent);
  if (!p || sent <= p.sent || !holdsAt(p, sent)) return undefined;
  // In a wire story the meeting is one event among others: its agentless clauses are the
  // reporter's narration, not the parties' positions. Only a side's own readout speaks for them.
  if (!layer?.publisher) return undefined;
  // "Climate issues were discussed", "attention was paid": a passive with a topic for subject
  // restates the meeting; only positions taken in it ("the need … was stressed") are new.
  if (clause === 'passive' && !POSITIONS.has(event)) return undefined;
  if (JOINT.has(event)) return { actors: p.members, reason: reason('discourse/implicit-joint', { meeting: p.reason }) };
  const publisher = layer?.publisher;
  const own = publisher ? p.members.filter((m) => partyKey(m) === publisher.code) : [];
  if (!publisher || !own.length) return undefined;
  return { actors: own, reason: reason('discourse/implicit-publisher', { site: publisher.site, code: publisher.code }) };
}

/**
 * Acts a readout's party addresses to the other side: with no recipient named, "Putin supported
 * his proposal", "Zelenskyy asked for air defence" are directed at the meeting's other party.
 */
const ADDRESSED = new Set(['AGREE', 'REQUEST', 'SUPPORT', 'ACCUSE', 'REJECT']);
/**
 * A speech tells of a call in passing and goes on to its enemies: there a condemnation or refusal with no one named
 * is of them, not of the one just called ("I thanked him for the mediation efforts. The West continues to supply
 * weapons to Kiev. We condemn these actions." condemns no Erdogan); only its friendly acts are addressed to the call's
 * other party (`speeches.ts` holds the call to its passage).
 */
const HOSTILE = new Set(['ACCUSE', 'REJECT']);

/**
 * The recipients of an act in sentence `sent` whose actors are all one party of the article's
 * meeting and that names no recipient: the meeting's other parties.
 */
export function readoutCounterparts(layer: DiscourseLayer | undefined, sent: number, event: string, actors: readonly { readonly code?: string; readonly sector?: string }[]): { recipients: readonly ActorMention[]; reason: Reason } | undefined {
  const p = meetingAt(layer, sent);
  if (!p || !holdsAt(p, sent) || !ADDRESSED.has(event) || !actors.length) return undefined;
  if (p.lastSent !== undefined && HOSTILE.has(event)) return undefined;
  const keys = new Set(actors.map(partyKey));
  const [key] = keys;
  if (keys.size !== 1 || !key || !p.members.some((m) => partyKey(m) === key)) return undefined;
  const others = p.members.filter((m) => partyKey(m) !== key);
  if (!others.length) return undefined;
  return { recipients: others, reason: reason('discourse/counterpart-recipient', { names: others.map((m) => m.name).join(', '), meeting: p.reason }) };
}

/**
 * Whether the act in sentence `sent` is the meeting's own joint act, every party of the readout's meeting or call
 * among its actors ("The two leaders reiterated their shared commitment to … counter the illicit trafficking of
 * drugs, guns, and people"): there is no other side for it to be addressed to (session 49, ev-demo2).
 */
export function isJointReadoutAct(layer: DiscourseLayer | undefined, sent: number, actors: readonly { readonly code?: string; readonly sector?: string }[]): boolean {
  const p = meetingAt(layer, sent);
  if (!p || !holdsAt(p, sent)) return false;
  const keys = new Set(actors.map(partyKey));
  const members = new Set(p.members.map(partyKey));
  return members.size >= 2 && [...members].every((k) => keys.has(k));
}

/**
 * The parties of a meeting or call in the sentence that reports it: a consultation there is
 * theirs even when the parse reaches only one ("At a meeting in Kyiv, Zelenskyy and Nehammer
 * discussed …", "Another call took place between …").
 */
export function meetingParties(layer: DiscourseLayer | undefined, sent: number, event: string): { parties: readonly ActorMention[]; reason: Reason } | undefined {
  const p = meetingAt(layer, sent);
  if (!p || sent !== p.sent || event !== 'CONSULT') return undefined;
  return { parties: p.members, reason: reason('discourse/meeting-parties', { meeting: p.reason }) };
}
