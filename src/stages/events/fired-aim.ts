/**
 * "Took aim at" criticises a political side ("the president took aim at Washington over its trade policy"), but war
 * reports use it literally: forces taking aim, or aim taken at positions and targets, are firing, which the idiom's
 * accusation (CAMEO 111) misreads as words (session 47 review of ev-idioms, #12). Such an aim codes no event from the
 * idiom; a strike the sentence reports codes its own. The words are in data/rule-words.tsv.
 */
import type { PloverEvent } from './plover.js';
import { ruleWords } from './rule-words.js';
import { armedSectors } from './rivalry-senses.js';
import type { ActorIndex } from './participants.js';
import { childrenBy, markerOf, walkTokens, type Tree } from './tree.js';
import type { EventParticipant } from './types.js';

/** The idioms' object nouns (lemmas) that fire when forces take them ("aim"). */
const AIM_NOUNS = ruleWords('fired-aim-noun');
/** Head nouns (lemmas) of a military site aimed at ("positions", "checkpoints"), military whoever owns them. */
const SITES = ruleWords('fired-aim-site');
/** Sectors of an armed party (rivalry-senses.tsv `armed`): named in the "at" phrase ("Hezbollah targets", "the army"), the aim is fire. */
const ARMED_SECTORS = armedSectors();
/** Prepositions of a reason ("over the budget cuts"): an aim with a reason is words, whoever takes it. */
const REASONS = ruleWords('fired-aim-reason');
/** The preposition of what is aimed at. */
const AT = 'at';

/**
 * Whether the accusation `event` of `verb` is fire: aim taken at an armed party or a military site, or by forces at
 * no one named ("jets took aim at Hezbollah targets"). A force's aim at a government, or over a reason, stays words:
 * "Pakistan's army took aim at the prime minister over the budget cuts" (session 47 review final1, findings 1-2).
 */
export function isFiredAim(tree: Tree, index: ActorIndex, verb: number, event: PloverEvent, actors: readonly EventParticipant[]): boolean {
  if (event !== 'ACCUSE') return false;
  const aim = childrenBy(tree, verb, 'obj').find((o) => AIM_NOUNS.has(tree.lemmas[o]));
  if (aim === undefined) return false;
  // The parser hangs the "at" phrase on "aim" or on "took".
  const phrases = [...childrenBy(tree, aim, 'nmod'), ...childrenBy(tree, verb, 'obl')];
  const aimedAt = phrases.filter((t) => markerOf(tree, t) === AT);
  const named = aimedAt.flatMap((t) => partiesIn(tree, index, t));
  const armed = named.some(isArmed);
  if (armed) return true;
  if (aimedAt.some((t) => SITES.has(tree.lemmas[t]))) return true;
  if (phrases.some((t) => REASONS.has(markerOf(tree, t) ?? ''))) return false;
  return actors.some(isArmed) && !named.some((p) => p.code);
}

const isArmed = (p: EventParticipant) => p.sector !== undefined && ARMED_SECTORS.has(p.sector);

/** The parties named in the phrase headed by `head` ("the government's line": the government). */
function partiesIn(tree: Tree, index: ActorIndex, head: number): EventParticipant[] {
  const seen = new Set<string>();
  return walkTokens(tree, head, ['acl', 'advcl', 'relcl']).flatMap((t) => {
    const m = index.at(t);
    if (!m || seen.has(m.actorId)) return [];
    seen.add(m.actorId);
    return index.expand(m);
  });
}
