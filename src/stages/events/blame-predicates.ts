/**
 * Blame stated as a predicate of its bearer: "Sadyr Japarov said that Kiev was responsible for derailing the Minsk
 * agreements" (training gold ACCUSE KGZ → UKR), "The Russian party remains solely responsible for the delay in the
 * Normandy format" (a Ukrainian spokesman's words: ACCUSE UKR → RUS). Being responsible for a harm, or guilty of one,
 * is the teller's charge against the subject (ACCUSE allege, CAMEO 112) — the speaker of reported speech, else the
 * official site in its own words — as "X poses a threat" is (teller.ts). So is being the cause of a harm, a predicate
 * noun ("Iraq's President Saddam Hussein was the main cause of tension in the Gulf", "EC policies are the major cause
 * of the depressed world sugar market": training wire gold ACCUSE IRNGOV → IRQGOV, USALEG → IGOEUR). Only a harm
 * blames: a responsibility for a task ("the agencies are responsible for these matters", "Canada is responsible for 13
 * of the seaway's 15 locks") names a duty, and "a source of strength", "the cause of growth" blame no one. Words:
 * rule-words `blame-predicate` (adjectives), `blame-noun` (nouns), `blamed-harm` (nouns), `harmed-state` (adjectives
 * that make a noun a harm: "the depressed market"), `harming` (gerunds).
 */
import type { LanguagePack } from '../../lang/pack.js';
import { reason } from '../../lang/reason.js';
import type { Publisher } from '../discourse/types.js';
import type { Quote } from '../quotes/types.js';
import { clauseFlags } from './flags.js';
import { actorsOfPhrase, kbCountry, nationalityOf, type ActorIndex } from './participants.js';
import { isPredicate, linkingHeadOf } from './predicate-clause.js';
import { speakerOf } from './roles.js';
import { ruleWords } from './rule-words.js';
import { tellerOf } from './teller.js';
import { isOtherSide } from './sides.js';
import { childrenBy, markerOf, subjectOf, type Tree } from './tree.js';
import type { EventParticipant } from './types.js';

/** Adjectives (lemmas) whose subject bears blame for their complement, with its preposition: "responsible for", "guilty of". */
const BLAME_PREDICATES = ruleWords('blame-predicate');
/** Nouns (lemmas) whose subject is blamed for their "of" phrase as a cause: "was the main cause of tension". */
const BLAME_NOUNS = ruleWords('blame-noun');
/** Nouns (lemmas) of a harm one can be blamed for ("the delay", "the war", "the deaths"). */
const HARMS = ruleWords('blamed-harm');
/** Adjectives (word forms) that make any noun a harm ("the depressed world sugar market", "depressed commodity prices"). */
const HARMED = ruleWords('harmed-state');
/** Gerunds (word forms: the lemmatizer reads "derailing" as "deraile") that name a harm done ("responsible for derailing the agreements"). */
const HARMING = ruleWords('harming');
/** The preposition each predicate takes; a blame noun takes "of". */
const PREPOSITION: Readonly<Record<string, string>> = { responsible: 'for', guilty: 'of', culpable: 'for' };

/** What a blame predicate says: who bears the blame, told by whom, on which token. */
export interface BlamePredicate {
  readonly trigger: number;
  readonly teller: EventParticipant;
  readonly blamed: readonly EventParticipant[];
  readonly clause: number;
}

/** The harm a blame predicate's complement names, if it names one. */
function harmOf(tree: Tree, adj: number): number | undefined {
  const prep = tree.pos[adj]?.upos === 'NOUN' ? 'of' : PREPOSITION[tree.lemmas[adj]];
  return childrenBy(tree, adj, 'obl', 'nmod', 'advcl').find((c) => markerOf(tree, c) === prep
    && (tree.pos[c]?.upos === 'VERB' ? HARMING.has(tree.words[c]) : HARMS.has(tree.lemmas[c]) || childrenBy(tree, c, 'amod').some((a) => HARMED.has(tree.words[a]))));
}

/**
 * "X is/was/remains responsible for <a harm>", "X was the cause of <a harm>": the teller's accusation of X, at the
 * adjective or noun `adj`. Not when denied ("is not responsible"), hypothetical or still to come ("will be held
 * responsible"), nor of the teller's own side.
 */
export function blamePredicateOf(tree: Tree, pack: LanguagePack, actors: ActorIndex, quotes: readonly Quote[], adj: number, site: Publisher | undefined, quoted: boolean): BlamePredicate | undefined {
  const upos = tree.pos[adj]?.upos;
  if (!(upos === 'ADJ' ? BLAME_PREDICATES : upos === 'NOUN' ? BLAME_NOUNS : undefined)?.has(tree.lemmas[adj])) return undefined;
  if (!isPredicate(tree, adj)) return undefined;
  const harm = harmOf(tree, adj);
  if (harm === undefined) return undefined;
  const clause = linkingHeadOf(tree, adj) ?? adj;
  const said = speakerOf(tree, pack, actors, clause, quotes);
  const flags = clauseFlags(tree, pack, clause, { reported: said.reported });
  if (flags.negated || flags.hypothetical || flags.future) return undefined;
  const subj = subjectOf(tree, clause);
  if (!subj || subj.passive || pack.firstPerson.has(tree.words[subj.token])) return undefined;
  const named = actorsOfPhrase(tree, actors, subj.token).filter((a) => a.code);
  // "The Russian party": a side named by its nationality only.
  const bearers = named.length ? named : nationalityOf(tree, subj.token, kbCountry);
  const teller = tellerOf(said.speaker, site, quoted, adj, tree.tokens[adj]);
  const blamed = bearers.filter((b) => isOtherSide(teller, b, actors.bodies));
  if (!teller?.code || !blamed.length) return undefined;
  return { trigger: adj, teller, blamed, clause };
}

/** The reason a blame predicate codes its event. */
export function blamePredicateReason(tree: Tree, blame: BlamePredicate) {
  return reason('events/content-responsible', { predicate: tree.words[blame.trigger], teller: blame.teller.name, blamed: blame.blamed.map((b) => b.name).join(', ') });
}
