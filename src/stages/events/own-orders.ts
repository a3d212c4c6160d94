/**
 * "Sri Lanka ordered its armed forces to defend the island's waters", "the president ordered the army to attack rebel
 * positions", "told his ministers to prepare sanctions", "ordered thousands of troops into the refineries": an order to
 * one's own forces or officials is the orderer's own act, not a demand of another side. The gold codes the act ordered
 * (ASSAULT, MOBILIZE, SANCTION, …) with the orderer as actor (session 46 ev-types: 12 of 15 training "order" REQUEST
 * records false), so the order's REQUEST is turned down and its infinitive is coded as the orderer's act, as real as
 * the order; an "into" phrase with no infinitive is the forces sent (MOBILIZE). An order to another side ("ordered Iraq
 * to withdraw") stays a REQUEST. The words are in data/rule-words.tsv.
 */
import type { LanguagePack } from '../../lang/pack.js';
import { reason } from '../../lang/reason.js';
import { clauseFlags, type EventFlags } from './flags.js';
import { actorsOfPhrase, type ActorIndex } from './participants.js';
import type { Roles } from './roles.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, isToInfinitive, isUnder, markerOf, type Tree } from './tree.js';
import type { EventParticipant } from './types.js';

/** Verbs of commanding whose object does the act commanded ("ordered", "instructed", "told … to"). */
const COMMANDING = ruleWords('commanding-verb');
/** Sectors and uncoded nouns of a state's forces ("the army", "troops") and officials ("his ministers"). */
const FORCE_SECTORS = ruleWords('own-force-sector');
const OFFICIAL_SECTORS = ruleWords('own-official-sector');
const FORCE_NOUNS = ruleWords('own-force-noun');
const OFFICIAL_NOUNS = ruleWords('own-official-noun');
/** Sectors of an orderer whose order is its own act; a court's (JUD) or a group's order stays a demand. */
const ORDERER_SECTORS = ruleWords('own-orderer-sector');
/** Possessive pronouns that make the object the orderer's own ("its armed forces", "their teams"). */
const OWNER_PRONOUNS = ruleWords('own-agent-owner');
/** The marker of the place forces are ordered into. */
const SENT_INTO = ruleWords('own-order-into');
/** Verbs of stopping: the act ordered is the event's end, not the event, so the order stays a demand. */
const CESSATION = ruleWords('own-order-cessation');
/** Verbs of leaving: forces ordered out of a place are not put in motion against anyone, so no muster (review a #1). */
const WITHDRAWAL = ruleWords('order-withdrawal');
/** Uncoded nouns a possessive makes the orderer's own ("its ambassador"), besides the force and official nouns. */
const OWN_AGENT_NOUNS = ruleWords('own-agent-noun');
/** Nouns of number whose "of" phrase is the agent counted ("thousands of troops"). */
const COUNTED = ruleWords('own-order-count');
/** An own envoy ordered to come home is recalled (CAMEO 161): the envoy nouns and the acts of coming home. */
const RECALLED_ENVOYS = ruleWords('recalled-envoy');
const RECALL_ACTS = ruleWords('recall-act');
/** The marker of the place the envoy goes to, and the purposes ("for consultations") that make the going a recall. */
const RECALL_WHITHER = ruleWords('recall-whither');
const RECALL_PURPOSES = ruleWords('recall-purpose');

/** CAMEO 154 (mobilize or increase armed forces): forces ordered "into" a place are sent there. */
export const FORCES_SENT = '154';
/** CAMEO 100 (demand), the ORDER verb's own code: an order whose forces are mustered by none is a demand of them. */
export const ORDER_DEMAND = '100';
/** CAMEO 161 (reduce or break diplomatic relations; PLOVER SANCTION withdraw): one's own envoy ordered home is recalled. */
export const ENVOY_RECALLED = '161';

/** An order to the orderer's own agent: who ordered, whom, and the infinitive or "into" phrase ordered. */
export interface OwnOrder {
  readonly orderer: EventParticipant[];
  readonly agent: number;
  readonly act?: number;
  readonly into?: number;
  /** The infinitive of an own envoy ordered home ("ordered its ambassador to return"): the order is a recall. */
  readonly recall?: number;
}

