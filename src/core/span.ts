/** Half-open [start, end) offsets into `Document.text`, in UTF-16 code units (JS string indices). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The text a span covers. Annotations never copy text; they read it through this. */
export function textOf(doc: { readonly text: string }, span: Span): string {
  return doc.text.slice(span.start, span.end);
}
