/**
 * Phrases that date an act ("met … following the murder of hostages by Hamas", "welcomed the first
 * convoys since Hamas's October 7 attack", "proposed during a trip to the United States"): whoever
 * they name is part of the time, not a party to the act, so the recipient searches deep in the
 * act's phrases pass them by (#12, outside-text audit of session 25).
 */
import { markerOf, type Tree } from './tree.js';

/**
 * Prepositions that open a time phrase. Not "before" ("filed a complaint before the Securities and
 * Exchange Commission" names a body), nor "amid" (what an act happens amid is often what it answers),
 * nor "on", "in", "at" (also places and topics).
 */
const TIME_MARKERS = new Set(['since', 'after', 'during', 'following', 'until', 'till', 'ahead of', 'prior to']);

/**
 * Whether `phrase` is a time phrase: a common noun marked as a time ("following the murder",
 * "since the attack"). A name after the marker ("after Tokyo failed to adhere …", the subject of a
 * clause the parser read as a phrase) is left alone, as are clauses ("after Craxi said …").
 */
export function isTimePhrase(tree: Tree, phrase: number): boolean {
  if (tree.pos[phrase]?.upos !== 'NOUN') return false;
  const marker = markerOf(tree, phrase);
  return marker !== undefined && TIME_MARKERS.has(marker);
}

/**
 * Whether token `t` lies in a time phrase at or below `top`. The partner of a meeting that dates the
 * act is no part of the time but whom the act was addressed to ("During a meeting with Chancellor
 * Scholz, the President stressed …"), so a "with" phrase on the time phrase's head is not in it.
 */
export function isInTimePhrase(tree: Tree, t: number, top: number): boolean {
  for (let v = t, below = -1, hops = 0; v >= 0 && hops < 50; below = v, v = tree.deps[v].head, hops++) {
    if (isTimePhrase(tree, v)) return !(below >= 0 && tree.deps[below].head === v && markerOf(tree, below) === 'with');
    if (v === top) return false;
  }
  return false;
}
