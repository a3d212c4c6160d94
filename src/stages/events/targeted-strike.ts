/**
 * An event noun's attack sense, read from the phrase naming what it hits: "There are strikes on military and other
 * important defense facilities" (training ua-president-73105) and "strikes against Iranian targets" are attacks, "a strike against
 * General Motors" or "strikes on March 9" labour strikes (#12, review of ev-outbreak2). The words are data
 * (rule-words.tsv `targeted-attack-noun`, `attack-target-marker`, `attack-target`).
 */
import { ruleWords, targetedAttackNounCodes } from './rule-words.js';
import { childrenBy, markerOf, type Tree } from './tree.js';

const TARGETED_NOUNS = targetedAttackNounCodes();
const TARGET_MARKERS = ruleWords('attack-target-marker');
const TARGETS = ruleWords('attack-target');

/**
 * Whether phrase head `c` names a target of armed force ("on … facilities", "against Iranian targets"). A country
 * ("strikes against Iran") is not read: the noun's phrase is read before the actors, and a name cannot yet tell a
 * country from an employer ("against General Motors").
 */
function isTarget(tree: Tree, c: number): boolean {
  return TARGET_MARKERS.has(markerOf(tree, c) ?? '') && TARGETS.has(tree.lemmas[c]);
}

/**
 * The attack code of event noun `n` (lexicon key `key`) when a phrase names its target, if any. The parser may hang
 * the phrase on the noun's verb ("There were strikes | on the platforms"): a phrase of the head opening right after the
 * noun is the noun's own.
 */
export function targetedAttackCode(tree: Tree, key: string, n: number): string | undefined {
  const code = TARGETED_NOUNS.get(key);
  if (code === undefined) return undefined;
  const { head } = tree.deps[n];
  // A noun the tagger took for a participle ("There were strikes/VBN against Iranian targets", read as a noun since the
  // subject of existential "be" is one) has its phrases as obliques.
  const own = childrenBy(tree, n, 'nmod', 'obl').some((c) => isTarget(tree, c));
  const hung = head >= 0 && childrenBy(tree, head, 'obl').some((c) => isTarget(tree, c) && (tree.children[c][0] ?? -1) === n + 1);
  return own || hung ? code : undefined;
}