/** Whether token `t` has a trigger that codes a PLOVER event (not a statement or a no-event pattern). */
export type CodesEvent = (t: number) => boolean;

/**
 * The own-side order verb `verb` gives, if its object is the subject's own forces or officials and the order is the
 * subject's act: an infinitive that codes an event of its own, or forces sent "into" a place. Both the order verb and
 * the act ordered ask this one question, so the order is either a demand or the act, never both.
 */
export function ownOrderOf(tree: Tree, actors: ActorIndex, verb: number, codes: CodesEvent): OwnOrder | undefined {
  const parts = orderPartsOf(tree, actors, verb);
  if (!parts) return undefined;
  const { object, agent, orderer, act } = parts;
  // "ordered its ambassador in Kyiv to return home": whatever coming home would code (a visit, nothing), a state's order
  // withdraws its envoy; the place the envoy is posted in names the other side, not the envoy's.
  if (act !== undefined && RECALLED_ENVOYS.has(tree.lemmas[agent]) && RECALL_ACTS.has(tree.lemmas[act]) && isPossessed(tree, agent) && orderer.length && orderer.every((o) => !o.sector || ORDERER_SECTORS.has(o.sector)) && goesHome(tree, actors, act, orderer)) return { orderer, agent, recall: act };
  const kind = orderer.length ? ownAgentKind(tree, actors, agent, orderer, parts.sentTo) : undefined;
  // A state or its executive orders its forces and officials; a military orderer only its forces ("the army chief
  // ordered the government to resign" is a demand); a court's order is a demand.
  if (kind === undefined || !orderer.every((o) => !o.sector || ORDERER_SECTORS.has(o.sector) || (kind === 'force' && FORCE_SECTORS.has(o.sector)))) return undefined;
  // With an act that codes nothing ("to search for the students") or only the event's end ("to stop the offensive"),
  // the order is all there is to code: it stays a demand.
  if (act !== undefined && !CESSATION.has(tree.lemmas[act]) && codes(act)) return { orderer, agent, act };
  // Forces sent "into" a place are sent whatever the purpose after ("into the refineries … to forestall any
  // occupation"). The parser may hang the place on the count ("ordered thousands of troops into the refineries").
  // The parser hangs the place on the forces as often as on the verb ("ordered 10,000 troops | to the border"; #12, session 53).
  const places = [...childrenBy(tree, verb, 'obl'), ...childrenBy(tree, object, 'nmod'), ...(agent !== object ? childrenBy(tree, agent, 'nmod') : [])];
  const into = kind === 'force' && !(act !== undefined && CESSATION.has(tree.lemmas[act])) ? places.find((o) => SENT_INTO.has(markerOf(tree, o) ?? '')) : undefined;
  return into === undefined ? undefined : { orderer, agent, into };
}

/** The parts of an order: the object ordered, the agent counted in it, who orders, the infinitive ordered, and the places the agent is sent "to". */
function orderPartsOf(tree: Tree, actors: ActorIndex, verb: number): { object: number; agent: number; orderer: EventParticipant[]; act?: number; sentTo: number[] } | undefined {
  if (!COMMANDING.has(tree.lemmas[verb])) return undefined;
  const subj = childrenBy(tree, verb, 'nsubj')[0];
  const object = childrenBy(tree, verb, 'obj', 'iobj')[0];
  if (subj === undefined || object === undefined) return undefined;
  const agent = countedOf(tree, object) ?? object;
  // An unnamed "the government" is a state too: its country is filled in after coding, as for any event it does.
  const orderer = actorsOfPhrase(tree, actors, subj).filter((a) => a.code || (a.sector !== undefined && ORDERER_SECTORS.has(a.sector)));
  // The parser hangs the act ordered as an xcomp, an advcl or a clause on the agent ("forces to attack"): any of them.
  const act = [...childrenBy(tree, verb, 'xcomp', 'advcl'), ...childrenBy(tree, agent, 'acl')].find((x) => isToInfinitive(tree, x) && !childrenBy(tree, x, 'nsubj', 'nsubj:pass').length);
  // The place forces are sent "to" hangs on them as often as on the verb: the side it names ("to the border with
  // Ukraine", "to the Syrian frontier") is where they go, not whose they are (review c #6).
  const sentTo = childrenBy(tree, agent, 'nmod').filter((o) => SENT_INTO.has(markerOf(tree, o) ?? ''));
  return { object, agent, orderer, ...(act !== undefined ? { act } : {}), sentTo };
}

