import type { Span } from '../../core/span.js';

export const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'MISC', 'DATE'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** A named-entity mention. Possessive endings, punctuation and quotes stay outside the span. */
export interface Entity extends Span {
  readonly type: EntityType;
  /** Token index range [first, last) in the `tokens` layer. */
  readonly tokens: readonly [number, number];
  /** Model confidence in [0, 1]. */
  readonly confidence: number;
}

declare module '../../core/layers.js' {
  interface Layers {
    entities: Entity[];
  }
}
