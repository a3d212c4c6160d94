import type { Span } from './span.js';

export const SEVERITIES = ['info', 'warning', 'error'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * A recoverable problem found while processing one document, after vfile's `file.message`.
 * Stored with the document and shown to the user; never a reason to stop a batch.
 */
export interface Diagnostic {
  /** Stable id of the rule that fired, e.g. `sentences/unbalanced-quote`. */
  readonly ruleId: string;
  /** The stage (or reader) that reported it. */
  readonly source: string;
  readonly reason: string;
  readonly severity: Severity;
  /** Where in the text, when the problem has a place. */
  readonly span?: Span;
}

/** What a stage passes to `report`: the source is filled in by the pipeline. */
export type DiagnosticInput = Omit<Diagnostic, 'source' | 'severity'> & { severity?: Severity };
