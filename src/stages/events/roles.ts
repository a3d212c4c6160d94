import type { LanguagePack } from '../../lang/pack.js';
import { reason, type Reason } from '../../lang/reason.js';
import type { Quote } from '../quotes/types.js';
import { loadKb } from '../actors/kb.js';
import { actorsOfPhrase, adjectiveParties, firstActorsUnder, headOfMention, internalParties, jointParties, kbCountry, nationalityOf, possessorOf, unique, type ActorIndex } from './participants.js';
import { CLAUSE_RELS, childBy, childrenBy, conjuncts, isListed, isUnder, markerOf, modifiedNoun, selfAndAncestors, strayListMembers, subjectOf, walk, walkTokens, type Tree } from './tree.js';
import { quadCode, type PloverEvent } from './plover.js';
import { isInLocative, isInTimePhrase, isOwnPart, isPlaceIn, isTravel } from './frames.js';
import type { EventParticipant } from './types.js';
import { actByAgents } from './participle-doer.js';
import { ruleWords } from './rule-words.js';
import { isRivalBody } from './sides.js';
import { keepsOwnSide, ownSideAddressees } from './own-side-addressee.js';
import { modifierOwner } from './judged-owner.js';
import { turnSpeaker } from './turns.js';
import { permittedSpeaker } from './performatives.js';
import { speakerOfConjunct } from './speaker-conjunct.js';
import { setOffOpenerOf } from './set-off-opener.js';
import { accusedPhrases } from './accused-phrase.js';
import { agentHungRecipientPhrases } from './described-recipient.js';
import { doerlessHarms, isHostileAct, isInDoerlessHarm, isVictimOf, judgedActs } from './judged-act.js';
import { objectInfinitives } from './object-infinitive.js';
import { strandedSourceOf } from '../deps/closing-source.js';
import { inClosingSource, isClosingSource } from './stranded-source.js';
import { isWarnedActTarget } from './warned-act.js';
import { isMisreadCoordinate } from './coordinated-clause.js';
import { hostedGuests } from './meeting-purpose.js';
import { firstConjunct } from './flags.js';

/** Prepositions that introduce the recipient of an act ("sent aid to", "met with", "fired on"). */
const RECIPIENT_PREPS = ruleWords('recipient-preposition');

/** Nouns that count an event's sittings in their "of" phrase ("a round of talks"; rule-words `meeting-span`). */
const EVENT_SPANS = ruleWords('meeting-span');

/** Events whose "between" phrase may name a side by nationality alone (rule-words.tsv `joint-meeting-event`). */
const JOINT_MEETINGS = ruleWords('joint-meeting-event');

/**
 * Verbs whose object is the topic, not a participant ("discussed Libya", "exchanged views"): their
 * recipients come only from a "with" phrase.
 */
const TOPIC_OBJECT = ruleWords('topic-object-verb');

/** Nouns whose "with" phrase names the other side of the thing itself ("relations with Russia", "a deal with Iran"). */
const PARTNERED = ruleWords('partnered-noun');

/** Talking verbs that make the relation or agreement they are about, with whom its "with" phrase names. */
const NEGOTIATING = ruleWords('negotiating-verb');

/** Nouns of quantity, whose "of" phrase is what is counted ("a variety of possible deals"). */
const QUANTITY = ruleWords('quantity-noun');

/**
 * "hit by a missile south of Iran's Kharg island" (the parser heads the phrase with "south"): a
 * direction from a place locates the act; the place's country is not its doer.
 */
