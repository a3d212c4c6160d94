/**
 * Civilians on a journey: "Almost 4,000 Mariupol residents arrived in Zaporizhzhia", "the citizens who have
 * arrived from the DPR, LPR and Ukraine", "(the buses) will arrive in Borodyanka", "managed to leave for
 * Zaporizhzhia". CAMEO codes arriving, going and visiting as a consultation (040-044) because its travellers
 * are envoys; people fleeing, evacuated or migrating meet no one (PLOVER CONSULT is between political actors), and
 * nor do goods or the ships carrying them ("the first grain ship from Ukraine arrived in Kenya", whose port of origin
 * named no traveller: review fix-a #4 of session 59). An official or a delegation travelling keeps the visit, and so
 * does a vehicle whose actors are a state's government or forces: "A train carrying French President Emmanuel Macron
 * arrived in Kyiv", "Polish President Andrzej Duda's train arrived", "A U.S. Navy ship visited Vietnam" (a port call
 * is a state's visit; review rv-a #2, #3). A state named in the goods carried is no traveller: "A cargo ship carrying
 * Soviet government aid arrived in Nicaragua" makes no Soviet visit (review rv-d #7 of session 60).
 */
import type { PloverEvent } from './plover.js';
import { ruleWords } from './rule-words.js';
import { headOfMention } from './participants.js';
import { childBy, selfAndAncestors, type Tree } from './tree.js';
import type { EventParticipant } from './types.js';

/** Verbs of travel: the journey verbs of trigger phrases and the verbs whose place is the host visited. */
const JOURNEYS: ReadonlySet<string> = new Set([...ruleWords('travel-verb'), ...ruleWords('host-travel')]);

/** Goods and the vehicles that carry them, as a journey's subject (lemmas; not warships or aircraft, whose crews may visit). */
const CARGO: ReadonlySet<string> = new Set([...ruleWords('goods-noun'), ...ruleWords('collision-vehicle')]);

/** Things a vehicle carries that travel as goods: goods and aid (a state named in them is no traveller). */
const CARRIED: ReadonlySet<string> = new Set([...ruleWords('goods-noun'), ...ruleWords('carried-goods')]);

/** The sector the actors stage gives civilians and the general population (Phoenix CVL). */
const CIVILIAN = 'CVL';

/** Sectors of a state's own travellers: its officials, delegations and forces. */
const STATE_TRAVELLERS = new Set(['GOV', 'MIL']);

/** Whether a consultation found through a travel verb has only civilians, or goods, travelling. */
export function isCivilianJourney(tree: Tree, verb: number, event: PloverEvent, actors: readonly EventParticipant[]): boolean {
  if (event !== 'CONSULT' || !JOURNEYS.has(tree.lemmas[verb])) return false;
  const subject = childBy(tree, verb, 'nsubj');
  const stateTravels = actors.some((a) => STATE_TRAVELLERS.has(a.sector ?? '') && !(subject !== undefined && isCarriedGoods(tree, subject, a)));
  return (subject !== undefined && CARGO.has(tree.lemmas[subject]) && !stateTravels) || (actors.length > 0 && actors.every((a) => a.sector === CIVILIAN));
}

/**
 * Whether actor `a` is named inside goods the journey's subject carries: a goods or aid noun stands between its mention
 * and the subject ("A cargo ship carrying Soviet government aid"), not an official carried ("A train carrying French
 * President Emmanuel Macron") or the vehicle's owner ("A U.S. Navy ship").
 */
function isCarriedGoods(tree: Tree, subject: number, a: EventParticipant): boolean {
  const head = headOfMention(tree, a, -1);
  if (head < 0) return false;
  const path = selfAndAncestors(tree, head);
  for (let i = 1; i < path.length; i++) {
    const t = path[i];
    if (t === subject) return false;
    // "carrying humanitarian aid and French Health Minister Bernard Kouchner": a conjunct of the goods is carried
    // beside them, not named in them (review rv-b #4).
    if (CARRIED.has(tree.lemmas[t]) && tree.deps[path[i - 1]].deprel !== 'conj') return true;
  }
  return false;
}
