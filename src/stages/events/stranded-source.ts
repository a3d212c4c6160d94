/**
 * A closing source the parser hung inside the report is no party of the act reported (roles.ts `recipientsOf`): "EC
 * ministers agreed …, Belgian minister Paul de Keersmaeker told a news conference" is no agreement with Belgium, and
 * "Luke" and "Toit" of ", Finance Minister Luke du Toit said" hung apart are no recipients. The source itself is read
 * by the detector below both stages, deps/closing-source.ts, which also gives the report's speaker (#12, sessions
 * 55–57).
 */
import { closingSourceAround } from '../deps/closing-source.js';
import { lastOfPhrase, markerOf, type Tree } from './tree.js';

const NOMINALS = new Set(['NOUN', 'PROPN']);

/** The first word of `head`'s phrase (its punctuation left out: the parser hangs the comma before it on it). */
function firstOf(tree: Tree, head: number): number {
  let first = head;
  for (const c of tree.children[head]) if (tree.pos[c]?.upos !== 'PUNCT') first = Math.min(first, firstOf(tree, c));
  return first;
}

/**
 * Whether argument `arg` is a closing source misread as an argument of another verb: a bare nominal (no preposition)
 * whose phrase lies in the closing source of the next verb ("Luke" and "Toit" of ", Finance Minister Luke du Toit
 * said" hung apart). The detector is the one the discourse stage reads (deps/closing-source.ts), without its
 * `reportingSourceAround` test that the verb closes a report before the source: whose words they are does not hang on
 * where the report stands (", diplomats said there was …" still is no party of "ended … talks in Luxembourg"; asking it
 * lost a training item, reuters-18265, in session 58).
 */
export function isClosingSource(tree: Tree, speechVerbs: ReadonlySet<string>, arg: number): boolean {
  if (markerOf(tree, arg) !== undefined || !NOMINALS.has(tree.pos[arg]?.upos ?? '')) return false;
  const around = closingSourceAround(tree, speechVerbs, firstOf(tree, arg), arg + 1);
  return around !== undefined && lastOfPhrase(tree, arg) < around.said;
}

/** Whether token `t` lies in such a source, at or below `top` (climbing from `t` to `top`). */
export function inClosingSource(tree: Tree, speechVerbs: ReadonlySet<string>, t: number, top: number): boolean {
  for (let v = t, hops = 0; v >= 0 && hops < 50; v = tree.deps[v].head, hops++) {
    if (v === top) return false;
    if (isClosingSource(tree, speechVerbs, v)) return true;
  }
  return false;
}
