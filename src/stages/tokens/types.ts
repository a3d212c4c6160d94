import type { Span } from '../../core/span.js';

/** One token, as offsets into the text, with the index of the sentence it belongs to. */
export interface Token extends Span {
  readonly sent: number;
}

declare module '../../core/layers.js' {
  interface Layers {
    /** Every token of the document in text order; later layers refer to tokens by index. */
    tokens: Token[];
  }
}
