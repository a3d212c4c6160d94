/**
 * Phrases that frame an act and name no party to it (#12, outside-text audit of session 25): its time
 * ("met … following the murder of hostages by Hamas", "welcomed the first convoys since Hamas's
 * October 7 attack"), a meeting's venue ("met today in Jeddah, Saudi Arabia") and the speaker's own
 * part ("For his part, António Costa reaffirmed …"). The recipient searches pass them by.
 */
import type { ActorIndex } from './participants.js';
import type { EventParticipant } from './types.js';
import { baseRel, childrenBy, markerOf, type Tree } from './tree.js';
import { ruleWords } from './rule-words.js';

/** Prepositions that open a time phrase (data/rule-words.tsv says which are left out and why). */
const TIME_MARKERS = ruleWords('time-marker');

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

/**
 * "For his part, António Costa reaffirmed …", "on their part": the phrase turns to the speaker's own
 * side of a dialogue, whoever its pronoun stands for; it names no recipient.
 */
export function isOwnPart(tree: Tree, phrase: number): boolean {
  return tree.lemmas[phrase] === 'part' && ['for', 'on'].includes(markerOf(tree, phrase) ?? '')
    && childrenBy(tree, phrase, 'nmod:poss').some((p) => tree.pos[p]?.upos === 'PRON');
}

/** Verbs of travel, whose place is the host visited ("traveled to Guatemala"), not a venue. */
const TRAVELS = ruleWords('host-travel');

/** Whether `lemma` is a verb of travel. */
export const isTravel = (lemma: string): boolean => TRAVELS.has(lemma);

/** Whether token `t` lies in a phrase marked by a locative preposition ("in", "at") at or below `top`. */
export function isInLocative(tree: Tree, locatives: ReadonlySet<string>, t: number, top: number): boolean {
  for (let v = t, hops = 0; v >= 0 && hops < 50; v = tree.deps[v].head, hops++) {
    if (locatives.has(markerOf(tree, v) ?? '')) return true;
    if (v === top) return false;
  }
  return false;
}

/**
 * Whether token `t` is a place, country or capital mention that is itself the object of a locative preposition: the
 * marker on it, or on the head it is a compound or flat part of ("the summit in France", "in New York"). A side further
 * down a locative phrase ("in trade with France", "in talks with France") is a side, not where (session 46 review).
 */
export function isLocativePlace(tree: Tree, actors: ActorIndex, locatives: ReadonlySet<string>, t: number): boolean {
  const kind = actors.at(t)?.kind;
  if (kind !== 'place' && kind !== 'country' && kind !== 'capital') return false;
  const head = tree.deps[t].head;
  const phrase = ['compound', 'flat'].includes(baseRel(tree, t)) && head >= 0 ? head : t;
  return locatives.has(markerOf(tree, phrase) ?? '');
}

/**
 * Whether a phrase's parties name a side an adjective judges or thanks ("disappointed by fighting in Sudan"): a place
 * named only as the object of a locative is where the cause is, not a side (as the statement step reads it; #12).
 */
export function namesJudgedSide(tree: Tree, actors: ActorIndex, locatives: ReadonlySet<string>, parties: readonly EventParticipant[]): boolean {
  return parties.some((a) => a.code && !isLocativePlace(tree, actors, locatives, a.tokens[0]));
}

/** Whether token `t` is a place, country or capital mention inside a locative phrase at or below `top`. */
export function isPlaceIn(tree: Tree, actors: ActorIndex, locatives: ReadonlySet<string>, t: number, top: number): boolean {
  const mention = actors.at(t);
  const kind = mention?.kind;
  if (kind !== 'place' && kind !== 'country' && kind !== 'capital') return false;
  if (isInLocative(tree, locatives, t, top)) return true;
  // "met … with Prime Minister Correia e Silva of the Republic of Cabo Verde in Sal, Cabo Verde": the parser hangs the
  // country set off after the venue's town on the partner as a conjunct; a place right after "<name in a locative
  // phrase>," says where that town is (session 49, ev-demo2).
  let first = t;
  while (first > 0 && actors.at(first - 1) === mention) first--;
  const town = first - 2;
  return town >= 0 && tree.words[first - 1] === ',' && tree.tokens[town].sent === tree.tokens[t].sent
    && tree.pos[town]?.upos === 'PROPN' && isInLocative(tree, locatives, town, top);
}
