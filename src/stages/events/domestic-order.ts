/**
 * A state's order to its own country's firms, schools or people is coercion, not an appeal (#12): CAMEO codes every
 * "order" a demand (100, PLOVER REQUEST), yet "the government ordered 82 companies to repay 10 pct of their bank
 * borrowings", "South Korea ordered the takeover of six financially troubled … firms", "President Aquino has ordered
 * the dissolution of all armed civilian vigilante groups", "ordered all schools and colleges there closed" and "A
 * federal appeals court ordered the oil companies to halt all exploration" are COERCE in the training wire gold (six
 * stories; one order to a party, "ordered his ruling Liberal Democratic Party to come up with its own measures",
 * is an acceptable REQUEST). An order down the state's own chain of command (its ministries, forces or police:
 * `commanded-sector`) or to another country is left as it was: the gold codes those by the act ordered.
 */
import { reason, type Reason } from '../../lang/reason.js';
import type { PloverEvent } from './plover.js';
import { ruleWords } from './rule-words.js';
import type { EventParticipant } from './types.js';

/** Verbs (lemmas) of giving an order. */
const ORDERING = ruleWords('ordering-verb');
/** Sectors a state's order reaches by command, not by coercion: its government, forces and police. */
const COMMANDED = ruleWords('commanded-sector');
/** Sectors of a state's own organs, whose order binds by law: government, courts, legislature. */
const STATE = new Set(['GOV', 'JUD', 'LEG']);

/** The CAMEO code given to the order recoded: coerce, no mode. */
const COERCE_CAMEO = '170';

/**
 * COERCE for the REQUEST of ordering verb `lemma` when its actors are a state's organs (or a country with no sector)
 * and each recipient is of their own country and outside its chain of command; undefined otherwise.
 */
export function domesticOrder(lemma: string, event: PloverEvent, actors: readonly EventParticipant[],
  recipients: readonly EventParticipant[]): { event: PloverEvent; cameo: string; reason: Reason } | undefined {
  if (event !== 'REQUEST' || !ORDERING.has(lemma) || !actors.length) return undefined;
  const countries = new Set(actors.map((a) => a.code));
  if (countries.size !== 1 || countries.has(undefined)) return undefined;
  if (!actors.every((a) => a.sector === undefined || STATE.has(a.sector))) return undefined;
  const own = (r: EventParticipant): boolean => countries.has(r.code) && !(r.sector !== undefined && COMMANDED.has(r.sector));
  if (!recipients.every(own)) return undefined;
  return { event: 'COERCE', cameo: COERCE_CAMEO, reason: reason('events/domestic-order', { verb: lemma }) };
}
