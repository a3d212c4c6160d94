import type { Span } from '../../core/span.js';

/** One token, as offsets into the text, with the index of the sentence it belongs to. */
export interface Token extends Span {
  readonly sent: number;
  /**
   * The word's restored case, only where the text's case carries no information (an all
   * lower-case story, a sentence in capitals: `truecase.ts`); the tagger, entities and actors read
   * it instead of the text as written. Absent on ordinary text.
   */
  readonly cased?: string;
}

declare module '../../core/layers.js' {
  interface Layers {
    /** Every token of the document in text order; later layers refer to tokens by index. */
    tokens: Token[];
  }
}
