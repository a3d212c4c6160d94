/**
 * "Took aim at" criticises a political side ("the president took aim at Washington over its trade policy"), but war
 * reports use it literally: forces taking aim, or aim taken at positions and targets, are firing, which the idiom's
 * accusation (CAMEO 111) misreads as words (session 47 review of ev-idioms, #12). Such an aim codes no event from the
 * idiom; a strike the sentence reports codes its own. The words are in data/rule-words.tsv.
 */
import type { PloverEvent } from './plover.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, markerOf, type Tree } from './tree.js';
import type { EventParticipant } from './types.js';

/** The idioms' object nouns (lemmas) that fire when forces take them ("aim"). */
const AIM_NOUNS = ruleWords('fired-aim-noun');
/** Sectors of those who fire (the forces, police and spies an order may send; see own-orders.ts). */
const FORCE_SECTORS = ruleWords('own-force-sector');
/** Head nouns (lemmas) of a military site or target aimed at ("positions", "targets"). */
const SITES = ruleWords('fired-aim-site');
/** The preposition of what is aimed at. */
const AT = 'at';

/** Whether the accusation `event` of `verb` is an aim taken by forces or at a site ("jets took aim at Hezbollah targets"). */
export function isFiredAim(tree: Tree, verb: number, event: PloverEvent, actors: readonly EventParticipant[]): boolean {
  if (event !== 'ACCUSE') return false;
  const aim = childrenBy(tree, verb, 'obj').find((o) => AIM_NOUNS.has(tree.lemmas[o]));
  if (aim === undefined) return false;
  if (actors.some((a) => a.sector !== undefined && FORCE_SECTORS.has(a.sector))) return true;
  // The parser hangs the "at" phrase on "aim" or on "took".
  const aimedAt = [...childrenBy(tree, aim, 'nmod'), ...childrenBy(tree, verb, 'obl')].filter((t) => markerOf(tree, t) === AT);
  return aimedAt.some((t) => SITES.has(tree.lemmas[t]));
}
