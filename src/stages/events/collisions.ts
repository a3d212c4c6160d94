/**
 * Accidents told with a verb of force: "a Soviet tanker hit a mine in the Gulf", "the aircraft hit Mount Osutaka".
 * A vehicle, ship or aircraft that hits a hazard of travel attacked no one; CAMEO's "&AIRCRAFT *" pattern and the
 * HIT block's 190 read these as force (#12; training gold precision audit, sessions 48–49). The verbs, hazards,
 * markers and subjects are rule-words `collision-verb`, `-hazard`, `-marker`, `-vehicle`, `-aircraft`, `-military`,
 * `-warship` and `-sea-hazard`.
 */
import { ruleWords } from './rule-words.js';
import { childrenBy, markerOf, type Tree } from './tree.js';

const COLLISION_VERBS = ruleWords('collision-verb');
const HAZARDS = ruleWords('collision-hazard');
const IMPACT_MARKERS = ruleWords('collision-marker');
const VEHICLES = ruleWords('collision-vehicle');
const AIRCRAFT = ruleWords('collision-aircraft');
const MILITARY = ruleWords('collision-military');
const WARSHIPS = ruleWords('collision-warship');
const SEA_HAZARDS = ruleWords('collision-sea-hazard');

const lemmaOf = (tree: Tree, t: number): string => tree.lemmas[t];

/**
 * Whether `subject` can have an accident: a vehicle or ship, or an aircraft that no nationality adjective or military
 * word marks as a warplane. "Russian missiles", "Israeli warplanes", "Israeli aircraft" strike targets (review C).
 */
function isAccidentSubject(tree: Tree, subject: number, isActor: (token: number) => boolean): boolean {
  const lemma = lemmaOf(tree, subject);
  if (VEHICLES.has(lemma)) return true;
  if (!AIRCRAFT.has(lemma)) return false;
  // "Israeli aircraft", "military jets", "air force planes": a state's aircraft striking ground is an air strike.
  // An airline's name ("the Japan Air Lines aircraft") is a compound, not a nationality adjective, and stays civil.
  const modifiers = childrenBy(tree, subject, 'amod', 'compound', 'nmod:poss');
  return !modifiers.some((m) => MILITARY.has(lemmaOf(tree, m)) || (tree.pos[m]?.upos === 'ADJ' && isActor(m)));
}

/**
 * The hazard that verb `verb` (a collision verb) ran into: its object, or with no object its impact phrase, by lemma or a
 * name part ("Mount"); `isActor` tells a nationality adjective. Undefined unless the subject is a vehicle, ship or civil aircraft.
 */
export function collisionHazardOf(tree: Tree, verb: number, isActor: (token: number) => boolean = () => false): number | undefined {
  if (!COLLISION_VERBS.has(lemmaOf(tree, verb))) return undefined;
  const subjects = childrenBy(tree, verb, 'nsubj');
  if (subjects.length === 0) return undefined;
  // "A Russian warship hit a mine": a warship or a tank runs into a mine or a reef, but a hill or a tree it hits it fired on.
  const armed = subjects.every((s) => WARSHIPS.has(lemmaOf(tree, s)));
  if (!armed && !subjects.every((s) => isAccidentSubject(tree, s, isActor))) return undefined;
  // By lemma or word: the tagger reads "a mine" as the pronoun "my" ("hit a mine off the coast").
  const isHazard = (t: number): boolean => [lemmaOf(tree, t), tree.words[t]].some((w) => (armed ? SEA_HAZARDS : HAZARDS).has(w));
  const objects = childrenBy(tree, verb, 'obj');
  // "struck Hezbollah positions on Mount Hermon": with an object, the "on" phrase says where the target was.
  const struck = objects.length > 0 ? objects : childrenBy(tree, verb, 'obl').filter((o) => IMPACT_MARKERS.has(markerOf(tree, o) ?? ''));
  return struck.find((o) => isHazard(o) || (tree.pos[o]?.upos === 'PROPN' && childrenBy(tree, o, 'compound', 'flat').some(isHazard)));
}
