/**
 * Criticism told as a judgement of another side's act, with no accusing verb (#12): "Miller said a budget plan drafted
 * by Senate Budget Chairman Lawton Chiles was 'seriously deficient'" (training gold ACCUSE USAGOV → USALEG), "the U.S.
 * debt strategy … was insufficient" (IGOIADB → USAGOV), "The current ICO quota system is 'unfair and autocratic,'
 * Escalante said" (CRIGOV → IGOICO), "Japan's 1987 car export restraint … is not enough" (IGOEUR → JPNGOV), "some U.S.
 * banks have been too rigid" (USAGOV → USABUS). A copular predicate that condemns its subject — a damning adjective
 * or noun (`damning-predicate`), a predicate noun with a damning adjective ("a misguided attempt"), a word of
 * adequacy denied (`wanting-predicate`: "is not enough", "not forceful enough") or an adjective of excess ("too
 * rigid") — is the speaker's criticism (ACCUSE disapprove, CAMEO 111) of the side the subject names: the subject
 * itself, the actor it is qualified by ("Japan's restraint", "the U.S. strategy", "OECD predictions") or the "by"
 * agent of the participle it is described by ("a plan drafted by Chiles").
 *
 * Only reported speech with a coded speaker judges, and never its own side; not a denied damning word ("is not
 * unfair"), a hypothetical or future one, a question, a first-person or pronoun subject ("it is unacceptable that
 * …"), nor an excess with a purpose or measure ("too early to say", "too late to act"). Words: rule-words
 * `damning-predicate`, `wanting-predicate`, `excess-degree`, `sufficing-degree`. A listed damning participle the
 * parser reads as a passive verb ("the Tory scheme is 'deeply flawed'", "the emphasis is misplaced") judges too.
 * A praising predicate ("said the accord had been successful", "was the right action") is the speaker's praise
 * (SUPPORT), with the guards of praised-predicates.ts.
 */
import type { LanguagePack } from '../../lang/pack.js';
import { reason, type Reason } from '../../lang/reason.js';
import type { Quote } from '../quotes/types.js';
import { clauseFlags } from './flags.js';
import { actorsOfPhrase, type ActorIndex } from './participants.js';
import { isPredicate, linkingHeadOf } from './predicate-clause.js';
import { speakerOf } from './roles.js';
import { ruleWords } from './rule-words.js';
import { isOtherSide } from './sides.js';
import { deedDoers, isDeedNoun } from './deed-doers.js';
import { isActNoun, isEffectVerdict, praisedSides, praisesSide, praiseWordOf } from './praised-predicates.js';
import { byAgentOf, childBy, childrenBy, markerOf, subjectOf, type Tree } from './tree.js';
import type { EventParticipant } from './types.js';

/** Adjectives and nouns (lemmas) that condemn the subject they are said of ("deficient", "unfair", "a mistake"). */
const DAMNING = ruleWords('damning-predicate');
/** Adjectives (lemmas) of adequacy whose denial condemns ("is not enough", "not sufficient", "not a fair package"). */
const WANTING = ruleWords('wanting-predicate');
/** Degree adverbs (word forms) of excess: "too rigid", "too marginal". */
const EXCESS = ruleWords('excess-degree');
/** Degree adverbs (word forms) of sufficiency, whose denial condemns: "not forceful enough". */
const SUFFICING = ruleWords('sufficing-degree');

/** A judgement found: the speaker, the side judged, the clause and why; `praise` for praise (praised-predicates.ts). */
export interface JudgedPredicate {
  readonly kind: 'blame' | 'praise';
  readonly trigger: number;
  readonly speaker: EventParticipant;
  /** Every coded party of a joint source, in the order it names them (roles.ts `Said.speakers`). */
  readonly speakers?: readonly EventParticipant[];
  readonly blamed: readonly EventParticipant[];
  readonly clause: number;
  readonly reason: Reason;
}

