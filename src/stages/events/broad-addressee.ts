/**
 * "thanked international partners for their support", "thanked the partner countries of Ukraine",
 * "appealed to the world": an act addressed to a broad group names its addressee, and that group is
 * wider than the readout's other party, so the act is not put to that party (`readoutCounterparts`):
 * the annotators give such acts no recipient.
 */
import type { ActorIndex } from './participants.js';
import { loadRuleWords } from './rule-words.js';
import { childrenBy, markerOf, type Tree } from './tree.js';

/** Nouns (lemmas) of a broad group of addressees (data/rule-words.tsv). */
const BROAD = loadRuleWords().get('broad-addressee')!;
/** Prepositions that mark an act's addressee ("grateful to", "appealed to", "called on"). */
const ADDRESSEE_MARKERS = new Set(['to', 'on', 'upon']);
/** Words that make a group the meeting's own parties ("both countries", "the two states"). */
const COUNTED = new Set(['both', 'two', 'three', 'four']);

/**
 * Whether the act headed by `verb` is addressed to a broad group the actors layer names no party for:
 * its object, or its "to"/"on" phrase, is a plural (or everyone-) noun of the list, with no mention of
 * its own and no count that makes it the meeting's parties.
 */
export function hasBroadAddressee(tree: Tree, actors: ActorIndex, verb: number): boolean {
  const objects = childrenBy(tree, verb, 'obj', 'iobj');
  const marked = childrenBy(tree, verb, 'obl', 'nmod').filter((o) => ADDRESSEE_MARKERS.has(markerOf(tree, o) ?? ''));
  return [...objects, ...marked].some((head) => isBroadGroup(tree, actors, head));
}

function isBroadGroup(tree: Tree, actors: ActorIndex, head: number): boolean {
  const value = BROAD.get(tree.lemmas[head]);
  if (value === undefined || actors.at(head)) return false;
  // "partners" but not "a partner": the singular is one party, which may well be the other side.
  if (value !== 'any' && tree.pos[head]?.xpos !== 'NNS' && tree.pos[head]?.xpos !== 'NNPS') return false;
  // "both countries" are the meeting's own parties; a proper name before the noun ("the Baltic states")
  // names a set of countries that may well be the met parties, as an adjective ("international") does not.
  return !tree.children[head].some((c) => COUNTED.has(tree.words[c]) || (c < head && tree.pos[c]?.upos === 'PROPN'));
}
