import type { EntityType } from './types.js';

/** The entity types the recogniser predicts (DATE is left to the dates stage). */
export const NER_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'MISC'] as const satisfies readonly EntityType[];
export type NerType = (typeof NER_TYPES)[number];

/**
 * BILOU tags: label 0 is `O`; type `t` has labels 1 + 4t … 4 + 4t for B, I, L, U. BILOU beats
 * IOB2 for greedy decoding on CoNLL (Ratinov & Roth 2009) because the last token of a name gets
 * its own weights.
 */
export const PARTS = ['B', 'I', 'L', 'U'] as const;
export const LABEL_COUNT = 1 + 4 * NER_TYPES.length;
export const O = 0;
export const B = 0;
export const I = 1;
export const L = 2;
export const U = 3;

export const labelOf = (type: number, part: number): number => 1 + 4 * type + part;
export const typeOfLabel = (label: number): number => (label - 1) >> 2;
export const partOfLabel = (label: number): number => (label - 1) & 3;

/** Readable label name, e.g. `U-GPE`. */
export function labelName(label: number): string {
  return label === O ? 'O' : `${PARTS[partOfLabel(label)]}-${NER_TYPES[typeOfLabel(label)]}`;
}

/** Whether `next` may follow `prev` in a BILOU sequence (prev `-1` = sentence start). */
export function isAllowed(prev: number, next: number): boolean {
  const inside = prev > 0 && (partOfLabel(prev) === B || partOfLabel(prev) === I);
  if (next === O) return !inside;
  const part = partOfLabel(next);
  if (part === I || part === L) return inside && typeOfLabel(prev) === typeOfLabel(next);
  return !inside;
}

/** The CoNLL-2003 type a dyad type is scored as: GPE and LOC are CoNLL LOC, NORP is CoNLL MISC. */
export function conllType(type: NerType): 'PER' | 'ORG' | 'LOC' | 'MISC' {
  switch (type) {
    case 'PERSON':
      return 'PER';
    case 'ORG':
      return 'ORG';
    case 'GPE':
    case 'LOC':
      return 'LOC';
    default:
      return 'MISC';
  }
}
