/**
 * ", Finance Minister Barend du Plessis said.", ", officials said.", ", U.S. and Argentine officials said": the wire
 * closes a report with its source, and the parser often hangs the source's words inside the report ("Barend" and
 * "Plessis" obliques of "reached", "diplomats" an oblique of "ended") and leaves the verb of saying with no subject.
 * One detector reads that closing source for every stage that needs it (#12, sessions 55–57): the events stage (the
 * speaker of the report, and the source kept out of the report's parties, events/stranded-source.ts) and the discourse
 * stage (a place of the report is not the source's country, discourse/context.ts). It reads only the tags and the
 * parse, so it sits with the parse, below both stages (session 57, rv-a #11 of session 56: discourse used to import it
 * from events/).
 */
import type { Dep } from './types.js';
import type { PosTag } from '../pos/types.js';

/** What the detector reads of the tokens: their lower-cased words, tags and lemmas (an events Tree or a discourse View). */
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
/**
 * The longest name of a source read, in tokens, counted per conjunct: a longer stretch is no name set off before its
 * verb; a joint source of two long names ("U.S. Secretary of State Antony Blinken and Mexican Foreign Minister Marcelo
 * Ebrard") is read whole (review b of session 57).
 */
const MAX_SOURCE = 12;
/** The most conjuncts a joint source is read with. */
const MAX_CONJUNCTS = 3;
/** Relations by which a report hangs on its verb of saying. */
const REPORT_RELS = new Set(['ccomp', 'parataxis']);
/** The farthest a report's clause is looked for before its source, in tokens. */
const MAX_REPORT = 80;

/**
 * The tokens [first, end) of the closing source of verb of saying `said` (a lemma of the language pack's
 * `speechVerbs`): the noun phrase's words between the comma before it and it; undefined when a word of another kind
 * stands there, when a coordinator opens them (", but X said" is a clause of its own), when no comma comes within
 * MAX_SOURCE tokens, or when nothing stands between.
 */
export function closingSourceOf(tokens: SourceTokens, speechVerbs: ReadonlySet<string>, said: number): readonly [number, number] | undefined {
  if (tokens.pos[said]?.upos !== 'VERB' || !speechVerbs.has(tokens.lemmas[said])) return undefined;
  for (let t = said - 1, conjunctEnd = said, conjuncts = 1; t >= 0 && conjunctEnd - t <= MAX_SOURCE; t--) {
    // ", but chief negotiator Rui Medina said earlier he would …" opens a clause of its own, no set-off source (reuters-7667).
    if (tokens.words[t] === ',') return t + 1 < said && tokens.pos[t + 1]?.upos !== 'CCONJ' ? [t + 1, said] : undefined;
    if (tokens.pos[t]?.upos === 'CCONJ') {
      if (++conjuncts > MAX_CONJUNCTS) return undefined;
      conjunctEnd = t;
    }
    if (!SOURCE_UPOS.has(tokens.pos[t]?.upos ?? '') && tokens.pos[t]?.xpos !== 'PRP$') return undefined;
  }
  return undefined;
}

/**
 * The closing source that holds tokens [first, end), with its verb of saying: the one of the first verb after them.
 */
export function closingSourceAround(tokens: SourceTokens, speechVerbs: ReadonlySet<string>, first: number, end: number): { source: readonly [number, number]; said: number } | undefined {
  let said = end;
  while (said < tokens.words.length && said - first <= MAX_SOURCE * MAX_CONJUNCTS && tokens.pos[said]?.upos !== 'VERB') said++;
  const source = closingSourceOf(tokens, speechVerbs, said);
  return source && source[0] <= first ? { source, said } : undefined;
}

/**
 * The closing source that holds tokens [first, end) when its verb of saying closes a report before it
 * (`closesReport`): then the tokens name who said the report, not a party of what it tells.
 */
export function reportingSourceAround(tokens: SourceTokens & { readonly deps: readonly Dep[] }, speechVerbs: ReadonlySet<string>, first: number, end: number): { source: readonly [number, number]; said: number } | undefined {
  const closing = closingSourceAround(tokens, speechVerbs, first, end);
  return closing && closesReport(tokens.deps, closing.said, closing.source) ? closing : undefined;
}

/**
 * The closing source of `said` when `said` has no subject of its own and governs a report standing before the source's
 * comma: then the source's words, wherever the parser hung them, are who said it.
 */
export function strandedSourceOf(tokens: SourceTokens & { readonly deps: readonly Dep[] }, speechVerbs: ReadonlySet<string>, said: number): readonly [number, number] | undefined {
  const source = closingSourceOf(tokens, speechVerbs, said);
  if (!source) return undefined;
  return reportsBefore(tokens.deps, said, source) ? source : undefined;
}

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
function closesReport(deps: readonly Dep[], said: number, source: readonly [number, number]): boolean {
  const head = deps[said]?.head ?? -1;
  return (head >= 0 && head < source[0]) || reportsBefore(deps, said, source);
}