/**
 * Whether the order verb `verb`, coded as forces mustered (verbs.txt ORDER "* =&DYAD_MASSED_FORCES", CAMEO 154), musters
 * none: the forces are another side's ("ordered the Egyptian army to leave Rafah" demands of Egypt), or the act ordered
 * is a halt or a withdrawal ("ordered its soldiers to cease fire", "ordered US troops to leave Afghanistan": no forces
 * put in motion). Review a #1.
 */
export function isMusterRefused(tree: Tree, actors: ActorIndex, verb: number): boolean {
  const parts = orderPartsOf(tree, actors, verb);
  if (!parts) return false;
  const { agent, orderer, act, sentTo } = parts;
  if (act !== undefined && (CESSATION.has(tree.lemmas[act]) || WITHDRAWAL.has(tree.lemmas[act]))) return true;
  const countries = new Set(orderer.map((o) => o.code).filter((c) => c !== undefined));
  return countries.size > 0 && namedAgents(tree, actors, agent, sentTo).some((a) => a.code && !countries.has(a.code));
}

/**
 * Whether the ordered `agent` is the orderer's own forces or officials: its own country's, or uncoded ones named by a
 * noun of forces or officials, or an agent's noun possessed ("its ambassador"). Undefined for another side or anyone else.
 */
function ownAgentKind(tree: Tree, actors: ActorIndex, agent: number, orderer: readonly EventParticipant[], places: readonly number[]): 'force' | 'official' | undefined {
  const countries = new Set(orderer.map((o) => o.code));
  const named = namedAgents(tree, actors, agent, places);
  // "ordered Iraq to withdraw", "told the Iraqi army to pull back": another side is demanded of.
  if (named.some((a) => a.code && !countries.has(a.code))) return undefined;
  const lemma = tree.lemmas[agent];
  // "its ambassador", "its negotiators": a possessive makes an agent's noun the orderer's own; "told his critics to
  // apologise" orders no agent of its own (session 47 review).
  const owned = OWN_AGENT_NOUNS.has(lemma) && isPossessed(tree, agent);
  if (!named.length) return FORCE_NOUNS.has(lemma) ? 'force' : OFFICIAL_NOUNS.has(lemma) || owned ? 'official' : undefined;
  // "ordered the expelled diplomats to leave": uncoded officials not its own unless possessed or named as its agents.
  if (named.some((a) => !a.code) && !owned && !FORCE_NOUNS.has(lemma) && !OFFICIAL_NOUNS.has(lemma)) return undefined;
  if (named.every((a) => a.sector && FORCE_SECTORS.has(a.sector))) return 'force';
  return named.every((a) => a.sector && (FORCE_SECTORS.has(a.sector) || OFFICIAL_SECTORS.has(a.sector))) ? 'official' : undefined;
}

/** The actors the ordered `agent` names as whose it is, without the orderer's possessive pronoun or the places it is sent to. */
function namedAgents(tree: Tree, actors: ActorIndex, agent: number, places: readonly number[]): EventParticipant[] {
  // "its critics": the possessive pronoun names the orderer, not the one ordered. Only a pronoun is dropped: a named
  // possessor ("Iraq's army") is the side demanded of (session 47 review).
  const owners = childrenBy(tree, agent, 'nmod:poss').filter((p) => OWNER_PRONOUNS.has(tree.words[p]));
  // The place the forces are sent to names where they go: a country there given to uncoded forces ("troops to the border
  // with Ukraine" read as Ukraine's troops) is not whose they are.
  const placeCodes = new Set(places.flatMap((p) => actorsOfPhrase(tree, actors, p).map((a) => a.code)));
  const uncoded = !actors.at(agent)?.code;
  return actorsOfPhrase(tree, actors, agent)
    .filter((a) => !owners.includes(a.tokens[0]) && !places.some((p) => isUnder(tree, a.tokens[0], p)))
    .map((a) => (uncoded && a.code !== undefined && placeCodes.has(a.code) ? { ...a, code: undefined } : a));
}

