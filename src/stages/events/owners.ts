/**
 * The owners of a noun, who the act it names belongs to: its possessive ("Italy's support", "your help"),
 * its "of" phrases ("the position of the EU", "the support of Great Britain") and a name or nationality
 * before it ("the U.S. decision", "Japanese stimulus": the tagger makes them a compound or an adjective).
 * Read by predicate adjectives ("grateful for Slovakia's willingness", "pleased with the U.S. decision":
 * predicate-adjectives.ts), which keep only owners that name an actor.
 */
import { childrenBy, markerOf, type Tree } from './tree.js';

/** The possessive, "of" phrase, compound and adjective heads of `noun`, in that order. */
export function ownersOf(tree: Tree, noun: number): number[] {
  return [
    ...childrenBy(tree, noun, 'nmod:poss'), ...childrenBy(tree, noun, 'nmod').filter((m) => markerOf(tree, m) === 'of'),
    // Any word before it: whether it names an actor ("U.S.", "Japanese"; not "current") is the caller's to check.
    ...childrenBy(tree, noun, 'compound', 'amod'),
  ];
}
