import type { LanguagePack } from '../../lang/pack.js';
import { reason, type Reason } from '../../lang/reason.js';
import { childrenBy, auxWords, type Tree } from './tree.js';

/** Whether an event is a fact of the article's day, and why not. */
export interface EventFlags {
  readonly negated: boolean;
  readonly hypothetical: boolean;
  readonly future: boolean;
  readonly reasons: readonly Reason[];
}

/**
 * Negation and modality of the clause headed by `head` (a verb, or the verb governing an event
 * noun). "would" counts as future inside reported speech ("said they would meet") and as
 * hypothetical elsewhere; deontic modals count as hypothetical too ("Ukraine must implement"
 * reports a demand, not an act: see REQUEST); a conditional clause ("if …") is hypothetical.
 */
export function clauseFlags(tree: Tree, pack: LanguagePack, head: number, opts: { reported: boolean; noun?: number }): EventFlags {
  const reasons: Reason[] = [];
  let negated = false;
  let hypothetical = false;
  let future = false;
  const advs = [...new Set([head, firstConjunct(tree, head)])].flatMap((h) => childrenBy(tree, h, 'advmod', 'neg', 'det')).map((a) => tree.words[a]);
  if (advs.some((w) => pack.negators.has(w))) { negated = true; reasons.push(reason('flags/negated')); }
  if (opts.noun !== undefined && childrenBy(tree, opts.noun, 'det', 'advmod').some((d) => pack.negators.has(tree.words[d]))) {
    negated = true;
    reasons.push(reason('flags/no-noun', { noun: tree.words[opts.noun] }));
  }
  for (const aux of auxWords(tree, firstConjunct(tree, head))) {
    if (pack.modals.future.has(aux)) { future = true; reasons.push(reason('flags/future', { aux })); }
    else if (aux === 'would' && opts.reported) { future = true; reasons.push(reason('flags/would-reported')); }
    else if (pack.modals.hypothetical.has(aux)) { hypothetical = true; reasons.push(reason('flags/modal', { aux })); }
  }
  if (goingTo(tree, head)) { future = true; reasons.push(reason('flags/going-to')); }
  for (let v = head, hops = 0; v >= 0 && hops < 4; v = tree.deps[v].head, hops++) {
    const mark = childrenBy(tree, v, 'mark').map((m) => tree.words[m]).find((m) => pack.conditionals.has(m));
    if (mark) { hypothetical = true; reasons.push(reason('flags/conditional', { mark })); break; }
    if (!['conj', 'xcomp'].includes(tree.deps[v].deprel)) break;
  }
  return { negated, hypothetical, future, reasons };
}

/** The first verb of a coordination ("will meet and sign": auxiliaries attach to "meet"). */
export function firstConjunct(tree: Tree, verb: number): number {
  let v = verb;
  for (let hops = 0; hops < 6 && tree.deps[v]?.deprel === 'conj' && tree.deps[v].head >= 0; hops++) v = tree.deps[v].head;
  return v;
}

function goingTo(tree: Tree, head: number): boolean {
  const h = tree.deps[head]?.head ?? -1;
  return h >= 0 && tree.lemmas[h] === 'go' && tree.deps[head].deprel === 'xcomp' && auxWords(tree, h).some((a) => ['is', 'are', 'am', "'s", "'re"].includes(a));
}
