/**
 * Who did a deed named by a noun, for a verdict told of it (#12): "the country's moratorium was the right action"
 * (praised-predicates.ts), "the American sanctions were illegal", "a budget plan drafted by Senator Chiles was
 * deficient", "the policies of the United States were unfair" (judged-predicates.ts). The doers are the deed's owner
 * (possessive), qualifier (compound: "the U.S. strategy"), "by" agent (on the noun or on a participle describing it),
 * its "of" phrase only for a noun listed as taking its doer there (rule-words `doer-of`: "the policy of Japan", "the
 * aggression of the Russian Federation"; any other act's "of" names whom it was done to: "the invasion of Ukraine",
 * "the nomination of Ukraine"), and its nationality ("the Japanese package"). Any other marked phrase naming a side
 * names whom the deed was done to or with ("the invasion of Ukraine", "the talks with France", "its withdrawal from
 * Iraq"): it is never taken for the doer, and with no doer named beside it ("the Israeli blockade of Gaza", "the
 * occupation of the West Bank by Israel") no side is returned, so a verdict on the invasion of Ukraine never falls on
 * Ukraine.
 */
import { actorsOfPhrase, kbCountry, nationalityOf, type ActorIndex } from './participants.js';
import { ruleWords } from './rule-words.js';
import { byAgentOf, childrenBy, conjuncts, markerOf, type Tree } from './tree.js';
import type { EventParticipant } from './types.js';

/** Nouns of an act done to a side, whose "of" phrase names that side ("the invasion of Ukraine"). */
const DONE_TO = new Set([...ruleWords('hostile-act'), ...ruleWords('punitive-noun')]);
/** The nouns whose "of" phrase names the doer ("the aggression of the Russian Federation", "the policy of Japan"). */
const OF_DOER = ruleWords('doer-of');
/** Endings of a noun made from a verb ("annexation", "admission", "deployment", "seizure"). */
const DEED_SUFFIXES = [...ruleWords('deed-suffix')];

const isListed = (set: ReadonlySet<string>, tree: Tree, t: number): boolean => set.has(tree.words[t]) || set.has(tree.lemmas[t]);

/**
 * Whether the "of" phrase of the deed noun `noun` names its doer ("the policy of Japan"): only for the nouns listed so
 * (rule-words `doer-of`); any other act's "of" phrase names whom it was done to ("the invasion of Ukraine", "the
 * nomination of Ukraine to the council", "the recognition of Kosovo").
 */
export function isOfDoer(tree: Tree, noun: number): boolean {
  return isListed(OF_DOER, tree, noun);
}

/**
 * Whether the noun at `t` names a deed, whose doers a verdict on it judges (not the side it was done to): a hostile or
 * punitive act, a noun made from a verb (rule-words `deed-suffix`: "the annexation of Crimea", "the admission of
 * Ukraine"), or one listed as taking its doer in "of".
 */
export function isDeedNoun(tree: Tree, t: number): boolean {
  if (tree.pos[t]?.upos !== 'NOUN') return false;
  if (isListed(DONE_TO, tree, t) || isListed(OF_DOER, tree, t)) return true;
  const lemma = tree.lemmas[t];
  return DEED_SUFFIXES.some((suffix) => lemma.endsWith(suffix) && lemma.length > suffix.length + 2);
}

/**
 * The sides that did the deed named at `thing` and pass `isOther` (the teller's other sides), one entry per code and
 * sector; empty when a phrase names another side the deed was done to or with (see the module comment).
 */
export function deedDoers(tree: Tree, actors: ActorIndex, thing: number, isOther: (p: EventParticipant) => boolean): EventParticipant[] {
  const doers: EventParticipant[] = [];
  // A side named in another phrase is whom the deed was done to or with: it never stands for the doer, though a
  // doer named beside it still counts ("the Israeli blockade of Gaza", "the occupation of the West Bank by Israel").
  let target = false;
  for (const c of conjuncts(tree, thing)) {
    const ofDoer = isOfDoer(tree, c);
    for (const m of tree.children[c]) {
      const rel = tree.deps[m].deprel;
      const marker = markerOf(tree, m);
      const named = () => actorsOfPhrase(tree, actors, m).filter((a) => a.code && isOther(a));
      if (rel === 'nmod:poss' || rel === 'compound' || (rel.startsWith('nmod') && (marker === 'by' || (marker === 'of' && ofDoer)))) doers.push(...named());
      else if (rel.startsWith('nmod') && named().length) target = true;
    }
    for (const acl of childrenBy(tree, c, 'acl')) {
      const agent = byAgentOf(tree, acl);
      if (agent !== undefined) doers.push(...actorsOfPhrase(tree, actors, agent).filter((a) => a.code && isOther(a)));
    }
  }
  doers.push(...nationalityOf(tree, thing, kbCountry).filter((a) => a.code && isOther(a)));
  if (target && !doers.length) return [];
  return [...new Map(doers.map((d) => [`${d.code}/${d.sector ?? ''}`, d])).values()];
}