/** How the predicate at `head` judges, if it does: a damning word, a denied adequacy or an excess. */
function judgementOf(tree: Tree, head: number): 'damning' | 'wanting' | 'excess' | undefined {
  const upos = tree.pos[head]?.upos;
  const word = tree.words[head];
  // "the scheme is 'deeply flawed'", "the emphasis is misplaced": the parser reads a damning participle with its
  // copula as a passive verb; the listed word form is the verdict all the same.
  if (upos === 'VERB') return DAMNING.has(word) && childBy(tree, head, 'cop', 'aux:pass') !== undefined && !isPassiveAct(tree, head) ? 'damning' : undefined;
  if (upos !== 'ADJ' && upos !== 'NOUN' && upos !== 'ADV') return undefined;
  const lemma = tree.lemmas[head];
  if (DAMNING.has(lemma) || DAMNING.has(word)) return upos === 'ADJ' && isParticiple(tree, head) && isPassiveAct(tree, head) ? undefined : 'damning';
  if (WANTING.has(lemma) || WANTING.has(word)) return 'wanting';
  const degrees = childrenBy(tree, head, 'advmod', 'obl:npmod', 'nmod:npmod').map((d) => tree.words[d]);
  if (upos === 'ADJ' && degrees.some((d) => EXCESS.has(d))) return 'excess';
  if (upos === 'ADJ' && degrees.some((d) => SUFFICING.has(d))) return 'wanting';
  if (upos !== 'NOUN') return undefined;
  // "a misguided attempt", "a strangely deceptive budget"; "not at all a fair package".
  for (const a of childrenBy(tree, head, 'amod')) {
    if (DAMNING.has(tree.lemmas[a]) || DAMNING.has(tree.words[a])) return 'damning';
    if (WANTING.has(tree.lemmas[a])) return 'wanting';
  }
  return undefined;
}

/** Markers of a passive act's agent or of what the subject was taken for ("by Israeli troops", "for militants", "as an airliner"). */
const PASSIVE_MARKERS = new Set(['by', 'for', 'as']);

/**
 * Whether the participle at `head` tells an act done to its subject, not a verdict on it: with an object, an agent, or
 * a "for"/"as" phrase ("the aid workers were mistaken for militants by Israeli troops", tagged ADJ or VERB). Only a bare
 * participle or one with a degree or manner ("is deeply flawed", "flawed in its design") judges.
 */
function isPassiveAct(tree: Tree, head: number): boolean {
  return tree.children[head].some((c) => {
    const rel = tree.deps[c].deprel;
    return rel === 'obj' || rel === 'iobj' || rel === 'obl:agent' || (/^(obl|nmod|advcl)/.test(rel) && PASSIVE_MARKERS.has(markerOf(tree, c) ?? ''));
  });
}

/** Whether the adjective at `head` is a past participle in form ("mistaken", "misplaced", "flawed"). */
function isParticiple(tree: Tree, head: number): boolean {
  return tree.pos[head]?.xpos === 'VBN' || /(ed|en)$/.test(tree.words[head]);
}

/**
 * The side a judged subject names: itself, its qualifiers, or the "by" agent of a participle describing it. A subject
 * that is a deed ("the American sanctions", "the invasion of Ukraine", "the measures by Washington") judges only its
 * doers (deed-doers.ts): its nationality and "by" agent count, and the side it was done to never does.
 */
export function judgedSides(tree: Tree, actors: ActorIndex, subj: number, isOther: (p: EventParticipant) => boolean = () => true): EventParticipant[] {
  if (!actors.at(subj)?.code && (isActNoun(tree, subj) || isDeedNoun(tree, subj))) return deedDoers(tree, actors, subj, isOther);
  const named = actorsOfPhrase(tree, actors, subj).filter((a) => a.code);
  if (named.length) return named.filter(isOther);
  for (const acl of childrenBy(tree, subj, 'acl')) {
    const agent = byAgentOf(tree, acl);
    if (agent !== undefined) return actorsOfPhrase(tree, actors, agent).filter((a) => a.code && isOther(a));
  }
  return [];
}

/**
 * "said Japan's … restraint … is not enough", "said OECD predictions 'are somewhat unreliable'": the parser can hang
 * the subject on the verb of saying (as its object or a clause of its own) and the predicate beside it, subjectless.
 * The nominal between the two is the subject.
 */
function strandedSubject(tree: Tree, pack: LanguagePack, clause: number): { token: number; passive: boolean } | undefined {
  const said = tree.deps[clause].head;
  if (said < 0 || tree.deps[clause].deprel !== 'ccomp' || !pack.speechVerbs.has(tree.lemmas[said])) return undefined;
  const token = childrenBy(tree, said, 'obj', 'ccomp').find((c) => c > said && c < clause && (tree.pos[c]?.upos === 'NOUN' || tree.pos[c]?.upos === 'PROPN'));
  return token === undefined ? undefined : { token, passive: false };
}

