/**
 * Accusations told as plain descriptions of another side's conduct (#12, readouts' largest "nothing in the sentence"
 * class): "It was also noted that the Ukrainian authorities are purposefully aggravating the situation" on kremlin.ru
 * is ACCUSE allege RUS→UKR though no word of charging is used. Two shapes, both in `data/rule-words.tsv`:
 *
 * - a verb of hostile conduct the lexicon codes as no event (`hostile-conduct`: aggravate, intimidate, falsify …);
 * - any verb the lexicon codes as no event, with an adverb telling it was done on purpose (`intent-adverb`:
 *   deliberately, purposefully …). A verb the lexicon codes keeps its own event (speech-content.ts skips triggers).
 *
 * The teller is the speaker of reported speech, else the official site in its own words (teller.ts), as for blame
 * stated as a predicate (blame-predicates.ts). The subject must be another side than the teller's: news of fighting
 * with no teller, or one side telling of its own acts, accuses no one. Denied, conditional, future, asked and
 * infinitive acts ("urged Kiev not to aggravate …", "trying to intimidate") are no charge. The doer is the subject
 * itself, or the possessor of a subject that is an agent or an act ("Kiev's provocations"): a disaster or a situation
 * ("Syria's earthquake had exacerbated the crisis") is no one's conduct. An act done on purpose to the doer's own thing
 * ("had deliberately timed its rate cut") is no charge; words in quotation marks are no site's.
 */
import type { LanguagePack } from '../../lang/pack.js';
import type { Publisher } from '../discourse/types.js';
import type { Quote } from '../quotes/types.js';
import { clauseFlags } from './flags.js';
import { actorsOfPhrase, type ActorIndex } from './participants.js';
import { speakerOf } from './roles.js';
import { ruleWords } from './rule-words.js';
import { isOtherSide } from './sides.js';
import { isQuotedAt, tellerOf } from './teller.js';
import { childBy, childrenBy, isToInfinitive, subjectOf, type Tree } from './tree.js';
import type { EventParticipant } from './types.js';

/** Verbs of hostile conduct the lexicon codes as no event. */
const HOSTILE_CONDUCT = ruleWords('hostile-conduct');
/** Adverbs (word forms) of acting on purpose. */
const INTENT = ruleWords('intent-adverb');
/** Uncoded subject heads whose possessor or qualifier is the doer: agents (lemmas) and acts (word forms). */
const PEOPLE = ruleWords('people-noun');
const ACTS = new Set([...ruleWords('hostile-act'), ...ruleWords('conduct-noun'), ...ruleWords('conduct-doer-noun')]);
/** Possessive pronouns that make an object the subject's own ("its rate cut"). */
const OWN_OWNER = ruleWords('own-agent-owner');

/** A charge told as a description: its verb, teller and the side described. */
export interface DescribedConduct {
  readonly trigger: number;
  readonly teller: EventParticipant;
  readonly blamed: readonly EventParticipant[];
  /** The adverb of intent, when it is what makes the act a charge. */
  readonly adverb?: number;
}

/**
 * The charge the clause headed by `verb` makes, if it tells another side's hostile conduct; `isKnown` says whether the
 * lexicon has the verb (a known verb codes its own event and is never read here through an adverb).
 */
export function describedConductOf(tree: Tree, pack: LanguagePack, actors: ActorIndex, quotes: readonly Quote[], verb: number, first: number, last: number, isKnown: (lemma: string) => boolean, site: Publisher | undefined): DescribedConduct | undefined {
  // Asked of every token: the guards come before the part with closures, whose captured variables V8 puts in a
  // context allocated on every call (#13). A verb neither hostile nor with an adverb has no conduct to tell.
  if (tree.pos[verb]?.upos !== 'VERB') return undefined;
  if (!HOSTILE_CONDUCT.has(tree.lemmas[verb]) && childBy(tree, verb, 'advmod') === undefined) return undefined;
  return conductAt(tree, pack, actors, quotes, verb, first, last, isKnown, site);
}

/** `describedConductOf` past its guards, for a verb that is hostile or has an adverb. */
function conductAt(tree: Tree, pack: LanguagePack, actors: ActorIndex, quotes: readonly Quote[], verb: number, first: number, last: number, isKnown: (lemma: string) => boolean, site: Publisher | undefined): DescribedConduct | undefined {
  const lemma = tree.lemmas[verb];
  const hostile = HOSTILE_CONDUCT.has(lemma);
  const adverb = hostile ? undefined : childrenBy(tree, verb, 'advmod').find((a) => INTENT.has(tree.words[a]));
  if (!hostile && (adverb === undefined || isKnown(lemma) || pack.speechVerbs.has(lemma))) return undefined;
  if (['xcomp', 'acl', 'amod', 'acl:relcl'].includes(tree.deps[verb].deprel) || isToInfinitive(tree, verb)) return undefined;
  if (tree.words.slice(first, last).includes('?')) return undefined;
  const said = speakerOf(tree, pack, actors, verb, quotes);
  const flags = clauseFlags(tree, pack, verb, { reported: said.reported });
  if (flags.negated || flags.hypothetical || flags.future) return undefined;
  const subj = subjectOf(tree, verb);
  if (!subj || subj.passive || pack.firstPerson.has(tree.words[subj.token])) return undefined;
  // "timed its rate cut", "kept its reserves": done on purpose to the doer's own thing, no one is wronged.
  if (adverb !== undefined && childrenBy(tree, verb, 'obj').some((o) => childrenBy(tree, o, 'nmod:poss').some((p) => OWN_OWNER.has(tree.words[p])))) return undefined;
  const teller = tellerOf(said.speaker, site, isQuotedAt(quotes, tree.tokens[verb].start), verb, tree.tokens[verb]);
  if (!teller?.code) return undefined;
  // "Syria's earthquake", "Egypt's currency crisis": the possessor of a disaster or situation does nothing.
  const head = subj.token;
  if (!actors.at(head) && !PEOPLE.has(tree.lemmas[head]) && !ACTS.has(tree.words[head])) return undefined;
  const doers = actorsOfPhrase(tree, actors, head).filter((a) => a.code);
  // A subject that mixes sides, or names the teller's own, is no charge against the rest.
  if (!doers.length || !doers.every((d) => isOtherSide(teller, d, actors.bodies))) return undefined;
  return { trigger: verb, teller, blamed: doers, ...(adverb === undefined ? {} : { adverb }) };
}
