import type { Span } from '../../core/span.js';

/** What the opening lines of an article say about it: dateline, agency, headline, sections. */
export interface Dateline {
  /** The whole dateline, separator included (`MOSCOW, June 26. /TASS/.`). */
  readonly span?: Span;
  /** The dateline place as written (`MOSCOW`), and in title case (`Moscow`). */
  readonly place?: Span;
  readonly placeName?: string;
  /** The date the dateline gives, ISO `YYYY-MM-DD`, year inferred from the publication date if missing. */
  readonly date?: string;
  readonly dateSpan?: Span;
  /** News agency named in the dateline (`TASS`, `Reuters`, `AP`). */
  readonly agency?: string;
  readonly agencySpan?: Span;
  /** Publication date: the reader's date, else the dateline's or the date line's. ISO `YYYY-MM-DD`. */
  readonly published?: string;
  /** A headline written at the top of the text, when the text has one. */
  readonly headline?: Span;
  /** Section headings inside the body (short lines without final punctuation). */
  readonly sections: Span[];
  /** Where the article's running text starts and ends: sentences are split inside it. */
  readonly body: Span;
}

declare module '../../core/layers.js' {
  interface Layers {
    dateline: Dateline;
  }
}
