/**
 * Whose the thing attacked is, when the attack's sentence does not say: "U.S. warships bombarded them" (the Rashadat oil
 * platforms, "two Iranian platforms" two sentences later), "U.S. Navy warships blasted the Rostam platform" (after "Attack
 * on Iran's oil platforms"). Wire stories name the owner once, with the thing ("Iran's oil platforms", "an Iranian
 * tanker"), and then call it by its noun alone; the gold codes the attack against that owner (#12: wrong parties,
 * "recipient missing, named elsewhere"). The thing is the attack's object or passive subject, or, for "them"/"it",
 * the nearest noun of the same number before it (in its sentence, else the one before; not the attack's own subject,
 * which a pronoun object never stands for), and a noun must be definite ("the platform": a bare "attacking shipping" is
 * of the kind, not the things named before). Its owner is the possessor or nationality adjective of the nearest mention
 * of the same noun (the thing's own words first, at distance 0: a pronoun's antecedent may name it) within the attack's
 * sentence and the three before and after it (a farther "the port" is often another port); the search stops at the
 * first mention that names an owner, and names none when that owner is an attacker's country.
 * People ("soldiers", "civilians": agent nouns of the knowledge base, or actor mentions) are left out: two mentions of
 * soldiers are often two sides; so is a pronoun whose nearest noun is people, or only the place or means of people
 * of its number ("villagers fled to Iraqi farms … shot them"), or the object of a verb done to people ("beat them":
 * rule-words `people-harm-verb`). So are munitions ("Iranian drones", "American missiles": rule-words
 * `munition`): their nationality names the maker or supplier, not the side whose they are when struck.
 */
import { sentenceTokenRange } from '../../core/tokens-of.js';
import { reason, type Reason } from '../../lang/reason.js';
import { loadKb } from '../actors/kb.js';
import { kbCountry, nationalityOf, possessorOf, type ActorIndex } from './participants.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, walkTokens, type Tree } from './tree.js';
import type { EventParticipant } from './types.js';

/** Pronouns that stand for a thing attacked, with whether they are plural. */
const THING_PRONOUNS: Readonly<Record<string, boolean>> = { them: true, it: false };

/** Determiners that point back to a thing already named ("the Rostam platform", "these rigs"). */
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);

const isPlural = (tree: Tree, t: number): boolean => tree.pos[t]?.xpos === 'NNS' || tree.pos[t]?.xpos === 'NNPS';

/** Whether token `t` is a common noun no actor covers and no agent noun of the knowledge base (a thing, not people). */
function isThing(tree: Tree, actors: ActorIndex, t: number): boolean {
  if (tree.pos[t]?.upos !== 'NOUN' || actors.at(t)) return false;
  const kb = loadKb();
  return kb.agent(tree.lemmas[t]) === undefined && kb.agent(tree.words[t]) === undefined;
}

const MUNITIONS = ruleWords('munition');
const PEOPLE_HARM = ruleWords('people-harm-verb');

/** Sentences before the attack's, and after it, whose mentions of the thing may name its owner. */
const SENTS_BEFORE = 3;
const SENTS_AFTER = 3;

/**
 * The noun "them"/"it" at `t`, the object of `verb`, stands for: the nearest noun of its number before it, in its
 * sentence or the one before, leaving out `verb`'s own subject; undefined when that noun is people (a person or an
 * actor's mention: "beat them" after "refugees … on Turkish trucks" is not the trucks) or `verb` is done to people.
 */
function antecedentOf(tree: Tree, actors: ActorIndex, verb: number, t: number): number | undefined {
  if (PEOPLE_HARM.has(tree.lemmas[verb])) return undefined;
  const plural = THING_PRONOUNS[tree.words[t]];
  const sent = tree.tokens[t].sent;
  const first = sentenceTokenRange(tree.tokens, Math.max(0, sent - 1))[0];
  const ownSubject = new Set(childrenBy(tree, verb, 'nsubj').flatMap((s) => walkTokens(tree, s)));
  for (let k = t - 1; k >= first; k--) {
    const upos = tree.pos[k]?.upos;
    if ((upos !== 'NOUN' && upos !== 'PROPN') || ownSubject.has(k)) continue;
    if (isPlural(tree, k) !== plural) continue;
    return isThing(tree, actors, k) && !isPeoplesSetting(tree, actors, k, plural) ? k : undefined;
  }
  return undefined;
}

