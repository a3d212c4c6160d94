/** Universal POS tags (UD v2). */
export const UPOS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'] as const;
export type Upos = (typeof UPOS)[number];

/** Part of speech and lemma of one token; the `pos` layer is aligned index by index with `tokens`. */
export interface PosTag {
  readonly upos: Upos;
  /** Penn Treebank tag, as in UD English XPOS. */
  readonly xpos: string;
  readonly lemma: string;
}

declare module '../../core/layers.js' {
  interface Layers {
    pos: PosTag[];
  }
}
