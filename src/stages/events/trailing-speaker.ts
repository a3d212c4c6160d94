/**
 * ", officials said.", ", Belgian minister Paul de Keersmaeker told a news conference.", ", diplomats said
 * there was little basis for an accord": the wire closes a report with its source, and the parser often hangs
 * that source on the reported verb as a bare oblique ("diplomats" `obl` of "ended", "Paul" `obl` of
 * "extend"). The speaker of the report is no party to the act reported: read as a recipient, it coded
 * the EC ministers' agreement as addressed to Belgium and their talks as held with Luxembourg (the
 * dateline's country given to "officials", "diplomats"; #12).
 */
import { markerOf, type Tree } from './tree.js';

/** The last token of `head`'s phrase. */
function lastOf(tree: Tree, head: number): number {
  let last = head;
  for (const c of tree.children[head]) last = Math.max(last, lastOf(tree, c));
  return last;
}

/** The first word of `head`'s phrase (its punctuation left out: the parser hangs the comma before it on it). */
function firstOf(tree: Tree, head: number): number {
  let first = head;
  for (const c of tree.children[head]) if (tree.pos[c]?.upos !== 'PUNCT') first = Math.min(first, firstOf(tree, c));
  return first;
}

const NOMINALS = new Set(['NOUN', 'PROPN']);

/**
 * Whether argument `arg` is a report's source misread as an argument of another verb: a bare nominal (no
 * preposition) set off by a comma before it and right before a verb of saying (`speechVerbs`, the language
 * pack's lemmas).
 */
export function isTrailingSpeaker(tree: Tree, speechVerbs: ReadonlySet<string>, arg: number): boolean {
  if (markerOf(tree, arg) !== undefined || !NOMINALS.has(tree.pos[arg]?.upos ?? '')) return false;
  const next = lastOf(tree, arg) + 1;
  const before = firstOf(tree, arg) - 1;
  return tree.words[before] === ',' && tree.pos[next]?.upos === 'VERB' && speechVerbs.has(tree.lemmas[next]);
}

/** Whether token `t` lies in such a source, at or below `top` (climbing from `t` to `top`). */
export function inTrailingSpeaker(tree: Tree, speechVerbs: ReadonlySet<string>, t: number, top: number): boolean {
  for (let v = t, hops = 0; v >= 0 && hops < 50; v = tree.deps[v].head, hops++) {
    if (v === top) return false;
    if (isTrailingSpeaker(tree, speechVerbs, v)) return true;
  }
  return false;
}
