/**
 * "They underscored their strong commitment to continue supporting Ukraine", "affirmed their resolve to
 * continue supporting Ukraine": the parser often hangs an object's own infinitive on the verb (`advcl`)
 * instead of on the object noun (`acl`). An infinitive that opens right where the object's phrase ends, and
 * whose verbs give or work with someone (rule-words `intent-beneficiary-verb`), is read as the object's, so the
 * intent's infinitive names whom it is for (roles.ts), as it does when the parse is right. An infinitive of
 * another kind ("determination to continue raising the costs on Russia", "readiness to act jointly to oppose
 * …", "commitment to continue holding Russia accountable") names a target, not whom the intent is for.
 */
import { ruleWords } from './rule-words.js';
import { childrenBy, markerOf, walkTokens, type Tree } from './tree.js';

const GIVING = ruleWords('intent-beneficiary-verb');

/** The "to" infinitives of `obj`: its own (`acl`), and the one of giving hung on `verb` right after the object's phrase. */
export function objectInfinitives(tree: Tree, verb: number, obj: number): number[] {
  const own = childrenBy(tree, obj, 'acl').filter((a) => markerOf(tree, a) === 'to');
  if (own.length || obj === verb || tree.deps[obj].head !== verb || tree.pos[obj]?.upos !== 'NOUN') return own;
  const end = Math.max(...walkTokens(tree, obj));
  return childrenBy(tree, verb, 'advcl').filter((a) => markerOf(tree, a) === 'to' && Math.min(...walkTokens(tree, a)) === end + 1 && isGiving(tree, a));
}

/** Whether the infinitive or a verb it continues into ("to continue supporting") gives or works with someone. */
function isGiving(tree: Tree, clause: number): boolean {
  for (let v: number | undefined = clause, hops = 0; v !== undefined && hops < 5; v = childrenBy(tree, v, 'xcomp')[0], hops++) {
    if (GIVING.has(tree.lemmas[v])) return true;
  }
  return false;
}
