import type { Span } from '../../core/span.js';
import { loadThemeLexicon, type ThemeLexicon } from './lexicon.js';
import { matchPhrases, type PhraseMatch } from './phrases.js';
import type { ContextScore, PloverContext } from './types.js';

/** A context is the document's when at least this many phrases signal it; one stray word is not a theme. */
export const DOCUMENT_CONTEXT_MIN = 2;

/**
 * The PLOVER contexts signalled inside a span of text (a sentence, an event's clause), each with
 * the phrases that signalled it, strongest first. The events stage gives each event these.
 * @example contextsOf('They discussed climate change.')[0].context // 'environment'
 */
export function contextsOf(text: string, span: Span = { start: 0, end: text.length }, lexicon: ThemeLexicon = loadThemeLexicon()): ContextScore[] {
  return groupContexts(matchPhrases(text.slice(span.start, span.end), lexicon.contexts, span.start));
}

/** The contexts of a whole document: those signalled at least `DOCUMENT_CONTEXT_MIN` times in its regions. */
export function documentContexts(text: string, regions: readonly Span[], lexicon: ThemeLexicon = loadThemeLexicon()): ContextScore[] {
  const matches = regions.flatMap((region) => matchPhrases(text.slice(region.start, region.end), lexicon.contexts, region.start));
  return groupContexts(matches).filter((c) => c.score >= DOCUMENT_CONTEXT_MIN);
}

function groupContexts(matches: PhraseMatch[]): ContextScore[] {
  const byContext = new Map<string, PhraseMatch[]>();
  for (const m of matches) byContext.set(m.label, [...(byContext.get(m.label) ?? []), m]);
  return [...byContext.entries()]
    .map(([context, found]) => {
      // one phrase counted once per position: "talks" matched by two lexicon lines is one signal
      const evidence = found.filter((m, i) => found.findIndex((o) => o.start === m.start && o.end === m.end) === i);
      return { context: context as PloverContext, score: evidence.length, evidence: evidence.map(({ start, end, phrase }) => ({ start, end, phrase })) };
    })
    .sort((a, b) => b.score - a.score || a.evidence[0].start - b.evidence[0].start);
}
