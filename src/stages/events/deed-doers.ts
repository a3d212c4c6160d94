/**
 * Who did a deed named by a noun, for a verdict told of it (#12): "the country's moratorium was the right action"
 * (praised-predicates.ts), "the American sanctions were illegal", "a budget plan drafted by Senator Chiles was
 * deficient", "the policies of the United States were unfair" (judged-predicates.ts). The doers are the deed's owner
 * (possessive), qualifier (compound: "the U.S. strategy"), "by" agent (on the noun or on a participle describing it),
 * its "of" phrase ("the policy of Japan", "the plan of the government"; not for a hostile or punitive act, whose "of"
 * names its target: "the invasion of Ukraine", "the blockade of Gaza", unless rule-words `doer-of` says otherwise: "the
 * aggression of the Russian Federation"), and its nationality ("the Japanese package"). Any other marked phrase naming
 * a side names whom the deed was done to or with ("the invasion of Ukraine", "the talks with France", "its withdrawal
 * from Iraq"): the doer is then not told apart, and no side is returned, so a verdict on the invasion of Ukraine never
 * falls on Ukraine.
 */
import { actorsOfPhrase, kbCountry, nationalityOf, type ActorIndex } from './participants.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, conjuncts, markerOf, type Tree } from './tree.js';
import type { EventParticipant } from './types.js';

/** Nouns (word forms) of an act done to a side, whose "of" phrase names that side ("the invasion of Ukraine"). */
const DONE_TO = new Set([...ruleWords('hostile-act'), ...ruleWords('punitive-noun')]);
/** Of these, those whose "of" phrase names the doer all the same ("the aggression of the Russian Federation"). */
const OF_DOER = ruleWords('doer-of');

/** Whether the "of" phrase of the deed noun `noun` names its doer ("the policy of Japan"), not its target. */
function isOfDoer(tree: Tree, noun: number): boolean {
  const word = tree.words[noun].toLowerCase();
  return OF_DOER.has(word) || !(DONE_TO.has(word) || DONE_TO.has(tree.lemmas[noun]));
}

/**
 * The sides that did the deed named at `thing` and pass `isOther` (the teller's other sides), one entry per code and
 * sector; empty when a phrase names another side the deed was done to or with (see the module comment).
 */
export function deedDoers(tree: Tree, actors: ActorIndex, thing: number, isOther: (p: EventParticipant) => boolean): EventParticipant[] {
  const doers: EventParticipant[] = [];
  for (const c of conjuncts(tree, thing)) {
    const ofDoer = isOfDoer(tree, c);
    for (const m of tree.children[c]) {
      const rel = tree.deps[m].deprel;
      const marker = markerOf(tree, m)?.toLowerCase();
      const named = () => actorsOfPhrase(tree, actors, m).filter((a) => a.code && isOther(a));
      if (rel === 'nmod:poss' || rel === 'compound' || (rel.startsWith('nmod') && (marker === 'by' || (marker === 'of' && ofDoer)))) doers.push(...named());
      else if (rel.startsWith('nmod') && named().length) return [];
    }
    for (const acl of childrenBy(tree, c, 'acl')) {
      const agent = childrenBy(tree, acl, 'obl:agent', 'obl').find((o) => markerOf(tree, o)?.toLowerCase() === 'by');
      if (agent !== undefined) doers.push(...actorsOfPhrase(tree, actors, agent).filter((a) => a.code && isOther(a)));
    }
  }
  doers.push(...nationalityOf(tree, thing, kbCountry).filter((a) => a.code && isOther(a)));
  return [...new Map(doers.map((d) => [`${d.code}/${d.sector ?? ''}`, d])).values()];
}
