/** Half-open [start, end) offsets into `Document.text`, in UTF-16 code units (JS string indices). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The text a span covers. Annotations never copy text; they read it through this. */
export function textOf(doc: { readonly text: string }, span: Span): string {
  return doc.text.slice(span.start, span.end);
}

/** True when `inner` lies wholly inside `outer`. */
export function isWithin(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** True when the two spans share at least one character. */
export function hasOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
