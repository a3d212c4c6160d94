/**
 * Accidents told with a verb of force: "a Soviet tanker hit a mine in the Gulf", "the aircraft hit Mount Osutaka".
 * A vehicle, ship or aircraft that hits a hazard of travel attacked no one; CAMEO's "&AIRCRAFT *" pattern and the
 * HIT block's 190 read these as force (#12; training gold precision audit, sessions 48–49). The verbs and the hazards
 * are rule-words `collision-verb` and `collision-hazard`.
 */
import { ruleWords } from './rule-words.js';
import { childrenBy, markerOf, type Tree } from './tree.js';

const COLLISION_VERBS = ruleWords('collision-verb');
const HAZARDS = ruleWords('collision-hazard');
/** Prepositions of a phrase naming what was run into ("crashed into a hillside", "ran on a reef"). */
const IMPACT_MARKERS = new Set(['into', 'on', 'onto', 'against']);

/** The hazard that verb `verb` (a collision verb) ran into: its object or impact phrase, by lemma or a name part ("Mount"). */
export function collisionHazardOf(tree: Tree, verb: number): number | undefined {
  if (!COLLISION_VERBS.has(tree.lemmas[verb].toLowerCase())) return undefined;
  const isHazard = (t: number): boolean => HAZARDS.has(tree.lemmas[t].toLowerCase());
  const struck = [...childrenBy(tree, verb, 'obj'), ...childrenBy(tree, verb, 'obl').filter((o) => IMPACT_MARKERS.has(markerOf(tree, o) ?? ''))];
  return struck.find((o) => isHazard(o) || (tree.pos[o]?.upos === 'PROPN' && childrenBy(tree, o, 'compound', 'flat').some(isHazard)));
}