/**
 * Whether thing `k` is only where the people its clause is about went or were ("refugees crossed the border on
 * Turkish trucks", "villagers fled to Iraqi farms"): an oblique of a verb whose subject names people of the pronoun's
 * number, who are the likelier ones a later "them" stands for. A thing the people are on ("personnel on the
 * platforms": a modifier of the people's noun, not the verb's) is not left out.
 */
function isPeoplesSetting(tree: Tree, actors: ActorIndex, k: number, plural: boolean): boolean {
  if (tree.baseRels[k] !== 'obl') return false;
  const subjects = childrenBy(tree, tree.deps[k].head, 'nsubj', 'nsubj:pass').flatMap((s) => walkTokens(tree, s));
  return subjects.some((s) => tree.pos[s]?.upos === 'NOUN' && isPlural(tree, s) === plural && !isThing(tree, actors, s));
}

/** The thing `verb` acts on: its object, else its passive subject; a pronoun's antecedent in place of the pronoun. */
function targetOf(tree: Tree, actors: ActorIndex, verb: number): number | undefined {
  const target = childrenBy(tree, verb, 'obj')[0] ?? childrenBy(tree, verb, 'nsubj:pass')[0];
  if (target === undefined) return undefined;
  if (tree.pos[target]?.upos === 'PRON') return tree.words[target] in THING_PRONOUNS ? antecedentOf(tree, actors, verb, target) : undefined;
  // "attacking shipping", "hit tankers": a bare noun is things of the kind, not the ones named before.
  return isThing(tree, actors, target) && childrenBy(tree, target, 'det').some((d) => DEFINITE.has(tree.words[d])) ? target : undefined;
}

/** The owner a mention of a thing names: its possessor ("Iran's platforms") or nationality adjective ("Iranian platforms"). */
function ownerOf(tree: Tree, actors: ActorIndex, noun: number): EventParticipant[] {
  const owner = possessorOf(tree, actors, noun);
  return owner.length ? owner : nationalityOf(tree, noun, kbCountry);
}

/**
 * The owner of the thing attack `verb` acts on, named with a mention of the same noun near the attack (the nearest
 * first: see the module comment for the window), none of whose countries is an attacker's. Undefined when the thing is
 * a person or a munition, or no mention names an owner.
 */
export function ownedTarget(tree: Tree, actors: ActorIndex, verb: number, attackers: readonly EventParticipant[]): { found: EventParticipant[]; reason: Reason } | undefined {
  const thing = targetOf(tree, actors, verb);
  if (thing === undefined) return undefined;
  const lemma = tree.lemmas[thing];
  if (MUNITIONS.has(lemma)) return undefined;
  const isAttacker = (p: EventParticipant) => attackers.some((a) => a.code === p.code);
  const sent = tree.tokens[verb].sent;
  const inWindow = (t: number) => tree.tokens[t].sent >= sent - SENTS_BEFORE && tree.tokens[t].sent <= sent + SENTS_AFTER;
  // Nearest first, the thing's own words (a pronoun's antecedent may name its owner) before all others.
  const mentions = tree.lemmas.flatMap((l, t) => (l === lemma && tree.pos[t]?.upos === 'NOUN' && inWindow(t) ? [t] : [])).sort((a, b) => Math.abs(a - thing) - Math.abs(b - thing));
  for (const noun of mentions) {
    const owner = ownerOf(tree, actors, noun).filter((p) => p.code);
    if (!owner.length) continue;
    // The nearest owner named decides: an attacker's own thing is no other side's, whatever a farther mention says.
    if (owner.some(isAttacker)) return undefined;
    return { found: owner, reason: reason('events/owned-target', { owner: owner[0].name, thing: tree.words[noun], verb: tree.words[verb] }) };
  }
  return undefined;
}
