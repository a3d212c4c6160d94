import type { Span } from '../../core/span.js';

/** PLOVER general contexts (PLOVER_MANUAL.tex, "General contexts"). */
export const PLOVER_CONTEXTS = [
  'military', 'intelligence', 'executive', 'legislative', 'election', 'political_institutions', 'pro_democracy',
  'pro_autocracy', 'economic', 'legal', 'reparations', 'human_rights', 'rights_freedoms', 'repression',
  'human_security', 'gender', 'lgbt', 'religion_ethnicity', 'inequality', 'diplomatic', 'territory', 'peacekeeping',
  'health', 'asylum', 'migration', 'disasters', 'natural_resource', 'environment', 'technology', 'terrorism', 'cbrn',
  'cyber', 'misinformation', 'crime', 'corruption', 'illegal_drugs', 'trafficking',
] as const;
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
