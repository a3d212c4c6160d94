import type { Span } from '../../core/span.js';
import { PLOVER_CONTEXTS } from '../../ontology/plover.js';

/** PLOVER general contexts (PLOVER_MANUAL.tex, "General contexts"), from the ontology data file. */
export { PLOVER_CONTEXTS };
export type PloverContext = (typeof PLOVER_CONTEXTS)[number];

/** A word or phrase that signalled a context or topic. */
export interface ThemeEvidence extends Span {
  /** The lexicon phrase that matched (expanded form), e.g. `climate change`. */
  readonly phrase: string;
}

/** A PLOVER context of the document or of a span, with the phrases that signalled it. */
export interface ContextScore {
  readonly context: PloverContext;
  /** Number of signalling phrases found. */
  readonly score: number;
  readonly evidence: readonly ThemeEvidence[];
}

/** A topic as a reader would name it: an issue ("coronavirus", "arms control") or a place in the news ("Libya"). */
export interface Topic {
  readonly name: string;
  readonly kind: 'issue' | 'place';
  readonly score: number;
  readonly evidence: readonly ThemeEvidence[];
}

/** What the document is about. */
export interface Themes {
  /** Contexts signalled at least twice in the document, strongest first. */
  readonly contexts: readonly ContextScore[];
  readonly topics: readonly Topic[];
}

declare module '../../core/layers.js' {
  interface Layers {
    themes: Themes;
  }
}
