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
import { childrenBy, markerOf, type Tree } from './tree.js';
import type { EventParticipant } from './types.js';

/** Verbs of commanding whose object does the act commanded ("ordered", "instructed", "told … to"). */
const COMMANDING = ruleWords('commanding-verb');
/** Sectors of a state's own agents: an order to them is the state's act. */
const AGENT_SECTORS = ruleWords('own-agent-sector');
/** Uncoded nouns of a state's own agents ("troops", "the administration", "his ministers"). */
const AGENT_NOUNS = ruleWords('own-agent-noun');
/** Possessive pronouns that make the object the orderer's own ("its armed forces", "their teams"). */
const OWNER_PRONOUNS = ruleWords('own-agent-owner');
/** The marker of the place forces are ordered into. */
const SENT_INTO = ruleWords('own-order-into');

/** CAMEO 154 (mobilize or increase armed forces): forces ordered "into" a place are sent there. */
export const FORCES_SENT = '154';

/** An order to the orderer's own agent: who ordered, whom, and the infinitive or "into" phrase ordered. */
export interface OwnOrder {
  readonly orderer: EventParticipant[];
  readonly agent: number;
  readonly act?: number;
  readonly into?: number;
}

/** The own-side order verb `verb` gives, if its object is the subject's own forces or officials. */
export function ownOrderOf(tree: Tree, actors: ActorIndex, verb: number): OwnOrder | undefined {
  if (!COMMANDING.has(tree.lemmas[verb])) return undefined;
  const subj = childrenBy(tree, verb, 'nsubj')[0];
  const agent = childrenBy(tree, verb, 'obj', 'iobj')[0];
  if (subj === undefined || agent === undefined) return undefined;
  const orderer = actorsOfPhrase(tree, actors, subj).filter((a) => a.code);
  if (!orderer.length || !isOwnAgent(tree, actors, agent, orderer)) return undefined;
  // The parser hangs the act ordered as an xcomp, an advcl or a clause on the agent ("forces to attack"): any of them.
  const act = [...childrenBy(tree, verb, 'xcomp', 'advcl'), ...childrenBy(tree, agent, 'acl')].find((x) => isBareInfinitive(tree, x));
  if (act !== undefined) return { orderer, agent, act };
  const into = childrenBy(tree, verb, 'obl').find((o) => SENT_INTO.has(markerOf(tree, o) ?? ''));
  return into === undefined ? undefined : { orderer, agent, into };
}

/** Whether `verb` is a "to" infinitive with no subject of its own. */
function isBareInfinitive(tree: Tree, verb: number): boolean {
  return childrenBy(tree, verb, 'mark').some((m) => tree.words[m] === 'to') && !childrenBy(tree, verb, 'nsubj', 'nsubj:pass').length;
}

/** Whether the ordered `agent` is the orderer's own: its own country's forces or officials, or "its/his/their" agents. */
function isOwnAgent(tree: Tree, actors: ActorIndex, agent: number, orderer: readonly EventParticipant[]): boolean {
  const countries = new Set(orderer.map((o) => o.code));
  const named = actorsOfPhrase(tree, actors, agent);
  // "ordered Iraq to withdraw", "told the Iraqi army to pull back": another side is demanded of.
  if (named.some((a) => a.code && !countries.has(a.code))) return false;
  if (named.length && named.every((a) => a.sector && AGENT_SECTORS.has(a.sector))) return true;
  if (named.length) return false;
  const owned = childrenBy(tree, agent, 'nmod:poss').some((p) => OWNER_PRONOUNS.has(tree.words[p].toLowerCase()));
  return owned || AGENT_NOUNS.has(tree.lemmas[agent]);
}

/** The order an infinitive `verb` spells out, with the flags the order passes on; undefined for any other infinitive. */
export function orderedActOf(tree: Tree, pack: LanguagePack, actors: ActorIndex, verb: number): { order: OwnOrder; flags: EventFlags } | undefined {
  // The order verb is the infinitive's head, or the head of the agent it hangs on ("ordered [forces to attack]").
  const above = tree.deps[verb].head;
  const head = tree.deps[verb].deprel === 'acl' && above >= 0 ? tree.deps[above].head : above;
  if (head < 0) return undefined;
  const order = ownOrderOf(tree, actors, head);
  if (order?.act !== verb) return undefined;
  const flags = clauseFlags(tree, pack, head, { reported: false });
  const why = reason('events/own-order-act', { verb: tree.words[head], agent: tree.words[order.agent], orderer: order.orderer.map((o) => o.name).join(', ') });
  return { order, flags: { ...flags, reasons: [...flags.reasons, why] } };
}

/** The ordered act's roles: the orderer acts; neither its side nor the agent it ordered is a recipient. */
export function orderedRoles(tree: Tree, actors: ActorIndex, order: OwnOrder, own: Roles): Roles {
  const agents = new Set(actorsOfPhrase(tree, actors, order.agent).map((a) => a.actorId));
  const sides = new Set(order.orderer.map((o) => o.code));
  return { ...own, actors: order.orderer, recipients: own.recipients.filter((r) => !agents.has(r.actorId) && !sides.has(r.code)) };
}
