/**
 * A group call or meeting whose members are listed in a later sentence: "President Biden held a secure video call with
 * transatlantic leaders today. … Participants in the call included Prime Minister Justin Trudeau of Canada, European
 * Commission President Ursula von der Leyen, …". The lead names no partner a code can take ("transatlantic leaders"),
 * while the list names each; the training gold codes one CONSULT per listed country or body (round 12's Quint, the
 * joint set accepted), so the lead's consultation becomes one with each listed party (#12: group calls).
 */
import { reason, renderReasons } from '../../lang/reason.js';
import { partyKey } from '../discourse/participants.js';
import type { Context } from './event-context.js';
import { sentenceTokenRange } from '../../core/tokens-of.js';
import type { CodedEvent, EventParticipant } from './types.js';

/** Lemmas that open a list of who took part ("Participants in today's call included …", "Attendees included …"). */
const LIST_NOUNS = new Set(['participant', 'attendee']);

/** The first sentence whose opening words name the participants and whose main verb is "include". */
function listSentence(ctx: Context, after: number): number | undefined {
  const { tree } = ctx;
  const count = (tree.tokens.at(-1)?.sent ?? -1) + 1;
  for (let sent = after + 1; sent < count; sent++) {
    const [first, last] = sentenceTokenRange(tree.tokens, sent);
    const opens = [first, first + 1, first + 2].some((t) => t < last && LIST_NOUNS.has(tree.lemmas[t]));
    const includes = Array.from({ length: last - first }, (_, k) => first + k).some((t) => tree.lemmas[t] === 'include' && tree.deps[t]?.deprel === 'root');
    if (opens && includes) return sent;
  }
  return undefined;
}

/** True when the event is a fact (no negation, condition, plan or history). */
function isFact(e: CodedEvent): boolean {
  return !e.negated && !e.hypothetical && !e.future && !e.historical;
}

/**
 * Replace the lead's consultation (in the first two sentences) by one with each party the list names apart from the
 * lead's own side, when the list names two or more.
 */
export function splitListedParticipants(ctx: Context): void {
  const at = ctx.events.findIndex((e) => e.event === 'CONSULT' && e.sent <= 1 && isFact(e));
  const lead = ctx.events[at];
  const own = lead?.actors[0];
  if (!lead || !own?.code) return;
  const sent = listSentence(ctx, lead.sent);
  if (sent === undefined) return;
  const parties = new Map<string, EventParticipant>();
  // The people listed, each standing for a country or body ("Prime Minister Justin Trudeau of Canada"); a country named
  // in passing in the list ("… of the Contact Group on Russia") is no participant.
  const [first, last] = sentenceTokenRange(ctx.tree.tokens, sent);
  for (let t = first; t < last; t++) {
    const m = ctx.actors.at(t);
    if (m?.kind !== 'person' || m.tokens[0] !== t) continue;
    for (const p of ctx.actors.expand(m)) if (p.code && p.code !== own.code && !parties.has(partyKey(p))) parties.set(partyKey(p), p);
  }
  if (parties.size < 2) return;
  const split = [...parties.values()].map((party) => {
    const reasons = [...lead.reasons, reason('events/listed-participants', { sentence: sent + 1, partner: party.name })];
    return { ...lead, actors: [own, party], recipients: [], reasons, why: renderReasons(ctx.pack, reasons) };
  });
  ctx.events.splice(at, 1, ...split);
}
