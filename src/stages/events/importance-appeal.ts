/**
 * "The Russian President noted the importance of ensuring that it is fully implemented", "The
 * President emphasized the importance of taking steps to deescalate": one party stressing that an
 * act matters calls for it (REQUEST, CAMEO 020), as "stressed the need to" does; the parties
 * together ("the leaders stressed the importance of stepping up cooperation", "the importance of
 * … was emphasized") state a shared intent (AGREE, CAMEO 030, the pattern's own code). Only an
 * act to be done is called for, by a clause ("of taking steps") or by a noun of an act to be done
 * ("the importance of coordinated, strong sanctions pressure on Russia", "of Kiev's strict
 * compliance"); one party's stress of a thing or of an act already done ("the importance of the
 * project", "of the visit of American officials", "of the U.S.-Indonesia Strategic Partnership")
 * values it, praise (SUPPORT, CAMEO 051; the training gold codes no such AGREE). The words tested
 * are in data/rule-words.tsv (`importance-noun`, `called-for-noun`, `joint-pronoun`, `joint-determiner`). Recoded
 * this way the pattern's shared intent (030) becomes the appeal (020) or praise (051).
 *
 * The need of an act is read the other way round (#12): stressed by one party it is a demand (the "* NEED" pattern's
 * CAMEO 100, REQUEST), but stressed by the parties together ("Both leaders affirmed the need to continue these
 * channels of communication", "The interlocutors noted the need to continue working in the Normandy format") it is
 * their shared intent, AGREE (the training readouts' gold): the DEMAND is recoded to the shared intent's 030. The
 * parties together are the actors the subject (or a passive's "by" phrase) resolves to, of two or more different
 * parties: "Biden and Xi", or "the two leaders" the discourse stage resolved to the meeting's parties; one side's
 * people ("Ugandan opposition leaders", "Biden and his aides") are not. A third party named to do the act ("the need
 * for Ukraine's partners to agree on measures") is asked; a thing needed ("the need for continued dialogue") is not a
 * party. A negated stress ("did not stress the need") states nothing and stays as it is. Nouns in `shared-need-noun`.
 */
import type { LanguagePack } from '../../lang/pack.js';
import { reason, type Reason } from '../../lang/reason.js';
import { partyKey } from '../discourse/participants.js';
import { clauseFlags } from './flags.js';
import { ruleWords } from './rule-words.js';
import { byAgentOf, childrenBy, markerOf, subjectOf, type Tree } from './tree.js';
import type { TriggerMatch } from './triggers.js';

/** Nouns whose stress by one party calls for the act they head ("the importance of …"). */
const IMPORTANCE = ruleWords('importance-noun');
/** Subject pronouns that name several parties ("they", "we"). */
const JOINT_PRONOUNS = ruleWords('joint-pronoun');
/** Determiners that make a subject several parties ("both leaders", "all sides"). */
const JOINT_DETERMINERS = ruleWords('joint-determiner');
/** Nouns of an act still to be done, whose importance stressed by one party calls for it ("pressure", "compliance"). */
const CALLED_FOR = ruleWords('called-for-noun');

/** Nouns of a need, whose stress by the parties together is their shared intent ("the need to continue …"). */
const SHARED_NEED = ruleWords('shared-need-noun');

/** The CAMEO codes: the pattern's shared intent, and the appeal one party makes. */
const SHARED_INTENT = '030';
const DEMAND = '100';
const APPEAL = '020';
const PRAISE = '051';

/** A party as the events stage resolves it: its code and sector tell one party from another (`partyKey`). */
interface Party { readonly name: string; readonly code?: string; readonly sector?: string }

/**
 * What the rules need beyond the tree: the parties a phrase resolves to, the parties the events stage takes as the
 * doers of a verb the parser left without a subject (the nearest named before it, `roles/nearest-before`), and the
 * language pack (its negators).
 */
export interface AppealContext {
  readonly partiesOf: (head: number) => readonly Party[];
  readonly nearestBefore: (verb: number) => readonly Party[];
  readonly pack: LanguagePack;
}

/** The match recoded as one party's appeal or praise, with the reason; undefined when the pattern's code stands. */
export function importanceAppeal(tree: Tree, match: TriggerMatch, ctx: AppealContext): { match: TriggerMatch; reason: Reason } | undefined {
  if (match.code === DEMAND && match.kind === 'pattern') return sharedNeed(tree, match, ctx);
  if (match.code !== SHARED_INTENT || match.kind !== 'pattern') return undefined;
  const verb = match.token;
  const noun = childrenBy(tree, verb, 'obj').find((o) => IMPORTANCE.has(tree.lemmas[o]));
  if (noun === undefined) return undefined;
  // "Talking to reporters …, Xi stressed": an opening clause the parser took for the subject names no party.
  const found = subjectOf(tree, verb);
  if (found?.passive) return undefined;
  const subj = found && tree.pos[found.token]?.upos !== 'VERB' ? found : undefined;
  if (subj && isJoint(tree, subj.token)) return undefined;
  const subject = subj ? tree.words[subj.token] : unattachedParty(tree, verb, ctx);
  if (subject === undefined) return undefined;
  const words = { verb: tree.words[verb], noun: tree.words[noun], subject };
  if (namesActToDo(tree, noun)) return { match: { ...match, code: APPEAL }, reason: reason('events/importance-appeal', words) };
  const thing = childrenBy(tree, noun, 'nmod').find((m) => markerOf(tree, m) === 'of');
  if (thing === undefined) return undefined;
  if (isGerund(tree, thing) || CALLED_FOR.has(tree.lemmas[thing])) return { match: { ...match, code: APPEAL }, reason: reason('events/importance-appeal', words) };
  return { match: { ...match, code: PRAISE }, reason: reason('events/importance-praise', { ...words, thing: tree.words[thing] }) };
}

