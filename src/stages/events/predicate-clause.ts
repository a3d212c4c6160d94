/**
 * Whether a word is a clause's predicate rather than a verb's: "Kiev was responsible", "Britain remains opposed".
 * Several rules (blame, judgements, predicate adjectives, stance participles) read an adjective, noun or participle
 * as the predicate when it has a copula, or when it is the complement (`xcomp`) of a linking verb
 * (data/rule-words.tsv `linking`: "remain", "stay"). One test here, so they cannot drift apart.
 */
import { ruleWords } from './rule-words.js';
import { childBy, type Tree } from './tree.js';

/** Linking verbs (lemmas) an adjective predicate can follow as their complement ("remains responsible"). */
const LINKING = ruleWords('linking');

/**
 * The linking verb whose complement `t` is ("remains responsible": "remains"), or undefined. That verb, not `t`,
 * carries the clause's subject, negation and tense, so callers read the clause there.
 */
export function linkingHeadOf(tree: Tree, t: number): number | undefined {
  const head = tree.deps[t].head;
  return tree.deps[t].deprel === 'xcomp' && head >= 0 && LINKING.has(tree.lemmas[head]) ? head : undefined;
}

/** Whether `t` is a predicate: it has a copula ("is responsible") or follows a linking verb ("remains responsible"). */
export function isPredicate(tree: Tree, t: number): boolean {
  // The linking test first: it reads only `t`'s own relation, while the copula test walks its children (#13).
  return linkingHeadOf(tree, t) !== undefined || childBy(tree, t, 'cop') !== undefined;
}