/**
 * "X's plan was 'seriously deficient'", said by a speaker: the speaker's criticism of X, at the predicate `head`
 * (an adjective or noun with a copula, or an adjective after a linking verb).
 */
export function judgedPredicateOf(tree: Tree, pack: LanguagePack, actors: ActorIndex, quotes: readonly Quote[], head: number, first: number, last: number): JudgedPredicate | undefined {
  // The copula or linking verb first: it costs no lower-cased word nor list of degree words on most tokens (#13).
  if (!isPredicate(tree, head) && !(tree.pos[head]?.upos === 'VERB' && childBy(tree, head, 'aux:pass') !== undefined)) return undefined;
  const kind = judgementOf(tree, head);
  const praised = kind ? undefined : praiseWordOf(tree, head);
  if (!kind && praised === undefined) return undefined;
  // "too early to say", "not enough to cover the deficit": a purpose or measure, not a verdict.
  if ((kind === 'wanting' || kind === 'excess') && childrenBy(tree, head, 'xcomp', 'ccomp', 'advcl').length) return undefined;
  if (praised !== undefined && isEffectVerdict(tree, head, praised)) return undefined;
  // "President Biden was welcome to visit Beijing", "the plan is useful to reduce debt": a clause of its own says what
  // the word allows or serves, not a deed praised; only a word that praises a side takes its deed so ("was right to act").
  if (praised !== undefined && !praisesSide(tree, praised) && childrenBy(tree, head, 'xcomp', 'ccomp', 'advcl').length) return undefined;
  if (tree.words.slice(first, last).includes('?')) return undefined;
  const clause = linkingHeadOf(tree, head) ?? head;
  const subj = subjectOf(tree, clause) ?? strandedSubject(tree, pack, clause);
  // A damning participle's subject is passive in form ("is flawed"); any other passive subject is no predicate's.
  const participle = tree.pos[head]?.upos === 'VERB';
  if (!subj || (subj.passive && !participle) || tree.pos[subj.token]?.upos === 'PRON' || pack.firstPerson.has(tree.words[subj.token])) return undefined;
  const said = speakerOf(tree, pack, actors, clause, quotes);
  // "… is not enough, EC external trade chief Willy de Clercq said": a closing source the parser hung on the predicate
  // is the speaker speakerOf reads (deps/closing-source.ts).
  const speaker = said.reported && said.speaker?.code ? said.speaker : undefined;
  if (!speaker?.code) return undefined;
  const flags = clauseFlags(tree, pack, clause, { reported: true });
  if (flags.hypothetical || flags.future || flags.negated !== (kind === 'wanting')) return undefined;
  // A joint source ("U.S. and British officials said") judges together: each of its coded parties is an actor, as in
  // statement-stance.ts, and no side judged may be any of theirs (review fix-a #6).
  const speakers = said.speakers && said.speakers.length > 1 ? [...said.speakers].sort((a, b) => a.start - b.start) : undefined;
  const isOther = (b: EventParticipant) => (speakers ?? [speaker]).every((sp) => isOtherSide(sp, b, actors.bodies));
  if (praised !== undefined) {
    const sides = praisedSides(tree, actors, subj.token, praised, isOther);
    if (!sides.length) return undefined;
    return {
      kind: 'praise', trigger: head, speaker, ...(speakers ? { speakers } : {}), blamed: sides, clause,
      reason: reason('events/content-praised', { predicate: tree.words[praised], subject: tree.words[subj.token], speaker: speaker.name, praised: sides.map((b) => b.name).join(', ') }),
    };
  }
  // A side never judges itself; a country's government may judge its legislature, firms or opposition ("Miller said a
  // budget plan drafted by Senate Budget Chairman Lawton Chiles was 'seriously deficient'": USAGOV → USALEG; sides.ts).
  const blamed = judgedSides(tree, actors, subj.token, isOther);
  if (!blamed.length) return undefined;
  return {
    kind: 'blame', trigger: head, speaker, ...(speakers ? { speakers } : {}), blamed, clause,
    reason: reason('events/content-judged', { predicate: tree.words[head], subject: tree.words[subj.token], speaker: speaker.name, blamed: blamed.map((b) => b.name).join(', ') }),
  };
}
