/**
 * "will act firmly … in response to actions by Russia", "in response to Russia's actions": the acts a verb
 * answers, named by an "in response to" phrase. A future act taken in answer to another side's acts is a
 * promised response, a threat to that side (speech-content.ts); the words are `response-noun` and `acting`
 * in data/rule-words.tsv.
 */
import { ruleWords } from './rule-words.js';
import { childrenBy, markerOf, type Tree } from './tree.js';

/** Nouns of a response whose "to" phrase names the act answered. */
const RESPONSE_NOUNS = ruleWords('response-noun');
/** Verbs of acting that promise a response only with such a phrase ("will act … in response to"). */
export const ACTING = ruleWords('acting');

/** The nouns of the acts `verb` answers through "in response to …" (none when it has no such phrase). */
export function respondedActs(tree: Tree, verb: number): number[] {
  return childrenBy(tree, verb, 'obl')
    .filter((o) => RESPONSE_NOUNS.has(tree.lemmas[o]) && markerOf(tree, o) === 'in')
    .flatMap((o) => childrenBy(tree, o, 'nmod').filter((n) => markerOf(tree, n) === 'to'));
}
