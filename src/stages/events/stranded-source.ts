/**
 * ", Finance Minister Barend du Plessis said.", ", officials said.", ", U.S. and Argentine officials said": the wire
 * closes a report with its source, and the parser often hangs the source's words inside the report ("Barend" and
 * "Plessis" obliques of "reached", "diplomats" an oblique of "ended") and leaves the verb of saying with no subject.
 * One detector reads that closing source for both rules that need it (#12, sessions 55–56):
 * - the speaker of the report (roles.ts `fromSpeechVerb`): the coded parties of the source, when the verb of saying
 *   has no subject (43 of the training gold's statement misses with no coded speaker had none, session 55);
 * - the recipients of the act reported (roles.ts `recipientsOf`): the source is no party to it ("EC ministers agreed
 *   …, Belgian minister Paul de Keersmaeker told a news conference" is no agreement with Belgium).
 */
import type { Dep } from '../deps/types.js';
import type { PosTag } from '../pos/types.js';
import { lastOfPhrase, markerOf, type Tree } from './tree.js';

/**
 * What the detector reads of the tokens: their words, tags and lemmas (a Tree; the discourse stage passes its view's,
 * to keep a closing source's country off the report's places, discourse/context.ts).
 */
export interface SourceTokens {
  readonly words: readonly string[];
  readonly pos: readonly (Pick<PosTag, 'upos' | 'xpos'> | undefined)[];
  readonly lemmas: readonly string[];
}

/**
 * The parts of speech a noun phrase naming a source is made of ("the Soviet foreign ministry", "union leader Raymond
 * Lacombe", "U.S. and Argentine officials", "diplomats in Moscow"); a possessive pronoun ("its spokesman") is read by
 * its tag below.
 */
const SOURCE_UPOS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'ADP', 'PART', 'NUM', 'CCONJ']);
/** The longest source read, in tokens: a longer stretch is no name set off before its verb. */
const MAX_SOURCE = 12;
/** Relations by which a report hangs on its verb of saying. */
const REPORT_RELS = new Set(['ccomp', 'parataxis']);
const NOMINALS = new Set(['NOUN', 'PROPN']);

/**
 * The tokens [first, end) of the closing source of verb of saying `said` (a lemma of the language pack's
 * `speechVerbs`): the noun phrase's words between the comma before it and it; undefined when a word of another kind
 * stands there, when no comma comes within MAX_SOURCE tokens, or when nothing stands between.
 */
export function closingSourceOf(tree: SourceTokens, speechVerbs: ReadonlySet<string>, said: number): readonly [number, number] | undefined {
  if (tree.pos[said]?.upos !== 'VERB' || !speechVerbs.has(tree.lemmas[said])) return undefined;
  for (let t = said - 1; t >= 0 && said - t <= MAX_SOURCE; t--) {
    if (tree.words[t] === ',') return t + 1 < said ? [t + 1, said] : undefined;
    if (!SOURCE_UPOS.has(tree.pos[t]?.upos ?? '') && tree.pos[t]?.xpos !== 'PRP$') return undefined;
  }
  return undefined;
}

/**
 * The closing source that holds tokens [first, end), with its verb of saying: the one of the first verb after them.
 */
export function closingSourceAround(tree: SourceTokens, speechVerbs: ReadonlySet<string>, first: number, end: number): { source: readonly [number, number]; said: number } | undefined {
  let said = end;
  while (said < tree.words.length && said - first <= MAX_SOURCE && tree.pos[said]?.upos !== 'VERB') said++;
  const source = closingSourceOf(tree, speechVerbs, said);
  return source && source[0] <= first ? { source, said } : undefined;
}

/**
 * The closing source of `said` when `said` has no subject of its own and governs a report standing before the source's
 * comma: then the source's words, wherever the parser hung them, are who said it.
 */
export function strandedSourceOf(tree: Tree, speechVerbs: ReadonlySet<string>, said: number): readonly [number, number] | undefined {
  const source = closingSourceOf(tree, speechVerbs, said);
  if (!source) return undefined;
  return reportsBefore(tree.deps, said, source) ? source : undefined;
}

/** The farthest a report's clause is looked for before its source, in tokens. */
const MAX_REPORT = 80;

/** Whether verb of saying `said` governs a report (`ccomp`, `parataxis`) standing before the comma of its source. */
function reportsBefore(deps: readonly Dep[], said: number, source: readonly [number, number]): boolean {
  for (let t = source[0] - 2; t >= 0 && said - t <= MAX_REPORT; t--) if (deps[t]?.head === said && REPORT_RELS.has(deps[t].deprel)) return true;
  return false;
}

/**
 * Whether `said` closes a report before its source: it governs one there, or the parser hung it on one ("…, Belgian
 * minister Paul told reporters": `conj` of "agreed"). "In Paris, trade minister Michel Noir said France …" opens its
 * report after the verb: no closing source.
 */
export function closesReport(deps: readonly Dep[], said: number, source: readonly [number, number]): boolean {
  const head = deps[said]?.head ?? -1;
  return (head >= 0 && head < source[0]) || reportsBefore(deps, said, source);
}

/** The first word of `head`'s phrase (its punctuation left out: the parser hangs the comma before it on it). */
function firstOf(tree: Tree, head: number): number {
  let first = head;
  for (const c of tree.children[head]) if (tree.pos[c]?.upos !== 'PUNCT') first = Math.min(first, firstOf(tree, c));
  return first;
}

/**
 * Whether argument `arg` is a closing source misread as an argument of another verb: a bare nominal (no preposition)
 * whose phrase lies in the closing source of the next verb ("Luke" and "Toit" of ", Finance Minister Luke du Toit
 * said" hung apart).
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
