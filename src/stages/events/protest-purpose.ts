/**
 * An act done "to protest" is the protest (#12): "citrus growers dumped more than 20 tonnes of lemons on
 * the streets to protest against duties levied by the EC", "a one-day general strike called by Ecuadorean
 * workers to protest against austerity measures", "The workers, staging a sit-in to protest Caterpillar's
 * decision" (training wire gold: PROTEST, all three turned down as an aim). The infinitive names what the
 * act it qualifies was, not an aim still to come: it is as real as that act (its tense, negation and
 * modality, as the purpose of a call is: `callPurposeHost`), done by that act's doer, and a protest
 * (PLOVER PROTEST, CAMEO 140) whatever CAMEO's patterns would make of its object ("protest * DECISION",
 * 110; "* PLAN", 127). A government's protest still becomes ACCUSE (code-events.ts). The verbs are
 * rule-words `protest-purpose`.
 */
import type { LanguagePack } from '../../lang/pack.js';
import { reason } from '../../lang/reason.js';
import type { ActorIndex } from './participants.js';
import { rolesOf, type Roles } from './roles.js';
import { ruleWords } from './rule-words.js';
import { nounCode, type TriggerMatch } from './triggers.js';
import type { LexiconTables } from './lexicon.js';
import { childrenBy, isToInfinitive, type Tree } from './tree.js';

const PROTESTING = ruleWords('protest-purpose');
/** CAMEO's "engage in political dissent": PLOVER PROTEST. */
const PROTEST_CODE = '140';
/** Relations of the nouns between a prepositional phrase and the verb it belongs to. */
const PHRASE_RELS = new Set(['obl', 'obl:agent', 'nmod', 'obj']);
/** How many nouns up the verb may be ("tonnes of lemons on the streets": three). */
const MAX_HOPS = 3;

/**
 * The verb whose act `verb`, an infinitive of protest, says the purpose of: its head, when the infinitive
 * is a clause of purpose (`advcl`) of a verb, or the verb above a noun of that verb's prepositional
 * phrase the parser hung it on ("dumped … lemons on the streets to protest", "a strike called by
 * Ecuadorean workers to protest": `acl` of "streets", of "workers"; the noun has its preposition). A complement ("is expected to
 * protest", "threatened to protest", "wish to protest") is an intent or a hope, and the infinitive of a
 * noun the verb acts on or names ("a decision to protest", "plans to protest") no act done.
 */
export function protestPurposeHost(tree: Tree, verb: number): number | undefined {
  if (!PROTESTING.has(tree.lemmas[verb]) || !isToInfinitive(tree, verb)) return undefined;
  const rel = tree.deps[verb].deprel;
  const head = tree.deps[verb].head;
  if (head < 0) return undefined;
  if (rel === 'advcl') return tree.pos[head]?.upos === 'VERB' ? head : undefined;
  if (rel !== 'acl' || !childrenBy(tree, head, 'case').length) return undefined;
  // Up from the phrase's noun through the nouns it hangs on ("on the streets" of "lemons" of "tonnes") to their verb.
  for (let t = head, hops = 0; hops < MAX_HOPS && PHRASE_RELS.has(tree.deps[t].deprel); hops++) {
    t = tree.deps[t].head;
    if (t < 0) return undefined;
    if (tree.pos[t]?.upos === 'VERB') return t;
  }
  return undefined;
}

/** The trigger of an infinitive of protest done as an act's purpose, coded as the protest itself; else the match as found. */
export function protestPurposeMatch(tree: Tree, match: TriggerMatch): TriggerMatch {
  const host = protestPurposeHost(tree, match.token);
  if (host === undefined) return match;
  // The protest is the verb's own act: an object noun a pattern named ("protest * DECISION") is only what it protests.
  const { noun: _object, ...verb } = match;
  return { ...verb, code: PROTEST_CODE, kind: 'verb', reason: reason('events/protest-purpose', { act: tree.words[host], protest: tree.words[match.token] }) };
}

/** The protest's doer is the act's (its subject, or the "by" agent of a participle); whom it protests against, its own. */
export function protestPurposeRoles(tree: Tree, pack: LanguagePack, actors: ActorIndex, host: number, own: Roles): Roles {
  if (own.actors.length) return own;
  const done = rolesOf(tree, pack, actors, host);
  return { actors: done.actors, recipients: own.recipients, reasons: [...done.reasons, ...own.reasons] };
}

/**
 * Whether the act a protest was done by describes a thing as background ("The South African sanctions law, enacted by
 * the United States to protest the apartheid laws"): a participle with its agent modifying a noun that names no event.
 * One that names an event tells it ("a one-day general strike called by Ecuadorean workers to protest").
 */
export function describedProtest(tree: Tree, lexicon: LexiconTables, host: number): boolean {
  const noun = tree.deps[host].head;
  return noun >= 0 && nounCode(tree, lexicon, noun) === undefined;
}
