/**
 * The owners of a noun, who the act it names belongs to: its possessive ("Italy's support", "your help")
 * and its "of" phrases ("the position of the EU", "the support of Great Britain"). Read by predicate
 * adjectives ("grateful for Slovakia's willingness": predicate-adjectives.ts).
 */
import { childrenBy, markerOf, type Tree } from './tree.js';

/** The possessive and "of" phrase heads of `noun`, in that order. */
export function ownersOf(tree: Tree, noun: number): number[] {
  return [...childrenBy(tree, noun, 'nmod:poss'), ...childrenBy(tree, noun, 'nmod').filter((m) => markerOf(tree, m) === 'of')];
}
