import type { Span } from '../../core/span.js';
import type { Reason } from '../../lang/reason.js';

export const QUOTE_KINDS = ['direct', 'partial', 'reported'] as const;
/** `direct`: a whole quoted statement; `partial`: quoted words inside a reporter's sentence; `reported`: "X said that …". */
export type QuoteKind = (typeof QUOTE_KINDS)[number];

/** Who said it: the words naming the speaker and, when resolved, the actor. */
export interface QuoteSpeaker extends Span {
  readonly tokens: readonly [number, number];
  readonly actorId?: string;
  readonly name?: string;
  readonly code?: string;
  readonly sector?: string;
}

/** A quotation or a reported statement; the span covers the quoted words without the marks. */
export interface Quote extends Span {
  readonly kind: QuoteKind;
  /** Index of the sentence the quote starts in. */
  readonly sent: number;
  /** False when the closing mark is missing and the quote was closed at the paragraph's end. */
  readonly closed: boolean;
  readonly speaker?: QuoteSpeaker;
  /** How the speaker was found, machine-readable (rule id + fields). */
  readonly reasons: readonly Reason[];
  /** `reasons` rendered for a user ("`said` after the quote"). */
  readonly why: string;
}

declare module '../../core/layers.js' {
  interface Layers {
    quotes: Quote[];
  }
}