const COMPASS = /^(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?$/;

/** Verbs of arriving: their "from" phrase is where the traveller left, not whom they meet. */
const ARRIVALS = ruleWords('arrival-verb');

/** Relations under which the parser hangs the later members of a list on the verb instead of on the list. */
const LIST_RELS = new Set(['obj', 'obl', 'nmod', 'conj', 'appos', 'dep', 'list']);

/** Who did it and to whom, and how that was decided. */
export interface Roles {
  readonly actors: EventParticipant[];
  readonly recipients: EventParticipant[];
  readonly reasons: Reason[];
  /** Those of `reasons` that say where the recipients came from (a set-off gerund keeps them only with its recipients). */
  readonly recipientReasons?: readonly Reason[];
}

/**
 * Actor and recipient of the clause headed by `verb`: subject → actor and object or
 * prepositional argument → recipient in the active voice; in the passive the `by` phrase is the
 * actor and the subject the recipient. Relative clauses take their antecedent as subject.
 */
export function rolesOf(tree: Tree, pack: LanguagePack, actors: ActorIndex, verb: number, noun?: number, event?: PloverEvent): Roles {
  const reasons: Reason[] = [];
  let actorList: EventParticipant[] = [];
  let recipients: EventParticipant[] = [];
  // "Let me congratulate you": the one given leave does the act, not the leave's subject (none, or a name addressed).
  const permitted = permittedSpeaker(tree, pack, verb);
  // "convened Hamas leaders to negotiate with Israel": the guests do the talks, not their host (meeting-purpose.ts).
  const guests = permitted === undefined ? hostedGuests(tree, verb, (t) => actorsOfPhrase(tree, actors, t).length > 0) : undefined;
  if (guests !== undefined) reasons.push(reason('roles/hosted-guests', { host: tree.words[tree.deps[verb].head], act: tree.words[verb] }));
  const subj = permitted !== undefined ? { token: permitted, passive: false } : guests !== undefined ? { token: guests, passive: false } : subjectOf(tree, verb);
  const agent = childrenBy(tree, verb, 'obl:agent', 'obl', 'nmod:agent').find((o) => markerOf(tree, o) === 'by');
  const isAgent = agent !== undefined && (subj?.passive || subj === undefined) && !COMPASS.test(tree.words[agent]);
  if (isAgent) {
    // "praised by France, French Prime Minister … and Belgian Prime Minister … said": the closing source's names hung
    // on the "by" list as later members are its source, not its doers (review b of session 57).
    actorList = actorsOfPhrase(tree, actors, agent).filter((p) => !inClosingSource(tree, pack.speechVerbs, p.tokens[0], agent));
    if (actorList.length) reasons.push(reason('roles/passive-agent'));
    else {
      // "destroyed by Russian strikes", "hit by Iraqi planes": an agent naming no actor says its doer's
      // country by its nationality adjective, as an unnamed party's phrase does elsewhere.
      actorList = nationalityOfParty(tree, agent);
      if (actorList.length) reasons.push(reason('roles/agent-nationality', { adjective: tree.words[actorList[0].tokens[0]], noun: tree.words[agent] }));
    }
  }
  // "The latest round of talks between … are still proceeding": a span noun counting the event noun's sittings
  // (`meeting-span`) is the subject in its place (#12, acts told inside a statement).
  const measured = subj !== undefined && noun !== undefined && tree.deps[noun].head === subj.token && markerOf(tree, noun) === 'of' && EVENT_SPANS.has(tree.lemmas[subj.token]);
  if (subj && !subj.passive && (subj.token === noun || measured) && noun !== undefined && !actors.at(noun)) {
    // "Palestinian riots against Israeli military policies are still continuing": the event noun
    // as subject is done by its own agent, not by whoever its target phrase names.
    actorList = eventAgent(tree, actors, noun);
    if (actorList.length) reasons.push(reason('roles/event-agent', { noun: tree.words[noun] }));
  } else if (subj && !subj.passive) {
    const ante = antecedent(tree, pack, subj.token);
    // "the Baker Plan, which called for …", "a Tory message which suggested …": a relative clause on a thing
    // tells what the thing does, not what the ones its modifiers name do.
    // The antecedent's phrase holds the relative clause itself, whose own parties are not its subject ("the Western
    // alliance, which accused Russia …" is no act of Russia's).
    actorList = isThingAntecedent(tree, actors, subj.token, ante) ? [] : actorsOfPhrase(tree, actors, ante).filter((p) => ante === subj.token || !isUnder(tree, p.tokens[0], tree.deps[subj.token].head));
    if (!actorList.length && pack.pronouns.has(tree.words[subj.token])) {
      // An unresolved pronoun ("Annan announced that he will withdraw …"): the nearest actor named
      // before it in the sentence.
      actorList = nearestActorBefore(tree, actors, subj.token, true);
      if (actorList.length) reasons.push(reason('roles/pronoun-nearest', { pronoun: tree.words[subj.token] }));
    }
  } else if (subj?.passive) {
    recipients = actorsOfPhrase(tree, actors, antecedent(tree, pack, subj.token));
    if (recipients.length) reasons.push(reason('roles/passive-subject'));
  } else if (!actorList.length && ['acl', 'acl:relcl', 'amod'].includes(tree.deps[verb].deprel) && tree.deps[verb].head >= 0) {
    // "the rebels fighting in the north": the modified noun does the act; a finite verb attached
    // as a modifier ("doctors from aid groups donated …") is a misparse of the same shape.
    const finite = ['VBD', 'VBZ', 'VBP', 'VBN'].includes(tree.pos[verb]?.xpos ?? '') && childrenBy(tree, verb, 'obj').length > 0;
    if (tree.pos[verb]?.xpos === 'VBG' || finite) actorList = actorsOfPhrase(tree, actors, tree.deps[verb].head);
  }
  if (!subj && agent !== undefined && actorList.length) {
    recipients = participlePatient(tree, actors, verb, actorList);
    if (recipients.length) reasons.push(reason('roles/participle-patient', { noun: recipients[0].name }));
  }
  if (!actorList.length && !subj && agent === undefined) {
    // "Sourrouille said the interest of banks was holding up an accord and urged a quick decision": a verb of
    // speaking coordinated with a reported clause that has no subject in the parse (its subject read as the
    // object of "said") is the speaker's own second act, not the reported clause's.
    const speaker = speakerOfConjunct(tree, pack, verb);
    if (speaker !== undefined) {
      actorList = actorsOfPhrase(tree, actors, antecedent(tree, pack, speaker));
      if (actorList.length) reasons.push(reason('roles/speaker-conjunct', { verb: tree.words[tree.deps[tree.deps[verb].head].head] }));
    }
  }
  if (!actorList.length && !subj?.passive && agent === undefined && isMainClause(tree, verb)) {
    // No subject in the parse: the nearest actor named before the verb in its sentence, with no
    // other verb in between ("Human rights watchdog Amnesty International accused …").
    // The event noun's place left is none ("The withdrawal of troops from Cambodia began").
    const before = nearestActorBefore(tree, actors, verb).filter((p) => noun === undefined || !holdsLeftPlace(tree, noun, p));
    if (before.length) { actorList = before; reasons.push(reason('roles/nearest-before')); }
  }
  // "Saudi Arabia, the world's biggest oil exporter, has asked …": the parser lost the opening name set off from its
  // verb by an appositive or participial phrase (set-off-opener.ts). A passive verb acts on that name ("Hamas, trying
  // to rebuild its arsenal, was targeted …"), as on a passive subject: the recipient, whoever the doer is.
  const opener = subj?.passive ? undefined : setOffOpenerOf(tree, verb, subj?.token);
  if (opener?.passive && !recipients.length) {
    recipients = actorsOfPhrase(tree, actors, opener.token);
    if (recipients.length) reasons.push(reason('roles/set-off-passive'));
  } else if (opener && !actorList.length && agent === undefined) {
    actorList = actorsOfPhrase(tree, actors, opener.token);
    if (actorList.length) reasons.push(reason('roles/set-off-opener'));
  }
  if (!actorList.length && subj && !subj.passive) {
    // "Iraq said its warplanes attacked …": a subject owned by a pronoun belongs to the nearest actor before it.
    const owner = childrenBy(tree, subj.token, 'nmod:poss').find((p) => POSSESSIVE_PRONOUNS.has(tree.words[p]));
    if (owner !== undefined) {
      actorList = nearestActorBefore(tree, actors, owner, true);
      if (actorList.length) reasons.push(reason('roles/pronoun-owner', { owner: tree.words[owner], noun: tree.words[subj.token] }));
    }
  }
  if (!actorList.length && subj && !subj.passive && event === 'ASSAULT' && !pack.pronouns.has(tree.words[subj.token])) {
    // "Russian bombs have fallen overhead", "Russian missiles hit Kharkiv": a weapon or a force naming no actor
    // is used by the country of its nationality adjective, as a passive's "by" agent is (above). Only in an
    // attack: "the West German interest rate move would force the U.S. to re-examine" coerces no one by arms.
    actorList = nationalityOfParty(tree, subj.token);
    if (actorList.length) reasons.push(reason('roles/subject-nationality', { adjective: tree.words[actorList[0].tokens[0]], noun: tree.words[subj.token] }));
  }
  if (!actorList.length && !subj?.passive && isAddressedAct(tree, pack, verb)) {
    // "Vladimir Putin: Mr Lukashenko, thank you for staying …", "Thank you very much for coming" later
    // in the turn: thanks with no subject of their own are the turn's speaker's, to the one addressed.
    const speaker = turnSpeaker(tree, actors, verb);
    if (speaker) {
      actorList = [speaker];
      reasons.push(reason('roles/turn-speaker', { name: speaker.name }));
      // Thanked is the one addressed ("you", when the discourse stage knows whom it stands for, else the
      // meeting's other party), never a place the thanks name ("for coming to the Forum").
      const you = childrenBy(tree, verb, 'obj', 'iobj').filter((o) => pack.secondPerson.has(tree.words[o]));
      return { actors: actorList, recipients: unique(you.flatMap((o) => actorsOfPhrase(tree, actors, o))), reasons };
    }
  }
  // "Talks were held between Russia and France", "a phone call took place between A and B": the
  // parties of a reciprocal act, whoever else the subject phrase names.
  // The phrase may hang on the verb's object ("took place between A and B"), and may name a side by its nationality
  // alone ("talks between Russian and Ukrainian representatives were held"), as the nominal reading does, but only for
  // a meeting (rule-words `joint-meeting-event`): force "between Armenian and Azerbaijani troops" keeps its named actors.
  const heads = [verb, ...(noun !== undefined ? [noun] : []), ...(subj ? [subj.token] : []), ...childrenBy(tree, verb, 'obj')];
  const between = heads.flatMap((h) => childrenBy(tree, h, 'obl', 'nmod')).find((o) => markerOf(tree, o) === 'between');
  // A side with no country code is no side ("clashes between Serbian police and ethnic Albanians": the Albanians
  // name no country here), and sides that are all one country make no joint act ("between Israeli police and
  // Palestinians in Jerusalem" read by the place): an event between a country and itself says nothing.
  const named = between === undefined ? [] : event && JOINT_MEETINGS.has(event) ? jointParties(tree, actors, between) : actorsOfPhrase(tree, actors, between);
  const parties = named.filter((p) => p.code !== undefined);
  if (parties.length >= 2 && new Set(parties.map((p) => p.code)).size === 1) return { actors: [], recipients: [], reasons };
  // On an object that is no event noun, with actors of the verb's own, the phrase tells what the object is
  // about ("They discussed the conflict between Israel and Hezbollah"), not who acts.
  const aboutObject = between !== undefined && tree.deps[between].head !== noun && childrenBy(tree, verb, 'obj').includes(tree.deps[between].head) && actorList.length > 0;
  const joint = !aboutObject && parties.length > 0 && (named.length >= 2 || !actorList.length);
  if (joint) {
    actorList = parties;
    reasons.push(reason('roles/between'));
  }
  // An actor does not act on itself: a recipient that is an actor, or the actors' own country
  // with no other sector ("Biden reaffirmed the United States' support for Ukraine": Ukraine, not
  // the United States), is passed over for the next candidate. A direct object of the same country
  // and another sector is a recipient ("the British government outlawed an organization").
  const self = subj && !subj.passive && actorList.length ? subj.token : undefined;
  // Two different parties of one sector are not one side ("the Tories attacked the Lib Dems' plans", sides.ts).
  const other = (r: EventParticipant) => !actorList.some((a) => a.actorId === r.actorId || (a.code !== undefined && a.code === r.code && (!a.sector || !r.sector || a.sector === r.sector) && !isRivalBody(a, r, actors.bodies)))
    && !(self !== undefined && isBoundPossessive(tree, actors, r, self));
  // "Chirac is expected to canvass support for the idea, first proposed by French Agriculture Minister
  // Guillaume" (the conjunct given the first clause's subject): a passive acts on another party than
  // its doer, as an active verb does; its own side is passed over for the next candidate.
  if (subj?.passive && recipients.length && !recipients.some(other)) {
    recipients = [];
    reasons.splice(reasons.findIndex((r) => r.rule === 'roles/passive-subject'), 1);
  }
  // "The event was attended by representatives of Ukrainian organizations from Australia, Argentina …":
  // the doer's phrase names who did it, never whom it was done to.
  const found = reasons.length;
  // Leave asked to thank "you" thanks the one addressed (whom "you" stands for, else the meeting's other party), never
  // a body its reasons name ("allow me to thank you for organising the anniversary CSTO Summit", kremlin-68426).
  const addressed = permitted === undefined ? [] : childrenBy(tree, verb, 'obj', 'iobj').filter((o) => pack.secondPerson.has(tree.words[o].toLowerCase()));
  if (addressed.length) recipients = unique(addressed.flatMap((o) => actorsOfPhrase(tree, actors, o)));
  else if (!recipients.length) {
    // A named body of the doer's own side as the verb's object is whom the act addresses (own-side-addressee.ts).
    const ownSide = self !== undefined && (event === undefined || keepsOwnSide(event)) ? ownSideAddressees(tree, actors, verb, actorList) : [];
    if (ownSide.length) reasons.push(reason('roles/own-side-addressee', { names: ownSide.map((r) => r.name).join(', ') }));
    recipients = ownSide.length ? ownSide : recipientsOf(tree, actors, verb, noun, reasons, other, event, pack, isAgent ? agent : undefined);
  }
  // A party named inside the "between" phrase is one of its sides, never the one acted on ("Fighting broke out between
  // Palestinian guerrillas and Shi'ite Moslem Amal militiamen": Amal fought, with the guerrillas).
  const side = (r: EventParticipant): boolean => joint && between !== undefined && isUnder(tree, r.tokens[0], between);
  recipients = recipients.filter((r) => !actorList.some((a) => a.actorId === r.actorId) && !side(r));
  const recipientReasons = reasons.filter((r, i) => i >= found || r.rule === 'roles/passive-subject' || r.rule === 'roles/set-off-passive' || r.rule === 'roles/participle-patient');
  return { actors: unique(actorList), recipients: unique(recipients), reasons, recipientReasons };
}

/**
 * The agent of an event noun: its possessor ("the Taliban's offensive"), its "by" phrase, a named
 * qualifier outside its target phrases, or the country of its nationality adjective ("Palestinian riots").
 */
/** Prepositions whose phrase on an event noun names its doer (rule-words `event-agent-marker`: "by", "from"). */
const EVENT_AGENT_MARKERS = ruleWords('event-agent-marker');
/** Prepositions of the phrase an event noun is aimed at ("an attack on Israel"; rule-words `noun-target-marker`). */
const NOUN_TARGET_MARKERS = ruleWords('noun-target-marker');

/** Event nouns of leaving a place or a hold, whose "from" phrase names what is left (rule-words `left-place-noun`). */
const LEFT_PLACE_NOUNS = ruleWords('left-place-noun');

/**
 * The "from" phrases naming the place a withdrawal or an evacuation leaves: on the noun, or on its own phrase ("the
 * withdrawal of troops from Cambodia", where the parser hangs it on the troops). None for other nouns.
 */
function leftPlacesOf(tree: Tree, noun: number): number[] {
  if (!LEFT_PLACE_NOUNS.has(tree.lemmas[noun]) || withdrawsThing(tree, noun)) return [];
  return fromPhrasesOf(tree, noun);
}

/** Abstract things withdrawn from a party, not moved out of a place (rule-words `withdrawn-thing`: support, aid, …). */
const WITHDRAWN_THINGS = ruleWords('withdrawn-thing');

/** The "from" phrases of an event noun: on the noun, or on its own phrase (the parser hangs them on either). */
function fromPhrasesOf(tree: Tree, noun: number): number[] {
  return [noun, ...childrenBy(tree, noun, 'nmod')].flatMap((h) => childrenBy(tree, h, 'nmod').filter((m) => markerOf(tree, m) === 'from'));
}

/** A withdrawal noun's "of" phrases: the ones or things withdrawn ("the withdrawal of troops", "of support"). */
function withdrawnOf(tree: Tree, noun: number): number[] {
  return LEFT_PLACE_NOUNS.has(tree.lemmas[noun]) ? childrenBy(tree, noun, 'nmod').filter((m) => markerOf(tree, m) === 'of') : [];
}

/** Whether a withdrawal's "of" phrase is an abstract thing ("the withdrawal of support"), which no one moves out of a place. */
function withdrawsThing(tree: Tree, noun: number): boolean {
  return withdrawnOf(tree, noun).some((m) => WITHDRAWN_THINGS.has(tree.lemmas[m]));
}

/**
 * "the withdrawal of support from Germany": the "from" phrases of a withdrawal of an abstract thing name the one it is
 * withdrawn from, its recipient, neither a place left nor the doer (review a after session 55 #10).
 */
function withdrawnFromOf(tree: Tree, noun: number): number[] {
  return LEFT_PLACE_NOUNS.has(tree.lemmas[noun]) && withdrawsThing(tree, noun) ? fromPhrasesOf(tree, noun) : [];
}

/**
 * Whether the mention `p` holds the place the event noun `noun` leaves: that place names no doer, nor do the ones it
 * leaves with it (the actors stage reads "troops from Cambodia" as Cambodia's troops, which troops withdrawn from it are not).
 */
function holdsLeftPlace(tree: Tree, noun: number, p: EventParticipant): boolean {
  // Nor does the party a thing is withdrawn from ("the withdrawal of Western aid from Egypt"): it is the recipient.
  return [...leftPlacesOf(tree, noun), ...withdrawnFromOf(tree, noun)].some((m) => m >= p.tokens[0] && m < p.tokens[1]);
}

/** Whether `m`, a phrase of the event noun `noun`, names its doer ("riots by students", "criticism … from France"). */
function isAgentPhrase(tree: Tree, noun: number, m: number): boolean {
  return EVENT_AGENT_MARKERS.has(markerOf(tree, m) ?? '') && !leftPlacesOf(tree, noun).includes(m) && !withdrawnFromOf(tree, noun).includes(m);
}

function eventAgent(tree: Tree, actors: ActorIndex, noun: number): EventParticipant[] {
  const owner = possessorOf(tree, actors, noun);
  if (owner.length) return owner;
  // "There was criticism of Israel from France": a "from" phrase names the doer as "by" does (review d #9).
  const by = childrenBy(tree, noun, 'nmod').find((m) => isAgentPhrase(tree, noun, m));
  const agent = by === undefined ? [] : actorsOfPhrase(tree, actors, by);
  if (agent.length) return agent;
  const named = actorsOfPhrase(tree, actors, noun);
  const targets = childrenBy(tree, noun, 'nmod').filter((m) => BENEFICIARY_PREPS.has((markerOf(tree, m) ?? '').split(' ')[0]));
  const inTarget = (p: EventParticipant) => targets.some((m) => isUnder(tree, p.tokens[0], m));
  const own = named.filter((p) => !inTarget(p) && !holdsLeftPlace(tree, noun, p));
  if (own.length) return own;
  // "the withdrawal of Vietnamese troops from Cambodia", "the withdrawal of American support": the nationality of the
  // ones leaving, or of the thing withdrawn, names the doer, wherever the parser hung the "from" phrase.
  const leaving = leftPlacesOf(tree, noun).map((m) => tree.deps[m].head).filter((h) => h !== noun);
  for (const head of [noun, ...leaving, ...withdrawnOf(tree, noun)]) {
    const found = nationalityOfParty(tree, head);
    if (found.length) return found;
  }
  return [];
}

/**
 * "Ukrainian citizens illegally detained by Russia", "the ships hit by Iraqi planes": a past
 * participle with a "by" agent acts on the noun it modifies, as a passive acts on its subject.
 */
function participlePatient(tree: Tree, actors: ActorIndex, verb: number, doers: readonly EventParticipant[]): EventParticipant[] {
  const noun = modifiedNoun(tree, verb);
  if (noun === undefined) return [];
  const named = actorsOfPhrase(tree, actors, noun);
  const found = named.length ? named : nationalityOfParty(tree, noun);
  return found.filter((p) => !doers.some((d) => d.actorId === p.actorId || d.code === p.code));
}

/**
 * "The Russian side noted its commitment to … and its intention": a possessive pronoun with no other
 * actor named between it and the clause's subject is the subject's own, whatever the article's last
 * actor was.
 */
function isBoundPossessive(tree: Tree, actors: ActorIndex, p: EventParticipant, subj: number): boolean {
  const [first, last] = p.tokens;
  if (last - first !== 1 || !POSSESSIVE_PRONOUNS.has(tree.words[first]) || first < subj) return false;
  const subjectMention = actors.at(subj);
  for (let t = subj + 1; t < first; t++) {
    const m = actors.at(t);
    // "The leaders of Poland and Lithuania reaffirmed their support": a party inside the subject's
    // own phrase is the subject, not another actor the pronoun could stand for.
    if (m && m !== subjectMention && !POSSESSIVE_PRONOUNS.has(tree.words[t]) && !isUnder(tree, t, subj)) return false;
  }
  return true;
}

/** Verbs said to the one addressed ("thank"), here with "you" as their object. */
const ADDRESSED_ACTS = ruleWords('addressed-act');

/**
 * "Thank you for your invitation": an act said to "you" for something done. A bare "Thank you." or
 * "Fine, thank you." closes or answers a turn and says nothing of an act.
 */
function isAddressedAct(tree: Tree, pack: LanguagePack, verb: number): boolean {
  return ADDRESSED_ACTS.has(tree.lemmas[verb]) && childrenBy(tree, verb, 'obj', 'iobj').some((o) => pack.secondPerson.has(tree.words[o]))
    && childrenBy(tree, verb, 'obl', 'advcl').some((c) => markerOf(tree, c) === 'for');
}

/** A verb of the main clause (the root, a verb coordinated with it, or reported by it), not a modifier. */
function isMainClause(tree: Tree, verb: number): boolean {
  for (let v = verb, hops = 0; hops < 4; hops++) {
    const rel = tree.deps[v].deprel;
    if (rel === 'root') return true;
    if (!['conj', 'ccomp', 'xcomp', 'parataxis'].includes(rel) || tree.deps[v].head < 0) return false;
    v = tree.deps[v].head;
  }
  return false;
}

const POSSESSIVE_PRONOUNS = ruleWords('possessive-pronoun');

/** The nearest actor named before token `at` in its sentence; unless `acrossClauses`, no verb or comma may stand between. */
export function nearestActorBefore(tree: Tree, actors: ActorIndex, at: number, acrossClauses = false): EventParticipant[] {
  const sent = tree.tokens[at].sent;
  for (let t = at - 1; t >= 0 && tree.tokens[t].sent === sent; t--) {
    if (!acrossClauses && (tree.pos[t]?.upos === 'VERB' || tree.words[t] === ',' || tree.words[t] === ';')) return [];
    const m = actors.at(t);
    if (!m) continue;
    // "President Zelenskyy and Chancellor Nehammer discussed": the nearest mention with the
    // coordination it ends.
    let head = headOfMention(tree, m, t);
    for (let hops = 0; hops < 4 && tree.deps[head].deprel === 'conj' && tree.deps[head].head >= 0 && tree.pos[tree.deps[head].head]?.upos !== 'VERB'; hops++) head = tree.deps[head].head;
    const all = actorsOfPhrase(tree, actors, head);
    return all.some((p) => p.actorId === m.actorId) ? all : actors.expand(m);
  }
  return [];
}

/**
 * Relations under which the parser hangs a "who"/"which" clause set off by commas on its noun instead of
 * `acl:relcl` ("Balladur, who also had private talks with … Thatcher": `parataxis` of "Balladur").
 */
const MISREAD_RELATIVE = new Set(['parataxis', 'appos', 'acl', 'dep']);

/** The noun a relative clause modifies, for relative pronouns ("the army, which attacked …"). */
function antecedent(tree: Tree, pack: LanguagePack, subj: number): number {
  const rel = tree.deps[subj]?.head ?? -1;
  const { restrictive, relative } = pack.pronounClasses;
  if (rel >= 0 && restrictive.has(tree.words[subj]) && tree.deps[rel].deprel === 'acl:relcl') {
    return tree.deps[rel].head;
  }
  const noun = rel >= 0 ? tree.deps[rel].head : -1;
  if (noun >= 0 && noun < subj && relative.has(tree.words[subj]) && MISREAD_RELATIVE.has(tree.deps[rel].deprel) && ['NOUN', 'PROPN'].includes(tree.pos[noun]?.upos ?? '')) {
    return noun;
  }
  return subj;
}

/**
 * True when "which" or "that" stands for a thing: a common noun that is no actor's mention and has no owner
 * ("His legislation, which also rejects …" is its owner's act). "Who" always stands for people, who may be
 * named only by their phrase ("members of the parliament who asked …").
 */
function isThingAntecedent(tree: Tree, actors: ActorIndex, subj: number, ante: number): boolean {
  return ante !== subj && THING_RELATIVES.has(tree.words[subj]) && tree.pos[ante]?.upos === 'NOUN'
    && !actors.at(ante) && !AGENTIVE_NOUNS.has(tree.lemmas[ante]) && !childrenBy(tree, ante, 'nmod:poss').length;
}

/** Relative pronouns that may stand for a thing (rule-words `thing-relative`; "who" never does). */
const THING_RELATIVES = ruleWords('thing-relative');
/** Common nouns of a body that acts, a thing for no relative pronoun ("the Iranian militia, which attacked …"). */
const AGENTIVE_NOUNS = ruleWords('agentive-noun');

function recipientsOf(tree: Tree, actors: ActorIndex, verb: number, noun: number | undefined, reasons: Reason[], acceptAny: (p: EventParticipant) => boolean, event: PloverEvent | undefined, lang: Pick<LanguagePack, 'speechVerbs' | 'topics' | 'locatives'>, agent?: number): EventParticipant[] {
  // "called for tougher sanctions against Russia", "urged partners to unite against the aggressor":
  // whom a request's content is against is its target, never whom it asks (its doer, sought
  // by contentDoer, may be named inside that phrase: "sanctions against Russia by the EU").
  // "stressed the importance of sanctions pressure on Russia", "supported increasing pressure on the
  // Russian regime": a stance on a punishment is not addressed to whom it falls on either.
  const against = event !== undefined && TARGET_NOT_RECIPIENT.has(event) ? (p: EventParticipant) => acceptAny(p) && !isAgainst(tree, p.tokens[0], verb) : acceptAny;
  // "expressed sympathy for the killings by al-Shabaab", "offered condolences for the bombings by Islamic State": support
  // over a hostile act is for those who suffered it, never addressed to its doer (review b of session 52, #1).
  // "praised the U.S. strike on the camp by its air force", "condemned the attacks on our country": an act the judgement
  // takes as its object is praised or blamed, addressed to its doer, never to its victim (judged-act.ts).
  const judgedObjects = event !== undefined && JUDGEMENTS.has(event) ? judgedActs(tree, verb) : [];
  const notHostileDoer = (p: EventParticipant) => event !== 'SUPPORT' || !isHostileActDoer(tree, p.tokens[0], judgedObjects);
  // "expressed concern about the floods in southern Brazil": where a harm no side does struck is no side accused.
  const harms = event === 'ACCUSE' ? doerlessHarms(tree, verb) : [];
  const notVictim = (p: EventParticipant) => !isVictimOf(tree, p.tokens[0], verb, judgedObjects) && !isInDoerlessHarm(tree, p.tokens[0], harms);
  // "warned against sanctions on Russia": whom an act warned against would fall on is no party to the warning; the
  // act's named doer ("against new EU sanctions") is whom it is for (warned-act.ts).
  const notWarnedTarget = (p: EventParticipant) => !isWarnedActTarget(tree, p.tokens[0], verb);
  const accept = (p: EventParticipant) => against(p) && notHostileDoer(p) && notVictim(p) && notWarnedTarget(p);
  // "convened the Council on Native American Affairs", "held a meeting on the impact … on the Ukrainian food
  // industry", "would not agree with the position of some entities regarding Russia": what a noun's
  // "on"/"about" phrase names is its topic, not a party to a cooperative act (see #12).
  const cooperative = event !== undefined && quadCode(event) <= 2;
  const notNounTopic = (top: number) => (p: EventParticipant) => !(cooperative && isNounTopicUnder(tree, lang.topics, p.tokens[0], top));
  // ", Belgian minister Paul de Keersmaeker told a news conference": the report's source, wherever the parser hung it,
  // is no party to a verbal act of cooperation it reports; in a clash or a surrender it often is one of the sides
  // ("traded stones for tear gas, police said", "rebels surrendered …, a local official said").
  const verbal = event !== undefined && quadCode(event) === 1;
  const speaker = (t: number, top: number) => verbal && inClosingSource(tree, lang.speechVerbs, t, top);
  // A source's name hung on the object's beneficiary is no party of any act short of a clash (review b of session 57:
  // "criticised the agreement with Austria, German Chancellor … and Austrian Chancellor … said" gave ACCUSE DEU->AUT+AUT).
  const beneficiarySpeaker = (t: number, top: number) => event !== undefined && quadCode(event) !== 4 && inClosingSource(tree, lang.speechVerbs, t, top);
  const phrase = (head: number) => actorsOfPhrase(tree, actors, head).filter(accept);
  // Talking verbs name a topic, not a participant, when they code a consultation; when they code
  // an appeal ("spoke in favor of a cessation of hostilities") the appeal's addressee is sought.
  if (TOPIC_OBJECT.has(tree.lemmas[verb]) && (event === undefined || event === 'CONSULT')) {
    // The partner's "with" phrase hangs on the verb, or on its medium or topic when the parser
    // attaches it there ("spoke by telephone with Macron").
    const args = childrenBy(tree, verb, 'obl', 'nmod', 'obj');
    // "negotiating a package of economic reforms with the World Bank": or on the "of" phrase of the object, unless
    // that phrase's noun is one whose own other side it names ("discussed the state of relations with Russia").
    const inner = args.flatMap((a) => childrenBy(tree, a, 'nmod'));
    // Negotiating one is making it with that side ("negotiating the terms of a trade deal with the EU"), and after a
    // quantity the deals are the object itself ("discussed a variety of possible deals with French companies").
    const ofPhrases = inner.filter((a) => markerOf(tree, a) === 'of' && (NEGOTIATING.has(tree.lemmas[verb]) || QUANTITY.has(tree.lemmas[tree.deps[a].head]) || !PARTNERED.has(tree.lemmas[a])));
    const partner = [...args, ...inner, ...ofPhrases.flatMap((a) => childrenBy(tree, a, 'nmod'))].find((o) => markerOf(tree, o) === 'with');
    if (partner === undefined) return [];
    // "spoke with the President of Lithuania, Mr. Nausėda, Prime Minister of Israel Bennett and …": the name set off after
    // the title is read as a second, unmarked phrase of the verb, and the list's later members hang on it.
    const setOff = childrenBy(tree, verb, 'obl').find((o) => o > partner && markerOf(tree, o) === undefined && tree.pos[o]?.upos === 'PROPN' && tree.words[o - 1] !== undefined && [tree.words[o - 1], tree.words[o - 2]].includes(','));
    // "met today with X in Sal, Cabo Verde": where the meeting is held names no partner (a visit's place is its host).
    const notVenue = (p: EventParticipant) => isTravel(tree.lemmas[verb]) || !isPlaceIn(tree, actors, lang.locatives, p.tokens[0], partner);
    if (setOff === undefined) return phrase(partner).filter(notVenue);
    // A member named by title and name ("Prime Minister of Israel Bennett") is one partner, not two.
    const listed = [...phrase(partner)];
    for (const p of phrase(setOff)) if (!listed.some((q) => q.code === p.code)) listed.push(p);
    return listed;
  }
  // "laid the blame for the attack by Russian troops on the Wagner group": an accusation idiom names whom it accuses by
  // its own preposition wherever the parser hangs that phrase; its "for" phrase names the deed (accused-phrase.ts).
  for (const head of accusedPhrases(tree, verb)) {
    const found = phrase(head);
    if (found.length) { reasons.push(reason('roles/accused-phrase', { marker: markerOf(tree, head) ?? '' })); return found; }
  }
  // "was heading for Washington for talks with creditor banks", "left Bonn after talks with Kohl": a consultation named
  // in a phrase of the verb has its partner in its own "with" phrase; the verb's object or other phrases say where the
  // traveller went (USA took the banks' place in the talks, #12 session 47). The noun is any event noun in the verb's
  // phrase ("after clashes with Syrian forces" too). A partner with no code ("talks with the opposition leader") does
  // not displace a coded destination or object: the old path below is taken then.
  const partners = noun !== undefined && tree.deps[noun].head === verb && tree.baseRels[noun] === 'obl'
    ? childrenBy(tree, noun, 'nmod').filter((m) => markerOf(tree, m) === 'with').flatMap((m) => phrase(m).filter(notNounTopic(m))) : [];
  if (partners.some((p) => p.code)) { reasons.push(reason('roles/preposition', { marker: 'with' })); return partners; }
  // A noun coordinated with the verb is a misparsed second object ("conveyed his congratulations
  // and best wishes to X", the "to" phrase on "wishes").
  // "told his counterpart about the delivery of aid to Kabul": whom an intent to give is told to
  // only listens; the gift's destination, sought below, is the recipient.
  const listenerOnly = event !== undefined && GIFTS.has(event) && lang.speechVerbs.has(tree.lemmas[verb]);
  const objects = childrenBy(tree, verb, 'obj', ...(listenerOnly ? [] : ['iobj']));
  const stranded = objects.length ? childrenBy(tree, verb, 'conj').filter((c) => tree.pos[c]?.upos === 'NOUN' && childBy(tree, c, 'nsubj', 'nsubj:pass') === undefined) : [];
  // "appealed to NATO, Europe, the United States": an object continuing a prepositional list is a member of it, sought there.
  const listed = new Set(childrenBy(tree, verb, 'obl', 'nmod').flatMap((o) => strayListMembers(tree, verb, o).filter((m) => actors.at(m))));
  for (const given of [...objects, ...stranded]) {
    if (given === noun || listed.has(given)) continue;
    const obj = sharedObject(tree, verb, given) ?? given;
    const named = actors.at(obj) ? [obj, ...strayListMembers(tree, verb, obj).filter((m) => actors.at(m))].flatMap(phrase) : [];
    if (named.length) return named;
    // "supports the sanctions imposed by the EU", "condemned the attacks carried out by Hamas": a
    // judgement of an act is addressed to whoever did it.
    // "expressed gratitude for the assistance provided by the Russian Defence Ministry": the
    // attitude's "for" phrase names the act, whose doer it is addressed to.
    const doer = event !== undefined && JUDGEMENTS.has(event) ? doerOf(tree, actors, obj, phrase, accept) ?? appreciatedDoer(tree, actors, verb, obj, phrase, accept) : undefined;
    if (doer) { reasons.push(reason(doer.rule, { object: tree.words[doer.act ?? obj] })); return doer.found; }
    // "support for Ukraine", "aid to A and B", "commitment to X": the noun's beneficiary or
    // destination before its possessor or the nationality of the thing.
    // A joint source's name hung on the object's beneficiary ("praised the agreement with Britain, French Prime Minister
    // … and Belgian Prime Minister … said": Martens a conjunct of Britain) is the source, not a beneficiary (rv-a #12).
    const beneficiary = beneficiaryOf(tree, obj, (head) => phrase(head).filter((p) => notNounTopic(head)(p) && !beneficiarySpeaker(p.tokens[0], obj)));
    if (beneficiary.length) { reasons.push(reason('roles/beneficiary', { object: tree.words[obj] })); return beneficiary; }
    const direct = [obj, ...strayListMembers(tree, verb, obj).filter((m) => actors.at(m))].flatMap(phrase);
    if (direct.length) return direct;
    const owner = possessorOf(tree, actors, obj).filter(accept);
    if (owner.length) { reasons.push(reason('roles/object-owner', { object: tree.words[obj] })); return owner; }
    const nationality = nationalityOfParty(tree, obj).filter(accept);
    if (nationality.length) { reasons.push(reason('roles/object-nationality', { adjective: tree.words[nationality[0].tokens[0]], object: tree.words[obj] })); return nationality; }
  }
  // "arrived from Helsinki": where a traveller comes from is no participant. "hosted … at the White
  // House", "celebrated … at the Kennedy Space Center": a cooperative act's "at" phrase is its venue
  // ("fired at", "aimed at" stay for conflict).
  const origin = ARRIVALS.has(tree.lemmas[verb]);
  const venue = event !== undefined && quadCode(event) <= 2;
  // "taking place on a special day for Russia", "convened for a special meeting on Russia's war
  // crimes", "met … on the sidelines of the CIS summit": a meeting's "on" phrase is its date,
  // occasion or topic; its partners come "with" it or as its object.
  const occasion = event === 'CONSULT';
  // The passive's doer phrase, with what follows it unmarked: a passive has no object, so a bare
  // nominal after the "by" phrase is a later member of its list that the parser hung on the verb
  // ("The meeting was attended by Prime Minister Mikhail Mishustin, …, First Deputy Prime Minister Andrei Belousov, …").
  const doers = agent === undefined ? [] : [agent, ...tree.children[verb].filter((c) => c > agent && LIST_RELS.has(tree.baseRels[c]) && markerOf(tree, c) === undefined)];
  const sources = (o: number) => {
    if (doers.includes(o)) return true;
    const marker = markerOf(tree, o) ?? '';
    return marker.startsWith('according') || (origin && marker === 'from') || (venue && marker === 'at') || (occasion && marker === 'on') || isJointWorkTopic(tree, lang.topics, o) || isOwnPart(tree, o) || (verbal && isClosingSource(tree, lang.speechVerbs, o));
  };
  // "agreed to coordinate on issues of shared interest, including China, Russia": what joint work is
  // on is its topic, however deep in the act's phrases.
  // "met … following the murder of hostages by Hamas": a time phrase dates the act and names no
  // party, unless it holds the event's own noun ("left Bonn after talks with Kohl").
  const dated = (t: number, top: number) => isInTimePhrase(tree, t, top) && (noun === undefined || !isInTimePhrase(tree, noun, top));
  // "met with Pope Francis on the margins of the G7 Summit in Apulia, Italy", "met today in Jeddah,
  // Saudi Arabia": where a meeting is held is its venue, not a party to it (a visit's place is its host).
  const meeting = event === 'CONSULT' && !isTravel(tree.lemmas[verb]);
  const isVenue = (t: number, top: number) => meeting && isPlaceIn(tree, actors, lang.locatives, t, top);
  const judged = event !== undefined && (JUDGEMENTS.has(event) || event === 'AGREE');
  const notTopic = (top: number) => (p: EventParticipant) => accept(p) && !isTopicUnder(tree, lang.topics, p.tokens[0], top) && !dated(p.tokens[0], top) && !isVenue(p.tokens[0], top) && !speaker(p.tokens[0], top);
  // "agreed to a Russian truce plan with Azerbaijan", "agreed to a Qatari proposal for a hostage deal with Hamas": an
  // agreement's other side, named by a "with" phrase anywhere in the act's phrases, is whom it is made with, not whose
  // the plan was ("a South Korean proposal for talks between the prime ministers" names the talks' parties).
  const counterpart = event === 'AGREE' && childrenBy(tree, verb, 'obl', 'nmod').some((o) => walkTokens(tree, o, CLAUSE_RELS, 5).some((t) => markerOf(tree, t) === 'with' && phrase(t).some((p) => p.code)));
  // An agreement is to or with what it accepts ("agreed on a Syrian ceasefire" is about it).
  const ownerFirst = (marker: string) => judged && (event !== 'AGREE' || (!counterpart && ['to', 'with'].includes(marker)));
  // "The French proposal was rejected by Germany": a passive's subject is the thing judged, held by whom it names.
  const judgedSubject = judged && agent !== undefined ? childBy(tree, verb, 'nsubj:pass') : undefined;
  const subjectHolder = judgedSubject !== undefined && !actors.at(judgedSubject) ? judgedOwner(tree, actors, judgedSubject).filter(accept) : [];
  if (subjectHolder.length) { reasons.push(reason('roles/judged-owner', { object: tree.words[judgedSubject ?? verb] })); return subjectHolder; }
  // "Egypt hosted rebel commanders in Cairo for talks with Sudan": with its guests the object, a meeting's purpose
  // phrase names the guests' partner, no side of the host's (review rv-c #6).
  const guests = meeting && childrenBy(tree, verb, 'obj').some((o) => actors.at(o) !== undefined);
  const isGuestsPurpose = (o: number) => guests && PURPOSE_PREPS.has(markerOf(tree, o) ?? '');
  for (const obl of [...childrenBy(tree, verb, 'obl', 'nmod'), ...agentHungRecipientPhrases(tree, verb, agent)]) {
    const marker = markerOf(tree, obl) ?? '';
    if (!RECIPIENT_PREPS.has(marker.split(' ')[0]) || sources(obl) || isGuestsPurpose(obl)) continue;
    // "agreed to a South Korean proposal for talks between the prime ministers", "objected to Soviet membership":
    // whose the thing judged is, before whom its own phrases name.
    const held = ownerFirst(marker) && !actors.at(obl) ? judgedOwner(tree, actors, obl).filter(accept) : [];
    if (held.length) { reasons.push(reason('roles/judged-owner', { object: tree.words[obl] })); return held; }
    // "objected to the bid launched by Cable and Wireless", "expressed disappointment at the tariffs imposed by the U.S.":
    // a judgement of an act named in a phrase is addressed to its doer, as one of an act named as object is.
    const doer = judgedPhraseDoer(tree, actors, event, obl, phrase);
    if (doer.length) { reasons.push(reason('roles/object-doer', { object: tree.words[obl] })); return doer; }
    // "met with X of the Republic of Cabo Verde in Sal, Cabo Verde": the meeting's venue inside the partner's phrase.
    const found = phrase(obl).filter((p) => notNounTopic(obl)(p) && !isVenue(p.tokens[0], obl));
    if (found.length) { reasons.push(reason('roles/preposition', { marker })); return [...found, ...strayListMembers(tree, verb, obl).filter((m) => actors.at(m)).flatMap(phrase)]; }
  }
  // "called on the Russian leadership to refrain from aggression against Ukraine": a recipient's
  // phrase that names no actor may say its country by a nationality adjective.
  for (const obl of childrenBy(tree, verb, 'obl', 'nmod')) {
    const marker = markerOf(tree, obl) ?? '';
    if (!RECIPIENT_PREPS.has(marker.split(' ')[0]) || sources(obl) || tree.pos[obl]?.upos !== 'NOUN') continue;
    const found = nationalityOfParty(tree, obl).filter(accept);
    if (found.length) { reasons.push(reason('roles/preposition-nationality', { marker, adjective: tree.words[found[0].tokens[0]] })); return found; }
  }
  if (noun !== undefined) {
    const withdrawnFrom = withdrawnFromOf(tree, noun).flatMap((m) => phrase(m)).filter(accept);
    if (withdrawnFrom.length) { reasons.push(reason('roles/withdrawn-from', { noun: tree.words[noun] })); return withdrawnFrom; }
    const beneficiary = beneficiaryOf(tree, noun, (head) => phrase(head).filter(notNounTopic(head)));
    if (beneficiary.length) return beneficiary;
    // "There was criticism of Israel from France", "the invasion of Kuwait by Iraq": with its doer in a "from" or "by"
    // phrase, an event noun's "of" phrase names whom it is done to (review d #9), else its target phrase ("an attack on
    // Israel from Lebanon": session 54 review b #3).
    // A withdrawal's "of" phrase names the ones or things withdrawn, the doer's own ("the withdrawal of troops by
    // Russia"), never whom it is done to (review b after session 56 #7).
    const nmods = childrenBy(tree, noun, 'nmod');
    const withdrawn = withdrawnOf(tree, noun);
    const patient = nmods.some((m) => isAgentPhrase(tree, noun, m) && actorsOfPhrase(tree, actors, m).length) ?
      nmods.find((m) => markerOf(tree, m) === 'of' && !withdrawn.includes(m)) ?? nmods.find((m) => NOUN_TARGET_MARKERS.has(markerOf(tree, m) ?? '')) : undefined;
    const done = patient === undefined ? [] : phrase(patient).filter(accept);
    if (done.length) { reasons.push(reason('roles/noun-patient', { noun: tree.words[noun] })); return done; }
    const owner = possessorOf(tree, actors, noun).filter(accept);
    if (owner.length) return owner;
  }
  // Deeper in the object or its prepositional phrases: "called for an end to the fighting in Libya".
  // "according to X" names a source, never a participant.
  const searched = childrenBy(tree, verb, 'obj', 'obl', 'xcomp').filter((o) => !sources(o) && !isGuestsPurpose(o));
  for (const arg of searched) {
    const [outside, notNoun] = [notTopic(arg), notNounTopic(arg)];
    // "was disappointed by the tariffs announced by President Reagan": a judgement's phrase of any preposition that
    // names an act by a participle's "by" agent is addressed to that doer, before a party deeper in the phrase.
    const doer = tree.baseRels[arg] === 'obl' ? judgedPhraseDoer(tree, actors, event, arg, phrase).filter(outside) : [];
    if (doer.length) { reasons.push(reason('roles/object-doer', { object: tree.words[arg] })); return doer; }
    const deep = firstActorsUnder(tree, actors, arg, 5, (p) => outside(p) && notNoun(p) && notHostileDoer(p));
    if (deep.length) { reasons.push(reason('roles/inside-object')); return deep; }
    // "reaffirmed the U.S. commitment to continue providing Ukraine with …, holding Russia accountable": whom the object's
    // own infinitive acts on is whom the pledge is for, before a party in a later phrase of the verb (the parser hangs
    // the rest of such a list there). A request's infinitive is its content, read below.
    for (const clause of event !== 'REQUEST' && tree.baseRels[arg] === 'obj' ? objectInfinitives(tree, verb, arg) : []) {
      const own = recipientsOf(tree, actors, clause, undefined, [], accept, event, lang);
      if (own.length) { reasons.push(reason('roles/object-clause', { object: tree.words[arg], verb: tree.words[clause] })); return own; }
    }
  }
  // "reaffirmed its commitment to continue supporting the Afghan forces", "readiness to ensure
  // supplies to Italy": the intent's own infinitive names whom it is for.
  // The infinitive may close a coordinated object ("released $300 million in development and other
  // assistance to help the Afghan people", the parser often hanging the second on the verb).
  const unmarked = stranded.filter((c) => markerOf(tree, c) === undefined);
  for (const obj of [...[...childrenBy(tree, verb, 'obj'), ...unmarked].flatMap((o) => conjuncts(tree, o)), ...(noun !== undefined ? [noun] : [])]) {
    // A request's own infinitive is its content (below), read only where the parser hung it on the object.
    for (const clause of event === 'REQUEST' ? childrenBy(tree, obj, 'acl').filter((a) => markerOf(tree, a) === 'to') : objectInfinitives(tree, verb, obj)) {
      const inner = recipientsOf(tree, actors, clause, undefined, [], accept, event, lang);
      if (event === 'REQUEST') {
        const doer = contentDoer(tree, clause, (head) => actorsOfPhrase(tree, actors, head).filter(acceptAny));
        if (doer.length) { reasons.push(reason('roles/content-doer', { object: tree.words[obj], verb: tree.words[clause] })); return doer; }
        // Its target, named whether or not it is against someone, is no recipient.
        if (inner.length || firstActorsUnder(tree, actors, clause, 5, acceptAny).length) { reasons.push(reason('roles/content-target', { object: tree.words[obj], verb: tree.words[clause] })); return []; }
        continue;
      }
      if (inner.length) { reasons.push(reason('roles/object-clause', { object: tree.words[obj], verb: tree.words[clause] })); return inner; }
    }
  }
  // "demanded that Iran withdraw", "warned that any Russian incursion would …": a demand or a
  // warning is addressed to the subject of its content clause.
  if (event !== undefined && CLAUSE_ADDRESSED.has(event)) {
    // A coordinated clause the parser made content ("vowed revenge, and Egypt offered to mediate") is no warning's content.
    for (const clause of childrenBy(tree, verb, 'ccomp').filter((c) => !isMisreadCoordinate(tree, c))) {
      const subj = subjectOf(tree, clause);
      const named = subj ? actorsOfPhrase(tree, actors, subj.token).filter(accept) : [];
      const found = named.length || !subj ? named : nationalityOfParty(tree, subj.token).filter(accept);
      if (found.length) { reasons.push(reason('roles/clause-subject', { verb: tree.words[verb] })); return found; }
    }
  }
  // Misparsed objects hang elsewhere: the first actor after the verb among its other dependents
  // (those searched above hold none).
  // "accused the West of arming the Nordic countries": the accused is the object, though it names no actor; the clause of
  // the deed names the deed's patient, never the accused (review a of session 50, #6).
  const accusedObject = event === 'ACCUSE' && childrenBy(tree, verb, 'obj').length > 0;
  // "will meet in Brussels to discuss possible EC action against Japan": a meeting's "to" purpose clause is its topic,
  // never its partner, as the inner-nationality step below already reads it (session 57 ev-parties, see #12).
  const purpose = (c: number) => meeting && tree.baseRels[c] === 'advcl' && markerOf(tree, c) === 'to';
  // "met in Doha to hold talks with U.S. envoy Zalmay Khalilzad", "met in Muscat to discuss a ceasefire with Saudi
  // Arabia": the purpose's "with" phrase, on its verb or its object, is the meeting's other side; only the rest of the
  // purpose is its topic (review rv-c #1).
  const purposePartners = (c: number) => [...childrenBy(tree, c, 'obl', 'nmod'), ...childrenBy(tree, c, 'obj').flatMap((o) => childrenBy(tree, o, 'nmod'))]
    .filter((p) => markerOf(tree, p) === 'with').sort((a, b) => a - b);
  const others = tree.children[verb].filter((c) => c > verb && !['punct', 'parataxis', 'ccomp', 'conj', 'cc', 'nsubj'].includes(tree.baseRels[c]) && !sources(c)
    && !(accusedObject && tree.baseRels[c] === 'advcl') && !isGuestsPurpose(c)).flatMap((c) => purpose(c) ? purposePartners(c) : [c]);
  for (const arg of others) {
    if (searched.includes(arg)) continue;
    const deep = firstActorsUnder(tree, actors, arg, 5, notTopic(arg));
    if (deep.length) { reasons.push(reason('roles/other-dependent')); return deep; }
  }
  // "called for … intra-Libyan dialogue": no one named, but the parties inside a country are.
  for (const arg of new Set([...childrenBy(tree, verb, 'obj', 'obl').filter((o) => !doers.includes(o)), ...others])) {
    const parties = internalParties(tree, arg, 5, (adjective) => loadKb().adjective(adjective)).filter(accept);
    if (parties.length) { reasons.push(reason('roles/internal-parties', { parties: parties[0].name, word: tree.words[parties[0].tokens[0]] })); return parties; }
  }
  // "tariffs on 300 mln dlrs worth of Japanese electronic goods", "threatened to shell Iraqi towns":
  // no one named, but a nationality adjective deeper in the act's phrases or its infinitive names
  // the country it is aimed at.
  // "a World Bank mission arrived on Monday to analyse the performance of the Brazilian economy", "to give a grant to
  // help women survivors of the Rwandan genocide": so does the clause that says what the act is for; a meeting's
  // purpose ("met to discuss the Greek debt crisis") is its topic, and a journey's named place ("arrived in the region
  // to discuss the American tariffs") says where it went.
  const placed = childrenBy(tree, verb, 'obl').some((o) => { const m = markerOf(tree, o) ?? ''; return m === 'to' || lang.locatives.has(m); });
  const purposes = meeting || (isTravel(tree.lemmas[verb]) && placed) ? [] : childrenBy(tree, verb, 'advcl').filter((c) => markerOf(tree, c) === 'to');
  for (const arg of new Set([...childrenBy(tree, verb, 'obj', 'obl', 'xcomp').filter((o) => !sources(o)), ...purposes, ...(noun !== undefined ? [noun] : [])])) {
    for (const { token } of walk(tree, arg, CLAUSE_RELS, 4)) {
      // The act's own nouns are passed: their nationality is the doer's ("Palestinian riots") or was sought above.
      // "criticised recent rises in Japanese interest rates", "concern about American practices": a phrase of what
      // the act is about or where it falls is no act's own noun, though the parser hangs it on the verb (see #12).
      // "criticised the plan in a Lebanese newspaper interview": nor is the medium a statement is made in.
      // A meeting's locative phrase is its venue, a common noun's as a name's ("the talks, at the Belgian resort of
      // Knokke": session 58, the guard the purpose-clause rule above waited on).
      if ((token === arg && !isAboutPhrase(tree, verb, arg, meeting)) || !['NOUN', 'PROPN'].includes(tree.pos[token]?.upos ?? '') || dated(token, arg) || speaker(token, arg) || (meeting && isInLocative(tree, lang.locatives, token, arg)) || isInMedium(tree, token, arg)) continue;
      const found = nationalityOfParty(tree, token).filter(accept);
      if (found.length) { reasons.push(reason('roles/inner-nationality', { adjective: tree.words[found[0].tokens[0]], noun: tree.words[token] })); return found; }
    }
  }
  const target = event === 'REQUEST' ? firstActorsUnder(tree, actors, verb, 5, (p) => acceptAny(p) && isAgainst(tree, p.tokens[0], verb)) : [];
  if (target.length) reasons.push(reason('roles/request-target', { target: target[0].name }));
  return [];
}

/** Prepositions of a meeting's purpose phrase ("hosted … for talks with"; rule-words.tsv `presence-purpose`). */
const PURPOSE_PREPS = ruleWords('presence-purpose');
/** Prepositions whose phrase on the act says what it is about (rule-words.tsv `about-preposition`). */
const ABOUT_PREPS = ruleWords('about-preposition');
/** Prepositions of what changed after a noun of change in amount ("rises in …"; `change-preposition`, `amount-change`). */
const CHANGE_PREPS = ruleWords('change-preposition');
const AMOUNT_CHANGES = ruleWords('amount-change');
/** Nouns of the medium a statement is made in ("interview", "newspaper"; rule-words.tsv `statement-medium`). */
const STATEMENT_MEDIA = ruleWords('statement-medium');

/** Prepositions of the phrase a statement is made in ("in", "during", "on"; rule-words.tsv `statement-medium-marker`). */
const MEDIUM_MARKERS = ruleWords('statement-medium-marker');

/**
 * Whether `token`, under `top`, stands in the phrase of a statement's medium ("in a Lebanese newspaper interview"):
 * the medium's nationality is no side of the act. `top` itself is the act's own argument ("welcomed the statement by
 * the Egyptian president" names whose statement it is), so only a medium below it counts, and only in a phrase of
 * where a statement is made: one reached by "of" or a possessive is what the act is about ("criticised the contents
 * of a Japanese television broadcast"; session 47 review of ev-idioms).
 */
function isInMedium(tree: Tree, token: number, top: number): boolean {
  for (let t = token; t >= 0 && t !== top; t = tree.deps[t].head) if (STATEMENT_MEDIA.has(tree.lemmas[t])) return inMediumPhrase(tree, t, top);
  return false;
}

/** Whether the first marked phrase from the medium noun `medium` up to `top` is one a statement is made in. */
function inMediumPhrase(tree: Tree, medium: number, top: number): boolean {
  for (let t = medium; t >= 0 && t !== top; t = tree.deps[t].head) {
    const marker = markerOf(tree, t);
    if (marker !== undefined) return MEDIUM_MARKERS.has(marker.toLowerCase());
  }
  return false;
}

/**
 * Whether `arg` is a phrase of the act `verb` marked as what the act is about ("about American practices"), or what
 * changed in the act's object ("criticised recent rises in Japanese rates", the parser hanging the phrase on the verb):
 * its own nationality adjective names the act's other side. Any other "in" phrase is a place or medium ("in a Lebanese
 * newspaper interview", "in the Turkish capital"), as a meeting's is its venue ("met in the Egyptian resort"), so a
 * meeting's phrases are none.
 */
function isAboutPhrase(tree: Tree, verb: number, arg: number, meeting: boolean): boolean {
  if (meeting || tree.baseRels[arg] !== 'obl' || tree.deps[arg].head !== verb) return false;
  const marker = markerOf(tree, arg) ?? '';
  return ABOUT_PREPS.has(marker) || (CHANGE_PREPS.has(marker) && childrenBy(tree, verb, 'obj').some((o) => o < arg && AMOUNT_CHANGES.has(tree.lemmas[o])));
}

/**
 * Words of joint work, whose "on"/"about" phrase is what the work is on, not whom it is with or for
 * ("coordinate on the DPRK", "close coordination among allies on Afghanistan").
 */
const JOINT_WORK = ruleWords('joint-work');

/** Markers of examples, which continue the phrase before them ("on issues of shared interest, including China"). */
const EXAMPLES = ruleWords('example-marker');

/**
 * Whether `phrase` is marked as a topic ("on", "about": the language pack's topics) of a word of joint
 * work, or gives examples of such a topic the parser hung on the same word ("coordinate on issues of
 * shared interest, including China, Russia").
 */
function isJointWorkTopic(tree: Tree, topics: ReadonlySet<string>, phrase: number): boolean {
  const head = tree.deps[phrase].head;
  if (head < 0 || !JOINT_WORK.has(tree.lemmas[head])) return false;
  const marker = markerOf(tree, phrase) ?? '';
  return topics.has(marker) || (EXAMPLES.has(marker) && tree.children[head].some((c) => c < phrase && topics.has(markerOf(tree, c) ?? '')));
}

/** Whether token `t` lies in a topic phrase of joint work at or below `top`. */
function isTopicUnder(tree: Tree, topics: ReadonlySet<string>, t: number, top: number): boolean {
  for (let v = t, hops = 0; v >= 0 && hops < 50; v = tree.deps[v].head, hops++) {
    if (isJointWorkTopic(tree, topics, v)) return true;
    if (v === top) return false;
  }
  return false;
}

/** Whether token `t` lies in a topic phrase ("on", "about") of a noun below `top` ("a meeting on the food industry"). */
function isNounTopicUnder(tree: Tree, topics: ReadonlySet<string>, t: number, top: number): boolean {
  for (let v = t, hops = 0; v >= 0 && v !== top && hops < 50; v = tree.deps[v].head, hops++) {
    const head = tree.deps[v].head;
    if (head >= 0 && topics.has(markerOf(tree, v) ?? '') && ['NOUN', 'PROPN'].includes(tree.pos[head]?.upos ?? '')) return true;
  }
  return false;
}

const adjectiveCountry = kbCountry;

/**
 * The country a nationality adjective gives an unnamed party ("seized Turkish boats"); none for the
 * press ("telephoned the West German news agency"): news media report, they take no part (the
 * actors stage reads them so too).
 */
function nationalityOfParty(tree: Tree, head: number): EventParticipant[] {
  // "the use of the Russian language": the adjective names a language, not a people.
  if (LANGUAGE.has(tree.lemmas[head])) return [];
  const found = nationalityOf(tree, head, adjectiveCountry);
  return found.length && isReporterNoun(tree, head) ? [] : found;
}

/** Whether `head` names reporters ("Russian journalists"), whose nationality is no party to the act. */
export function isReporterNoun(tree: Tree, head: number): boolean {
  const kb = loadKb();
  const keys = [tree.lemmas[head], tree.words[head], ...childrenBy(tree, head, 'compound').map((c) => `${tree.words[c]} ${tree.words[head]}`)];
  return keys.some((k) => kb.agent(k)?.[0] === 'JRN');
}

/** Whose the judged thing `noun` is by the modifiers before it (judged-owner.ts), unless it is a language or reporters. */
function judgedOwner(tree: Tree, actors: ActorIndex, noun: number): EventParticipant[] {
  if (LANGUAGE.has(tree.lemmas[noun])) return [];
  const found = modifierOwner(tree, actors, noun, adjectiveCountry);
  return found.length && isReporterNoun(tree, noun) ? [] : found;
}

/** Nouns a nationality adjective names a language of, not a people. */
const LANGUAGE = ruleWords('language-noun');

/** Intents to give or the giving itself, whose recipient is who gets it. */
const GIFTS = new Set<PloverEvent>(['AGREE', 'AID']);

/** Object pronouns that stand for the object of the verb before ("intercepted a plane and shot it down"). */
const OBJECT_PRONOUNS = ruleWords('object-pronoun');

/**
 * "Iraqi planes intercepted an Iranian jet and shot it down": the pronoun object of the second of
 * two coordinated verbs is the first verb's object.
 */
function sharedObject(tree: Tree, verb: number, obj: number): number | undefined {
  if (!OBJECT_PRONOUNS.has(tree.words[obj]) || tree.deps[verb].deprel !== 'conj') return undefined;
  const first = tree.deps[verb].head;
  return first >= 0 && first < verb ? childBy(tree, first, 'obj') : undefined;
}

/**
 * "stressed the need to impose sanctions against Russia by the EU", "the need to increase EU
 * sanctions on Russia": a request's content clause names what is to be done and to whom, but the
 * request is put to whoever is to do it: the clause's own "by" agent, the parties of a joint act
 * ("between"), or the owner of its object.
 * None named, it has no recipient here (a readout's other side is taken by the discourse layer);
 * the content's target is never the addressee.
 */
function contentDoer(tree: Tree, clause: number, phrase: (head: number) => EventParticipant[]): EventParticipant[] {
  // "the need to re-launch a direct dialogue between Palestine and Israel": the parties of a joint
  // act asked for are whom it asks, as its doers.
  for (const marker of ['by', 'between']) {
    for (const { token } of walk(tree, clause, CLAUSE_RELS, 4)) {
      if (token === clause || !['obl', 'nmod'].includes(tree.baseRels[token]) || markerOf(tree, token) !== marker) continue;
      const found = phrase(token);
      if (found.length) return found;
    }
  }
  for (const obj of childrenBy(tree, clause, 'obj')) {
    const found = childrenBy(tree, obj, 'nmod:poss', 'compound').flatMap(phrase);
    if (found.length) return found;
  }
  return [];
}

/**
 * Whether token `t` lies in an "against" phrase below `top` (the target of what is asked), or in the
 * "on" phrase of a punitive noun ("called for much tougher sanctions on Russia", "the need for
 * pressure on Russia"): whom a punishment falls on is no more asked than whom it is against. The
 * request's own punitive object keeps it ("increase pressure on Russia" presses Russia).
 */
function isAgainst(tree: Tree, t: number, top: number): boolean {
  for (let v = t, hops = 0; v >= 0 && v !== top && hops < 50; v = tree.deps[v].head, hops++) {
    const marker = markerOf(tree, v);
    if (marker === 'against') return true;
    const head = tree.deps[v].head;
    if ((marker === 'on' || marker === 'upon') && head >= 0 && head !== top && tree.pos[head]?.upos === 'NOUN' && PUNITIVE_NOUNS.has(tree.lemmas[head]) && !isOwnObject(tree, head, top)) return true;
  }
  return false;
}

/** Whether `noun` (or the list it closes) is the direct object of `verb`. */
function isOwnObject(tree: Tree, noun: number, verb: number): boolean {
  return childrenBy(tree, verb, 'obj').some((o) => conjuncts(tree, o).includes(noun));
}

/** Nouns of punishment, whose "on" phrase names whom it falls on (data/rule-words.tsv). */
const PUNITIVE_NOUNS = ruleWords('punitive-noun');

/** Appeals and stances whose content's target (its "against" or punitive "on" phrase) is never their recipient. */
const TARGET_NOT_RECIPIENT = new Set<PloverEvent>(['REQUEST', 'AGREE', 'SUPPORT']);

/** Acts addressed to whoever must act or is warned in their content clause. */
const CLAUSE_ADDRESSED = new Set<PloverEvent>(['REQUEST', 'THREATEN']);

/** Events that judge an act (endorse, condemn, reject it): their recipient is the act's doer. */
const JUDGEMENTS = new Set<PloverEvent>(['SUPPORT', 'ACCUSE', 'REJECT']);

/**
 * Who did the act `noun` names, as actors: its own "by" agent ("the invasion of Cyprus by Greece") or a participle's
 * modifying it ("the sanctions imposed by the EU"), its source ("the support for Ukraine from the United States", the
 * "from" phrase also when the parser hung it on the beneficiary; not after a noun of leaving) or its possessor ("Slovakia's support
 * for Ukraine"). The beneficiary of the act is not its doer.
 */
function doerOf(tree: Tree, actors: ActorIndex, noun: number, phrase: (head: number) => EventParticipant[], accept: (p: EventParticipant) => boolean): { found: EventParticipant[]; rule: string; act?: number } | undefined {
  for (const thing of conjuncts(tree, noun)) {
    const found = actAgent(tree, thing, phrase);
    if (found.length) return { found, rule: 'roles/object-doer' };
    const modifiers = childrenBy(tree, thing, 'nmod');
    const source = LEFT_PLACE_NOUNS.has(tree.lemmas[thing]) ? undefined : [...modifiers, ...modifiers.flatMap((m) => childrenBy(tree, m, 'nmod'))].find((o) => markerOf(tree, o) === 'from');
    const from = source === undefined ? [] : phrase(source);
    if (from.length) return { found: from, rule: 'roles/object-source' };
    const owner = possessorOf(tree, actors, thing).filter(accept);
    if (owner.length) return { found: owner, rule: 'roles/object-source' };
    // Only the judged noun's own: "the U.S. support for … Estonia and our other NATO Allies" (the parser making "Allies"
    // a conjunct of "support") is not NATO's support.
    const holder = thing === noun ? judgedOwner(tree, actors, thing).filter(accept) : [];
    if (holder.length) return { found: holder, rule: 'roles/judged-owner' };
    const giver = ofGiver(tree, thing, phrase);
    if (giver.length) return { found: giver, rule: 'roles/object-source' };
  }
  return undefined;
}

/**
 * Whether a token heads (or sits in) the "by" phrase of a hostile act noun: "the bombings by Islamic State", or, as the
 * parser often attaches it, a "by" phrase of the verb right after the act's own phrase ("sympathy for the killings by
 * al-Shabaab", "by" on "expressed"). An act in `praised`, the judging verb's own object ("praised the strike by the
 * U.S. air force"), is praised, not mourned: its doer is whom the praise is for.
 */
function isHostileActDoer(tree: Tree, token: number, praised: readonly number[]): boolean {
  for (let t = token, steps = 0; t >= 0 && steps < 3; t = tree.deps[t].head, steps++) {
    const head = tree.deps[t].head;
    if (head < 0 || markerOf(tree, t) !== 'by') continue;
    if (isHostileAct(tree, head)) return !praised.includes(head);
    const before = childrenBy(tree, head, 'obl', 'nmod').filter((o) => o < t).at(-1);
    if (before !== undefined && isHostileAct(tree, before)) return true;
  }
  return false;
}

/**
 * "the unprecedented assistance of the United States to Ukraine": an act noun with both an "of" phrase and a
 * beneficiary phrase names its doer with "of" (alone, "of" may name the beneficiary: "in support of Ukraine").
 */
function ofGiver(tree: Tree, noun: number, phrase: (head: number) => EventParticipant[]): EventParticipant[] {
  const modifiers = childrenBy(tree, noun, 'nmod');
  const of = modifiers.find((m) => markerOf(tree, m) === 'of');
  if (of === undefined || !modifiers.some((m) => m !== of && BENEFICIARY_PREPS.has((markerOf(tree, m) ?? '').split(' ')[0]))) return [];
  return phrase(of);
}

/**
 * The doer of the act a judgement's noun is for, the "for" phrase on the noun or, as the parser
 * often attaches it, on the verb: the participle's "by" agent ("gratitude for the assistance
 * provided by X", "appreciation for the sacrifices made by Dutch troops"), else the act's own agent
 * ("appreciation for Iraqi condolences", "for Germany's contributions"); not its beneficiary or places.
 */
function appreciatedDoer(tree: Tree, actors: ActorIndex, verb: number, noun: number, phrase: (head: number) => EventParticipant[], accept: (p: EventParticipant) => boolean): { found: EventParticipant[]; rule: string; act: number } | undefined {
  // "extended condolences to the Israeli people for the attack by Hamas": sympathy for a hostile act is for those who
  // suffered it, never addressed to its doer (rule-words `hostile-act`).
  const acts = [...childrenBy(tree, noun, 'nmod'), ...childrenBy(tree, verb, 'obl')].filter((a) => markerOf(tree, a) === 'for').flatMap((a) => conjuncts(tree, a))
    .filter((a) => !isHostileAct(tree, a));
  // A doer named with "by" anywhere in the list outranks a possessor or adjective on its first member.
  for (const thing of acts) {
    // "support for the journalists detained by the Iranian authorities": a phrase that names people is for them; its
    // participle's "by" agent did something to them, no act the support is for (review a of session 50, #7).
    if (actors.at(thing)) continue;
    const found = actAgent(tree, thing, phrase);
    if (found.length) return { found, rule: 'roles/object-doer', act: thing };
  }
  // An act that names its party ("support for Ukraine's sovereignty") is left to the beneficiary
  // rules; one that only says whose it is by an adjective ("Iraqi condolences") names its doer.
  for (const thing of acts) {
    // "appreciation for Qatar's generous support for the evacuation from Afghanistan": the act's own
    // possessor is its doer, whatever else its phrase names.
    // A possessive pronoun ("for its constant support") leaves the praised to the explicit addressee.
    const owner = childrenBy(tree, thing, 'nmod:poss').some((p) => POSSESSIVE_PRONOUNS.has(tree.words[p])) ? [] : possessorOf(tree, actors, thing).filter(accept);
    if (owner.length) return { found: owner, rule: 'roles/object-source', act: thing };
    const own = phrase(thing).length ? [] : eventAgent(tree, actors, thing).filter(accept);
    if (own.length) return { found: own, rule: 'roles/object-source', act: thing };
  }
  return undefined;
}

/**
 * The doer of the act a judgement's phrase names, by the "by" agent of its noun or of a participle on it ("objected to the
 * bid launched by X", "complained about the drone strikes by the United States"); none for other events, nor when the phrase itself names an actor.
 */
function judgedPhraseDoer(tree: Tree, actors: ActorIndex, event: PloverEvent | undefined, obl: number, phrase: (head: number) => EventParticipant[]): EventParticipant[] {
  if (event === undefined || !JUDGEMENTS.has(event) || actors.at(obl)) return [];
  for (const thing of conjuncts(tree, obl)) {
    const found = actAgent(tree, thing, phrase, true);
    if (found.length) return found;
  }
  return [];
}

/**
 * The actors of the "by" agent of the act `noun` names, its own ("the invasion of Cyprus by Greece") or a past
 * participle's on it ("the sanctions imposed by the EU"); none of a participle of reporting, nor, with `acts`, on a noun
 * of reports or figures (participle-doer.ts).
 */
function actAgent(tree: Tree, noun: number, phrase: (head: number) => EventParticipant[], acts = false): EventParticipant[] {
  for (const agent of actByAgents(tree, noun, acts)) {
    const found = phrase(agent);
    if (found.length) return found;
  }
  return [];
}

/** Prepositions that name whom a noun's act is for or aimed at ("support for", "aid to", "sanctions against"). */
const BENEFICIARY_PREPS = ruleWords('beneficiary-preposition');

/** The actors of a noun's beneficiary or destination phrase ("support for Ukraine", "aid for A and B"). */
function beneficiaryOf(tree: Tree, noun: number, phrase: (head: number) => EventParticipant[]): EventParticipant[] {
  for (const nmod of childrenBy(tree, noun, 'nmod')) {
    if (!BENEFICIARY_PREPS.has((markerOf(tree, nmod) ?? '').split(' ')[0])) continue;
    const found = conjuncts(tree, nmod).flatMap(phrase);
    if (found.length) return found;
  }
  return [];
}

/**
 * The speaker of the clause headed by `verb`, if it is reported speech: the subject of a verb of
 * saying that governs it ("X said that …", "…, X said"), else the speaker of a quote around it.
 */
export function speakerOf(tree: Tree, pack: LanguagePack, actors: ActorIndex, verb: number, quotes: readonly Quote[]): Said {
  for (const v of selfAndAncestors(tree, verb)) {
    const rel = tree.deps[v].deprel;
    const head = tree.deps[v].head;
    if (rel === 'ccomp' && head >= 0 && pack.speechVerbs.has(tree.lemmas[head])) return fromSpeechVerb(tree, pack, actors, head);
    const said = childrenBy(tree, v, 'parataxis').find((p) => pack.speechVerbs.has(tree.lemmas[p]));
    if (said !== undefined && tree.tokens[said].start > tree.tokens[verb].start) return fromSpeechVerb(tree, pack, actors, said);
    if (!['conj', 'xcomp', 'ccomp', 'advcl'].includes(rel)) break;
  }
  // Set off after a coordination ("attacked the camp and killed three militants, according to the ministry")
  // the parser hangs the source on the last verb, before one on the first: it reports every verb of the
  // coordination, so each verb's own source is looked for first, then its fellow conjuncts'.
  // A conjunct with a subject of its own is a report of its own: a source reports the clause it stands in, wherever the
  // parser hung it ("China sent warships …, according to Taiwan's defence ministry, but the United States urged
  // restraint": hung on "urged", it stands before that clause's subject and reports the sending).
  // One that opens the sentence ("According to X, A … and B …") reports every clause.
  const source = coordinationSource(tree, verb);
  if (source !== undefined) {
    const named = actorsOfPhrase(tree, actors, source);
    if (named.length) return { reported: true, speaker: named[0] };
    const author = issuerOfText(tree, actors, source);
    if (author) return { reported: true, speaker: author };
  }
  const at = tree.tokens[verb].start;
  const quote = quotes.find((q) => q.start <= at && at < q.end);
  if (quote) {
    const speaker = quote.speaker;
    const p = speaker?.actorId ? actors.at(speaker.tokens[0]) : undefined;
    return { reported: true, ...(p ? { speaker: actors.expand(p)[0] } : {}) };
  }
  return { reported: false };
}

/**
 * "According to X, …": X heads a phrase marked "according to", or (tagged as a verb) "according" governs it. Set off
 * after the object, the parser may hang it there ("rejected the truce plan, according to Egyptian officials": appos).
 */
function accordingSource(tree: Tree, verb: number): number | undefined {
  const according = tree.children[verb].find((c) => tree.words[c] === 'according');
  return childrenBy(tree, verb, 'obl', 'advcl', 'nmod').find(isAccordingPhrase(tree))
    ?? (according === undefined ? undefined : childrenBy(tree, according, 'obl', 'nmod', 'obj')[0])
    ?? childrenBy(tree, verb, 'obj').flatMap((o) => childrenBy(tree, o, 'appos', 'nmod')).find(isAccordingPhrase(tree));
}

const isAccordingPhrase = (tree: Tree) => (t: number): boolean => markerOf(tree, t)?.startsWith('according') === true;

/**
 * Where the clauses of a coordination (its verbs) that have a subject of their own begin ("…, and Israel bombed Rafah": at
 * "and"), in token order; the first conjunct's clause begins before them all.
 */
function clauseStarts(tree: Tree, coordination: readonly number[]): number[] {
  return coordination.filter((v) => tree.deps[v].deprel === 'conj' && childrenBy(tree, v, 'nsubj', 'nsubj:pass').length > 0)
    .map((v) => Math.min(...childrenBy(tree, v, 'nsubj', 'nsubj:pass', 'cc'))).sort((a, b) => a - b);
}

/**
 * The "according to" source that reports `verb`: its own, else a fellow conjunct's that stands in `verb`'s clause or
 * opens the sentence. A loop, not a list of every verb's source searched after: that list held numbers or undefined,
 * by the sentence, and its search's optimised code met a kind of list it had not seen and was thrown away in a warm
 * round (`--trace-deopt`: "wrong map", session 50, #13).
 */
function coordinationSource(tree: Tree, verb: number): number | undefined {
  const coordination = [verb, ...coordinatedVerbs(tree, verb)];
  const starts = clauseStarts(tree, coordination);
  const clauseAt = (t: number) => starts.filter((s) => s <= t).length;
  const first = Math.min(...coordination);
  for (let k = 0; k < coordination.length; k++) {
    const source = accordingSource(tree, coordination[k]);
    if (source !== undefined && (source < first || clauseAt(source) === clauseAt(verb))) return source;
  }
  return undefined;
}

/** The other verbs of the coordination `verb` belongs to ("attacked … and killed …"), first conjunct first. */
function coordinatedVerbs(tree: Tree, verb: number): number[] {
  return conjuncts(tree, firstConjunct(tree, verb)).filter((v) => v !== verb);
}

/** Nouns of an issued text and verbs of issuing one (rule-words.tsv `document-noun`, `document-verb`). */
const DOCUMENTS = ruleWords('document-noun');
const ISSUING = ruleWords('document-verb');

/**
 * The issuer of a text that speaks ("according to a statement issued by the foreign ministry", "a statement released
 * by Hamas said"): the "by" agent of a participle of issuing that describes the text. The text's speaker is who
 * issued it; a "by"/"from" phrase or possessor on the noun itself is read as its own qualifier (actorsOfPhrase).
 */
function issuerOfText(tree: Tree, actors: ActorIndex, noun: number): EventParticipant | undefined {
  if (!isListed(tree, noun, DOCUMENTS)) return undefined;
  for (const p of childrenBy(tree, noun, 'acl')) {
    if (p < noun || tree.pos[p]?.xpos !== 'VBN' || !ISSUING.has(tree.lemmas[p])) continue;
    for (const agent of childrenBy(tree, p, 'obl:agent', 'obl')) {
      if (markerOf(tree, agent) !== 'by') continue;
      const named = actorsOfPhrase(tree, actors, agent);
      if (named.length) return named[0];
    }
  }
  return undefined;
}

/**
 * Who reported a clause. `speaker` is the record's speaker; `speakers`, when a joint source names more than one coded
 * party (", U.S. and Argentine officials said"), every one of them, `speaker` first: the actors of what the statement
 * itself codes (statement-stance.ts, speech-content.ts), while the record keeps one speaker (#12, session 56).
 * `closing` when the speaker was read from a closing source the parser hung inside the report (deps/closing-source.ts).
 */
export interface Said {
  readonly speaker?: EventParticipant;
  readonly speakers?: readonly EventParticipant[];
  readonly reported: boolean;
  readonly closing?: boolean;
}

/** The reason a reported clause gives for its speaker. */
export function reportedReason(said: Said): Reason {
  if (!said.speaker) return reason('events/reported');
  // In the order the source names them ("U.S. and Zambian officials": United States first; review fix-a #8).
  const speaker = [...(said.speakers ?? [said.speaker])].sort((a, b) => a.start - b.start).map((p) => p.name).join(', ');
  return reason(said.closing ? 'events/stranded-source' : 'events/reported-by', { speaker });
}

/** The coded parties of `found` once each (by actor), as a joint speaker's list; undefined for one or none. */
function jointOf(found: readonly EventParticipant[]): EventParticipant[] | undefined {
  const joint = [...new Map(found.filter((p) => p.code).map((p) => [p.actorId, p])).values()];
  return joint.length > 1 ? joint : undefined;
}

/**
 * The coded parties of a closing source the parser hung inside the report (`deps/closing-source.ts`): the mention that ends
 * at the verb, else the last coded one in the source ("APEA chairman Dennis Benbow": the body its officer speaks for);
 * before it, each part of the source set off by a coordinator that a coded mention or a bare nationality adjective ends
 * (", U.S. and Argentine officials said", ", Egyptian and American officials said": review fix-a #7; not "Ecuador mines
 * and energy minister X", whose first part is a title's words).
 */
function strandedSpeakers(tree: Tree, pack: LanguagePack, actors: ActorIndex, said: number): EventParticipant[] {
  const source = strandedSourceOf(tree, pack.speechVerbs, said);
  if (!source) return [];
  const found: EventParticipant[] = [];
  let end = source[1];
  for (let t = source[1] - 1; t >= source[0] - 1; t--) {
    if (t >= source[0] && tree.pos[t]?.upos !== 'CCONJ') continue;
    const last = end === source[1];
    for (let k = end - 1; k > t; k--) {
      const m = actors.at(k);
      if (m?.code && (last || m.tokens[1] === end)) { found.unshift(actors.expand(m)[0]); break; }
      if (!last) {
        // A bare adjective is no actor mention of its own: the nationality stands for its country's officials.
        const adjective = k === t + 1 ? adjectiveParties(tree, k, source[1] - 1, kbCountry).find((p) => p.tokens[0] === k) : undefined;
        if (adjective) found.unshift(adjective);
        break;
      }
    }
    end = t;
  }
  return found;
}

function fromSpeechVerb(tree: Tree, pack: LanguagePack, actors: ActorIndex, said: number): Said {
  // "Washington imposed the sanctions, saying Tokyo had failed …": the participle speaks for its head's subject.
  const head = tree.deps[said].head;
  const subj = subjectOf(tree, said) ?? (tree.deps[said].deprel === 'advcl' && tree.pos[said]?.xpos === 'VBG' && head >= 0 ? subjectOf(tree, head) : undefined);
  const found = subj ? actorsOfPhrase(tree, actors, subj.token) : [];
  const issuer = subj && !found.length ? issuerOfText(tree, actors, subj.token) : undefined;
  if (issuer) return { reported: true, speaker: issuer };
  const stranded = subj ? [] : strandedSpeakers(tree, pack, actors, said);
  const agent = found.length ? found : stranded.length ? stranded : childrenBy(tree, said, 'obl').filter((o) => markerOf(tree, o)?.startsWith('according')).flatMap((o) => actorsOfPhrase(tree, actors, o));
  const joint = jointOf(agent);
  return { reported: true, ...(agent[0] ? { speaker: joint?.[0] ?? agent[0] } : {}), ...(joint ? { speakers: joint } : {}), ...(stranded.length ? { closing: true } : {}) };
}
