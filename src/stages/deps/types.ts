/** The dependency head and relation of one token; the `deps` layer is aligned with `tokens`. */
export interface Dep {
  /** Document-level index of the head token, or -1 for the sentence root. */
  readonly head: number;
  /** Universal Dependencies relation, with subtype (`nsubj:pass`, `obl:tmod`). */
  readonly deprel: string;
}

declare module '../../core/layers.js' {
  interface Layers {
    deps: Dep[];
  }
}
