/**
 * Accusation idioms name whom they accuse by a fixed preposition on their noun ("pointed the finger at
 * Washington", "laid the blame … on the Wagner group"; rule-words.tsv `accused-phrase`) or on their verb with a
 * particle ("hit out at Washington"; `accused-particle`). That phrase is
 * the recipient wherever the parser hangs it inside the act, and never the act's location: "at" before a
 * capital or a country otherwise locates (session 46 review, #12).
 */
import type { Document } from '../../core/document.js';
import type { Place } from '../places/types.js';
import { accusedParticleMarkers, accusedPhraseMarkers } from './rule-words.js';
import { CLAUSE_RELS, childrenBy, markerOf, walkTokens, type Tree } from './tree.js';
import type { CodedEvent, EventParticipant } from './types.js';

/** How deep under the idiom's noun its target phrase may hang ("the blame for the attack by troops on X": three). */
const MAX_DEPTH = 4;
/** How far after the trigger its object may stand ("pointed an accusing finger"). */
const MAX_OBJECT_GAP = 5;
/** How far up from a place its path to the trigger may run. */
const MAX_HOPS = 6;

let markers: ReadonlyMap<string, string> | undefined;
let particles: ReadonlyMap<string, string> | undefined;

/** The preposition naming whom a verb with a particle accuses ("hit out" at), given the verb's lemma and its particle's word. */
function particleMarker(lemma: string, particle: string): string | undefined {
  particles ??= accusedParticleMarkers();
  return particles.get(`${lemma} ${particle.toLowerCase()}`);
}

/**
 * The heads of the phrases an accusation idiom of `verb` names its target with, in text order: those marked by
 * the idiom noun's preposition on the verb, anywhere under the noun or under the verb's other phrases ("the blame
 * for the attack … on the Wagner group", where the parser hangs "on" under "attack"), a deed's own target after the
 * others; for a verb with a particle, its own phrases so marked. Empty when the verb's object is no such noun.
 */
export function accusedPhrases(tree: Tree, verb: number): number[] {
  markers ??= accusedPhraseMarkers();
  // "hit out at Washington": an idiom with no noun names its target by a phrase on the verb.
  const particle = childrenBy(tree, verb, 'compound:prt').map((p) => particleMarker(tree.lemmas[verb], tree.words[p])).find((m) => m !== undefined);
  if (particle !== undefined) return childrenBy(tree, verb, 'obl').filter((o) => markerOf(tree, o) === particle);
  for (const obj of childrenBy(tree, verb, 'obj')) {
    const marker = markers.get(tree.lemmas[obj]);
    if (marker === undefined) continue;
    // The deed's "for" phrase often hangs on the verb, and the target's phrase under it ("laid the blame for the
    // attack … on X": "on" under "attack", "for the attack" on "laid").
    const under = [obj, ...childrenBy(tree, verb, 'obl')].flatMap((top) => walkTokens(tree, top, CLAUSE_RELS, MAX_DEPTH));
    const found = under.filter((t) => t !== obj && markerOf(tree, t) === marker).sort((a, b) => a - b);
    // "put the blame for the attack on Gaza on Hamas": the parser hangs both "on" phrases on the deed, whose own target
    // comes first; the idiom's phrase follows it. So a phrase with a later one of the same marker on the same head
    // yields to it; one on the noun or the verb ("the blame on Hamas for the attack on Gaza") comes first anyway.
    const isOwnTarget = (t: number) => tree.deps[t].head !== obj && found.some((u) => u > t && tree.deps[u].head === tree.deps[t].head);
    return [...found.filter((t) => !isOwnTarget(t)), ...found.filter(isOwnTarget)];
  }
  return [];
}

/**
 * Whether `place` is the target of the event's accusation idiom ("pointed the finger at the United States"):
 * its phrase is marked by the idiom's preposition and hangs, on the way up, on the trigger whose object the
 * idiom's noun is. Read from the dependency layer, as the places step has no tree.
 */
export function isAccusedPlace(doc: Document, event: CodedEvent, place: Place): boolean {
  const { tokens, deps, pos } = doc.layers;
  if (!tokens || !deps || !pos) return false;
  markers ??= accusedPhraseMarkers();
  const trigger = event.trigger.tokens[0];
  // The idiom's noun first: most events have none, and then no place is looked up (#13).
  let idiom: string | undefined;
  for (let k = trigger + 1; k < Math.min(deps.length, trigger + MAX_OBJECT_GAP) && idiom === undefined; k++) {
    if (deps[k]?.head !== trigger) continue;
    if (deps[k].deprel === 'obj') idiom = markers.get(pos[k]?.lemma?.toLowerCase() ?? '');
    else if (deps[k].deprel === 'compound:prt') idiom = particleMarker(pos[trigger]?.lemma?.toLowerCase() ?? '', doc.text.slice(tokens[k].start, tokens[k].end));
  }
  if (idiom === undefined) return false;
  const inPlace = (t: number) => tokens[t] !== undefined && tokens[t].start >= place.start && tokens[t].end <= place.end;
  const first = tokens.findIndex((t) => t.start >= place.start);
  if (first < 0) return false;
  let head = first;
  while (inPlace(deps[head]?.head ?? -1)) head = deps[head].head;
  // "at Washington and London": a later member of the list takes the first's preposition.
  if (deps[head].deprel === 'conj' && deps[head].head >= 0) head = deps[head].head;
  // The preposition precedes the phrase's head, within its own words ("at the United States").
  let marker: string | undefined;
  for (let k = head - 1; k >= Math.max(0, head - MAX_HOPS) && marker === undefined; k--) {
    if (deps[k]?.head === head && deps[k].deprel === 'case') marker = doc.text.slice(tokens[k].start, tokens[k].end).toLowerCase();
  }
  if (marker !== idiom) return false;
  for (let t = head, hops = 0; t >= 0 && hops < MAX_HOPS; t = deps[t].head, hops++) if (t === trigger) return true;
  return false;
}

/** The state a place accused stands for: a capital speaks for its government, a country for itself (as the actors stage codes them). */
export function accusedState(doc: Document, place: Place): EventParticipant | undefined {
  if (!place.country || !['country', 'capital'].includes(place.kind)) return undefined;
  const tokens = doc.layers.tokens ?? [];
  const first = tokens.findIndex((t) => t.end > place.start);
  let last = first;
  while (last < tokens.length && tokens[last].start < place.end) last++;
  if (first < 0) return undefined;
  return {
    start: place.start,
    end: place.end,
    tokens: [first, last],
    actorId: `accused:${place.country}`,
    name: place.name,
    code: place.country,
    ...(place.kind === 'capital' ? { sector: 'GOV' } : {}),
  };
}