/**
 * "The two leaders affirmed the need to maintain human control …": a need stressed by several parties, with no
 * third party named to meet it, is their shared intent (AGREE, CAMEO 030). The subject (a passive's "by" phrase)
 * must resolve to two or more different parties and not be a pronoun.
 */
function sharedNeed(tree: Tree, match: TriggerMatch, ctx: AppealContext): { match: TriggerMatch; reason: Reason } | undefined {
  const verb = match.token;
  const noun = childrenBy(tree, verb, 'obj', 'nsubj:pass').find((o) => SHARED_NEED.has(tree.lemmas[o]));
  if (noun === undefined || clauseFlags(tree, ctx.pack, verb, { reported: false }).negated) return undefined;
  const subj = subjectOf(tree, verb);
  // "The need to … was stressed by both leaders": the "by" phrase is who stressed it.
  const stresser = subj?.passive ? byAgentOf(tree, verb) : subj?.token;
  // A pronoun is left out even when resolved to both sides: a speech's "we", a readout's "They stressed the need for
  // further efforts of the international community to …" (news-dev tune gold: REQUEST) are one side's or others' calls.
  if (stresser === undefined || tree.pos[stresser]?.upos === 'PRON') return undefined;
  const parties = ctx.partiesOf(stresser);
  if (!namesSeveralParties(parties) || asksAnother(tree, noun, ctx)) return undefined;
  const names = [...new Set(parties.map((p) => p.name))].join(', ');
  return { match: { ...match, code: SHARED_INTENT }, reason: reason('events/shared-need', { verb: tree.words[verb], noun: tree.words[noun], subject: names }) };
}

/** Whether parties of two or more different sides are named (`partyKey`: one country's leader and aides are one side). */
function namesSeveralParties(parties: readonly Party[]): boolean {
  return new Set(parties.map(partyKey).filter((k) => k)).size >= 2;
}

/**
 * Whether the need names someone else to meet it: a clause of its own with a subject ("the need for Ukraine to
 * receive weapons"), or a "for" phrase naming an actor or heading a "to" clause ("the need for Ukraine's partners to
 * agree"). A thing needed ("the need for further coordination of efforts", "for continued dialogue") names no one.
 */
function asksAnother(tree: Tree, noun: number, ctx: AppealContext): boolean {
  // The parser may hang the "for" phrase on the verb, after the need ("stressed the need for Ukraine's partners …").
  const verb = tree.deps[noun].head;
  const forVerb = childrenBy(tree, verb, 'obl').some((c) => c > noun && markerOf(tree, c) === 'for' && ctx.partiesOf(c).length > 0);
  return forVerb || childrenBy(tree, noun, 'acl', 'nmod').some((c) => childrenBy(tree, c, 'nsubj').length > 0 ||
    (markerOf(tree, c) === 'for' && (ctx.partiesOf(c).length > 0 || tree.pos[c]?.upos === 'VERB' ||
      childrenBy(tree, c, 'acl').some((v) => markerOf(tree, v) === 'to'))));
}

/**
 * The one party the parser left without a subject relation after an opening clause ("When discussing the situation in
 * Ukraine, Vladimir Putin emphasised …", "Discussing ways …, the President of Ukraine stressed …": the training
 * readouts' gold REQUEST): decided on the parties the events stage will take as the doers (the nearest named before
 * the verb), so an opening clause's place ("When asked about Ukraine President Biden stressed …") is never taken for
 * them. Undefined when none or several are named ("…, Russia and China stressed …"), or when the word before the verb
 * names several by its form ("…, the leaders stressed …").
 */
function unattachedParty(tree: Tree, verb: number, ctx: AppealContext): string | undefined {
  const parties = ctx.nearestBefore(verb);
  const before = verb - 1;
  if (parties.length !== 1 || before < 0 || tree.deps[before].deprel === 'conj' || isJoint(tree, before)) return undefined;
  return parties[0].name;
}

/** "the importance of ensuring …", "of Afghans coming together", "for Russia to unblock": a clause of an act, not a thing. */
function namesActToDo(tree: Tree, noun: number): boolean {
  return childrenBy(tree, noun, 'acl').some((c) => {
    const xpos = tree.pos[c]?.xpos;
    return xpos === 'VBG' || (xpos === 'VB' && markerOf(tree, c) === 'to');
  });
}

/**
 * A gerund the parser hung on "of" as a noun phrase ("the importance of further expanding our ties"), or one the
 * tagger read as a noun: an "-ing" word with no determiner ("the meeting of the leaders" is a thing).
 */
function isGerund(tree: Tree, t: number): boolean {
  if (tree.pos[t]?.xpos === 'VBG') return true;
  return tree.words[t].endsWith('ing') && !childrenBy(tree, t, 'det', 'nmod:poss').length;
}

/**
 * A subject that may name several parties, by its form: coordinated, a plural common noun, a plural pronoun, or
 * "both/all …". Wider than `namesSeveralParties` on purpose: it only keeps the "* IMPORTANCE" pattern's own code
 * (AGREE), where that one recodes a demand to a shared intent and so asks for two sides resolved.
 */
function isJoint(tree: Tree, subj: number): boolean {
  if (childrenBy(tree, subj, 'conj').length || tree.pos[subj]?.xpos === 'NNS') return true;
  // Word forms, lower-cased: the subject often opens the sentence ("We stressed …", "Both leaders …").
  if (JOINT_PRONOUNS.has(tree.words[subj])) return true;
  return childrenBy(tree, subj, 'det', 'nummod').some((d) => JOINT_DETERMINERS.has(tree.words[d]) || tree.pos[d]?.xpos === 'CD');
}
