import type { Span } from '../../core/span.js';

/** One sentence of the article body (or a heading), as offsets into the text. */
export type Sentence = Span;

declare module '../../core/layers.js' {
  interface Layers {
    sentences: Sentence[];
  }
}
