/**
 * The act a warning warns against (#12, review of session 52, #6): "warned against sanctions on Russia", "warned
 * against new EU sanctions", "warned against attacking Syria". One does not warn against one's own act, so the act is
 * someone else's: its doer (a name, nationality or possessor on the act, or its "by" agent) is whom the warning is
 * for, and whom the act would fall on ("on Russia", "Syria") is no party to the warning. A party warned ("warned
 * Iran against …") is read as the verb's object, before any of this.
 */
import { ruleWords } from './rule-words.js';
import { childrenBy, isUnder, markerOf, walkTokens, type Tree } from './tree.js';

/** Verbs of warning (rule-words `warning-verb`). */
export const WARNING_VERBS = ruleWords('warning-verb');

/** Prepositions of the act's target phrases that the parser may hang on the warning (rule-words `act-target-preposition`). */
const TARGET_MARKERS = ruleWords('act-target-preposition');

/** Relations on the act that name its doer: "EU sanctions", "Russian aggression", "Iran's attack", "Iran attacking". */
const DOER_RELS = new Set(['compound', 'amod', 'nmod:poss', 'nsubj']);

/** The heads of the acts warning verb `verb` warns against: its "against" phrases and gerund clauses. */
function warnedActsOf(tree: Tree, verb: number): number[] {
  if (!WARNING_VERBS.has(tree.lemmas[verb])) return [];
  return childrenBy(tree, verb, 'obl', 'advcl').filter((c) => markerOf(tree, c) === 'against');
}

/**
 * Whether token `t` names whom an act warned against by `verb` would fall on, not its doer: it lies inside the act's
 * phrase off its doer's slots, or in a target phrase the parser hung on the warning after the act ("warned against
 * sanctions on Russia"). The act's head itself ("warned against Iran") is a party, not a target.
 */
export function isWarnedActTarget(tree: Tree, t: number, verb: number): boolean {
  const acts = warnedActsOf(tree, verb);
  if (!acts.length) return false;
  const act = acts.find((a) => isUnder(tree, t, a));
  if (act !== undefined) return t !== act && !isDoerSlot(tree, t, act);
  return childrenBy(tree, verb, 'obl').some((o) => o > acts[0] && TARGET_MARKERS.has(markerOf(tree, o) ?? '') && isUnder(tree, t, o));
}

/** Whether an actor (`isActor`) is named as the doer of the act headed by `act`. */
export function hasNamedDoer(tree: Tree, act: number, isActor: (token: number) => boolean): boolean {
  return walkTokens(tree, act).some((t) => t !== act && isActor(t) && isDoerSlot(tree, t, act));
}

/** Whether `t`, under `act`, stands in the act's doer slot: a doer relation on the act, or inside a "by" phrase. */
function isDoerSlot(tree: Tree, t: number, act: number): boolean {
  let top = t;
  // `t` lies under `act` (callers check), so the walk ends there; the hop bound only guards a repaired tree's cycle.
  for (let v = t, hops = 0; v >= 0 && v !== act && hops < 50; v = tree.deps[v].head, hops++) {
    if (markerOf(tree, v) === 'by') return true;
    top = v;
  }
  return DOER_RELS.has(tree.deps[top].deprel) || DOER_RELS.has(tree.baseRels[top] ?? '');
}