/**
 * Whether the envoy's coming back, `act`, goes home: "to return home", "for consultations", or to the orderer's own
 * country or capital. "To return to Tbilisi", "to his post in Minsk" send the envoy back to the post: no recall.
 */
function goesHome(tree: Tree, actors: ActorIndex, act: number, orderer: readonly EventParticipant[]): boolean {
  const phrases = childrenBy(tree, act, 'obl');
  if (phrases.some((o) => RECALL_PURPOSES.has(tree.lemmas[o]) && markerOf(tree, o) === 'for')) return true;
  const whither = phrases.filter((o) => RECALL_WHITHER.has(markerOf(tree, o) ?? ''));
  if (!whither.length) return true;
  const countries = new Set(orderer.map((o) => o.code));
  return whither.every((o) => {
    const named = actorsOfPhrase(tree, actors, o).filter((a) => a.code);
    return named.length > 0 && named.every((a) => countries.has(a.code));
  });
}

/** The noun counted when `object` is a number noun with an "of" phrase: "troops" in "thousands of troops". */
function countedOf(tree: Tree, object: number): number | undefined {
  if (!COUNTED.has(tree.lemmas[object])) return undefined;
  return childrenBy(tree, object, 'nmod').find((m) => markerOf(tree, m) === 'of');
}

/** Whether the noun `t` has a possessive pronoun ("its ambassador", "his ministers"). */
function isPossessed(tree: Tree, t: number): boolean {
  return childrenBy(tree, t, 'nmod:poss').some((p) => OWNER_PRONOUNS.has(tree.words[p]));
}

/** The order an infinitive `verb` spells out, with the flags the order passes on; undefined for any other infinitive. */
export function orderedActOf(tree: Tree, pack: LanguagePack, actors: ActorIndex, verb: number, codes: CodesEvent): { order: OwnOrder; flags: EventFlags } | undefined {
  // The order verb is the infinitive's head, or the head of the agent it hangs on ("ordered [forces to attack]").
  const above = tree.deps[verb].head;
  const head = tree.deps[verb].deprel === 'acl' && above >= 0 ? tree.deps[above].head : above;
  if (head < 0) return undefined;
  const order = ownOrderOf(tree, actors, head, codes);
  if (order?.act !== verb) return undefined;
  const flags = clauseFlags(tree, pack, head, { reported: false });
  const why = reason('events/own-order-act', { verb: tree.words[head], agent: tree.words[order.agent], orderer: order.orderer.map((o) => o.name).join(', ') });
  return { order, flags: { ...flags, reasons: [...flags.reasons, why] } };
}

/**
 * The ordered act's roles: the orderer acts; neither the orderer, the agent it ordered, nor another of its side's forces
 * or officials is a recipient. Others of the orderer's country stay ("ordered the army to attack Syrian rebels"):
 * repression and civil war are such orders.
 */
export function orderedRoles(tree: Tree, actors: ActorIndex, order: OwnOrder, own: Roles): Roles {
  // A recalled envoy's post ("its ambassador in Kyiv") is the side the recall is aimed at, so it stays.
  const agentSide = order.recall === undefined ? actorsOfPhrase(tree, actors, order.agent) : [];
  const dropped = new Set([...agentSide, ...order.orderer].map((a) => a.actorId));
  const sides = new Set(order.orderer.map((o) => o.code));
  const ownSide = (r: EventParticipant) => sides.has(r.code) && (!r.sector || FORCE_SECTORS.has(r.sector) || OFFICIAL_SECTORS.has(r.sector));
  return { ...own, actors: order.orderer, recipients: own.recipients.filter((r) => !dropped.has(r.actorId) && !ownSide(r)) };
}
