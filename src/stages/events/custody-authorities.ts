/**
 * "Sgt. John Joseph Weirick was arrested yesterday in California", "Over 80 people in eight cities were detained",
 * "Stanley Simon was charged with extorting …": an agentless passive of arrest, detention or charge names no one who
 * did it, but only a state arrests, detains and charges, so the doer is the authorities of the country where it
 * happened (PLOVER codes such acts to the state's police or judiciary; the news-dev and training gold code them so).
 * Where it happened: a place named in the verb's own clause, else the country of the person held when the text
 * codes one ("Sierra Leone's former vice-president … has been detained"), else the dateline's country when the story
 * names that country too or names none (a "LONDON" dateline on Gulf news is no place of arrest). No country, no
 * actor: the trigger stays turned down.
 */
import type { Document } from '../../core/document.js';
import { reason, type Reason } from '../../lang/reason.js';
import { byAgentOf, childrenBy, type Tree } from './tree.js';
import { ruleWords } from './rule-words.js';
import type { PloverEvent } from './plover.js';
import type { EventParticipant } from './types.js';
import '../places/types.js';
import '../dateline/types.js';
import '../actors/types.js';
import { TRANSNATIONAL_CODES } from '../actors/transnational.js';

/** Verbs of arrest, detention and charge whose agentless passive is the state's act (rule-words.tsv). */
const CUSTODY = ruleWords('custody-verb');

/**
 * The authorities that arrested, detained or charged the subject of the agentless passive `verb`, with the reason;
 * `held` are the actors of that subject (the person or body held), not the act's other participants.
 */
export function custodyAuthorities(
  doc: Document, tree: Tree, verb: number, event: PloverEvent,
  subj: { token: number; passive: boolean } | undefined, held: readonly EventParticipant[],
): { actors: EventParticipant[]; reason: Reason } | undefined {
  if (!subj?.passive || (event !== 'COERCE' && event !== 'ACCUSE') || !CUSTODY.has(tree.lemmas[verb]) || isTask(tree, verb)) return undefined;
  // "was arrested by gunmen": the passive names its doer, and it need not be a state.
  if (byAgentOf(tree, verb) !== undefined) return undefined;
  // A state charges people and firms, not an international body ("the ADB was charged with not doing enough" in speeches).
  if (held.some((p) => p.code === 'IGO')) return undefined;
  const found = placeInClause(doc, tree, verb) ?? heldCountry(held) ?? datelineCountry(doc);
  if (!found) return undefined;
  const t = tree.tokens[verb];
  // Arrest and detention are the police's acts, a charge the prosecutors': the sector says which (the score reads the country).
  const sector = event === 'COERCE' ? 'COP' : 'JUD';
  const actor: EventParticipant = { start: t.start, end: t.end, tokens: [verb, verb + 1], actorId: `authorities:${found.code}`, name: `the authorities (${found.code})`, code: found.code, sector };
  return { actors: [actor], reason: reason('events/custody-authorities', { verb: tree.words[verb], code: found.code, source: found.source }) };
}

/**
 * "A group of representatives is now charged with fleshing out the details", "who is charged with coordinating the
 * flow of aid": a present-tense "is charged" gives a task; a charge laid is reported as done ("was charged", "has
 * been charged").
 */
function isTask(tree: Tree, verb: number): boolean {
  return tree.lemmas[verb] === 'charge' && childrenBy(tree, verb, 'aux:pass').some((a) => PRESENT_BE.has(tree.words[a]));
}
const PRESENT_BE = new Set(['is', 'are', 'am']);

/**
 * A place with a country that is the verb's own place phrase ("arrested yesterday in California", "detained in
 * Russia"); not one deeper in the clause, which places something else ("charged with espionage at the Moscow Embassy").
 */
function placeInClause(doc: Document, tree: Tree, verb: number): { code: string; source: string } | undefined {
  const places = (doc.layers.places ?? []).filter((p) => p.country && p.role !== 'dateline');
  if (!places.length) return undefined;
  for (const c of childrenBy(tree, verb, 'obl')) {
    const t = tree.tokens[c];
    const place = places.find((p) => p.start <= t.start && t.end <= p.end);
    if (place?.country) return { code: place.country, source: `"${doc.text.slice(place.start, place.end)}"` };
  }
  return undefined;
}

/** The country of the person or body held, when the text codes it with one (a transnational body is held, never holds). */
function heldCountry(held: readonly EventParticipant[]): { code: string; source: string } | undefined {
  const coded = held.find((p) => p.code && !TRANSNATIONAL_CODES.has(p.code));
  return coded?.code ? { code: coded.code, source: `"${coded.name}"` } : undefined;
}

/**
 * The dateline's country, when the story names that country besides its dateline or names no other: a story
 * filed from a capital about another country's arrests names the other country.
 */
function datelineCountry(doc: Document): { code: string; source: string } | undefined {
  const line = doc.layers.dateline?.place;
  const places = doc.layers.places ?? [];
  const at = places.find((p) => p.country && (p.role === 'dateline' || (line !== undefined && p.start < line.end && line.start < p.end)));
  if (!at?.country) return undefined;
  const elsewhere = new Set([
    ...places.filter((p) => p !== at && p.country).map((p) => p.country),
    ...(doc.layers.actors ?? []).filter((m) => m.code && m.kind === 'country').map((m) => m.code),
  ]);
  if (elsewhere.size && !elsewhere.has(at.country)) return undefined;
  return { code: at.country, source: `the dateline "${doc.text.slice(at.start, at.end)}"` };
}
