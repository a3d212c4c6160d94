/**
 * Participles of a stance the parser reads as passive verbs: "Bonn and Paris are diametrically opposed to a
 * proposal", "Israel is opposed to French mediation", "Britain remains opposed to the plan". The subject holds
 * the stance (no one opposes Bonn), but as a passive subject it is taken for the one acted on and the clause has
 * no actor. A participle of such a verb (data/rule-words.tsv `stative-participle`) with its "to" phrase, after
 * "be" or a linking verb, and no "by" agent ("The company's motion was opposed by lawyers" stays passive) is
 * rebuilt in the tree view as the adjective it is, so predicate-adjectives.tsv reads it as the verb would
 * ("opposed to": REJECT), with its subject as the one who holds it (#12).
 */
import type { Dep } from '../deps/types.js';
import type { PosTag } from '../pos/types.js';
import { linkingHeadOf } from './predicate-clause.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, markerOf, withRepairs, type Tree } from './tree.js';

/** Verbs (lemmas) whose past participle with "to" states a stance of its subject ("opposed to"). */
const STATIVE = ruleWords('stative-participle');
/**
 * Verbs (lemmas) whose past participle with a phrase of its cause states its subject's feeling about that cause:
 * "the industry was bitterly disappointed by the Australian government's position" is the industry's disapproval, not
 * the government's act; the "by" phrase is no agent ("disappointed by", "disturbed by", "disappointed at/with").
 */
const FEELING = ruleWords('feeling-participle');
/** Prepositions (word forms) that mark a feeling's cause. */
const FEELING_CAUSE = ruleWords('feeling-cause-marker');

/** The tree with every stance participle read as an adjective, or the same tree when the document has none. */
export function repairStativeParticiples(tree: Tree): Tree {
  let out: { deps: Dep[]; pos: PosTag[]; lemmas: string[] } | undefined;
  for (let t = 0; t < tree.tokens.length; t++) {
    if (!isStanceParticiple(tree, t)) continue;
    out ??= { deps: [...tree.deps], pos: [...tree.pos], lemmas: [...tree.lemmas] };
    const word = tree.words[t];
    out.pos[t] = { upos: 'ADJ', xpos: 'JJ', lemma: word };
    out.lemmas[t] = word;
    for (const c of tree.children[t]) {
      if (tree.deps[c].deprel === 'aux:pass') out.deps[c] = { head: t, deprel: 'cop' };
      if (tree.deps[c].deprel === 'nsubj:pass') out.deps[c] = { head: t, deprel: 'nsubj' };
    }
  }
  return out ? withRepairs(tree, out) : tree;
}

function isStanceParticiple(tree: Tree, t: number): boolean {
  if (tree.pos[t]?.xpos !== 'VBN') return false;
  if (FEELING.has(tree.lemmas[t])) return isFeeling(tree, t);
  if (!STATIVE.has(tree.lemmas[t])) return false;
  return isStativePhrase(tree, t);
}

/**
 * A stative participle's phrase read as a stance. Apart from `isStanceParticiple`, which every token takes: its
 * closures' captured variables go in a context V8 allocates on every call (#13).
 */
function isStativePhrase(tree: Tree, t: number): boolean {
  // The parser can read "to import liberalisation" as an infinitive: a "to" xcomp is the phrase too.
  const obliques = childrenBy(tree, t, 'obl', 'obl:agent');
  if (!childrenBy(tree, t, 'obl', 'xcomp').some((o) => markerOf(tree, o) === 'to') || obliques.some((o) => markerOf(tree, o) === 'by')) return false;
  return isLinkedOrPassive(tree, t);
}

/** "was disappointed by the plan", "remains disturbed at …": a feeling participle with its cause, after "be" or a linking verb. */
function isFeeling(tree: Tree, t: number): boolean {
  if (!childrenBy(tree, t, 'obl', 'obl:agent').some((o) => FEELING_CAUSE.has(markerOf(tree, o) ?? ''))) return false;
  return isLinkedOrPassive(tree, t);
}

/**
 * After "be" or a linking verb. Not `isPredicate`: before the repair the parser hangs "be" as the participle's
 * passive auxiliary (`aux:pass`), not as a copula; the repair is what turns it into one.
 */
function isLinkedOrPassive(tree: Tree, t: number): boolean {
  return linkingHeadOf(tree, t) !== undefined || childrenBy(tree, t, 'aux:pass').length > 0;
}
