/**
 * "U.S. Naval forces attacked …", "On Monday U.S. Navy warships blasted …": the actors stage codes the national
 * service ("U.S. Naval", "U.S. Navy": USA MIL) and leaves the agent noun it modifies ("forces", "warships") a mention
 * of its own with no country, which `locate` then gave the dateline's or the story's country (Cyprus for a Nicosia
 * story, Syria for a Damascus one, the attack's actor with them: #12, wrong parties, "country of a group"). A noun
 * whose compound or adjective modifier, right before it, is a coded mention of one country's state service (an armed
 * service, police or government: "U.S. Navy warships", "Israeli police officers") is that country's. Another coded
 * modifier says whose side the noun's people are taken by or stand against, not whose they are ("Hamas hostages").
 */
import { reason } from '../../lang/reason.js';
import type { ActorMention } from '../actors/types.js';
import type { Found } from './context.js';
import { headOf, type View } from './view.js';

/** Relations by which a modifier before a noun says whose the noun's people are. */
const MODIFIERS = new Set(['compound', 'amod']);

/**
 * Sectors of a country's own institutions, whose people belong to them: military, police, government, and its
 * universities and unions ("the US university community", "Yugoslav trade union leaders"; CAMEO sector codes).
 */
const SERVICE_SECTORS = new Set(['MIL', 'COP', 'GOV', 'EDU', 'LAB']);

/**
 * The country of the coded mention that ends right before `m` and modifies its head ("U.S. Navy" on "warships"),
 * undefined when there is none, it is no state service, or it is a group (a member list is no one country).
 */
export function fromModifier(view: View, m: ActorMention, byToken: readonly (ActorMention | undefined)[]): Found | undefined {
  if (m.kind === 'person' || !m.sector) return undefined;
  const before = m.tokens[0] - 1;
  const other = byToken[before];
  if (!other?.code || !SERVICE_SECTORS.has(other.sector ?? '') || other.members?.length || view.sents[before] !== view.sents[m.tokens[0]]) return undefined;
  const head = headOf(view, m);
  // The modifier's own head word hangs on the noun (a compound's last word, or an adjective).
  const modifies = view.deps[before]?.head === head && MODIFIERS.has(view.deps[before]?.deprel ?? '');
  return modifies ? { code: other.code, why: reason('discourse/from-modifier', { name: other.name }) } : undefined;
}

/** Name parts a compound may hold ("EC Farm", which the parser reads as one name: "Farm" a flat of "EC"). */
const NAME_PARTS = new Set(['compound', 'flat']);

/**
 * Whether token `t` is a compound of the noun headed at `head` ("Finance" in "OECD Finance Ministers"), or a part of
 * one: the parser hangs "Farm" in "EC Farm Ministers" on "EC" as a flat, "EC" on "Ministers" (review rv-a #7).
 */
function isCompoundOf(view: View, t: number, head: number): boolean {
  for (let at = t; at >= 0 && at < head; at = view.deps[at]?.head ?? -1) {
    if (view.deps[at]?.head === head) return view.deps[at]?.deprel === 'compound';
    if (!NAME_PARTS.has(view.deps[at]?.deprel ?? '')) return false;
  }
  return false;
}

/**
 * "EC Farm Ministers", "OECD Finance Ministers", "an ADB spokesman": the international body named as a compound of
 * an agent noun, over the noun's own compound words, is the body its people act for (PLOVER codes an organisation's
 * ministers and officials as the organisation; the training gold does so for each). The actors stage reads most such
 * phrases whole ("EC farm ministers"); these are those it split, where `locate` gave the noun the dateline's country.
 */
export function bodyModifier(view: View, m: ActorMention, byToken: readonly (ActorMention | undefined)[]): ActorMention | undefined {
  const head = headOf(view, m);
  let before = m.tokens[0] - 1;
  while (before >= 0 && !byToken[before] && isCompoundOf(view, before, head)) before--;
  const other = byToken[before];
  if (other?.code !== 'IGO' || view.sents[before] !== view.sents[m.tokens[0]]) return undefined;
  return isCompoundOf(view, before, head) ? other : undefined;
}
