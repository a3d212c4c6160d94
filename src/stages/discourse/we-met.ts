/**
 * "We talked about key approaches to this very important process", "We discussed these important topics", "In
 * general, we held meaningful, very effective talks today": in a readout, a party's "we" that talked or met, with no
 * partner named, is that party and the one it met, the meeting's parties (#12). The events stage had the speaker
 * alone, a consultation of one. Only a past act ("we are talking about 700,000 families" says what the speaker
 * means, not whom they met), only a consultation (a one-sided "we support" stays the speaker's), only a party of
 * the article's meeting, within the passage the meeting holds for (`participants.ts` `holdsAt`), on an official site.
 */
import { reason, type Reason } from '../../lang/reason.js';
import type { ActorMention } from '../actors/types.js';
import { holdsAt, meetingAt, partyKey } from './participants.js';
import type { DiscourseLayer } from './types.js';

/** Tags of a verb that tells a past act ("talked", "have held" with its auxiliary). */
const PAST = new Set(['VBD', 'VBN']);

/**
 * The meeting's parties for a consultation in sentence `sent` whose subject is "we" (`pronoun`), told in the past
 * (`xpos` of its verb), whose actors are one party of the meeting and that names no partner.
 */
export function weMetParties(layer: DiscourseLayer | undefined, sent: number, event: string, pronoun: string, xpos: string, actors: readonly { readonly code?: string; readonly sector?: string }[], partners: number): { parties: readonly ActorMention[]; reason: Reason } | undefined {
  const p = meetingAt(layer, sent);
  // Only a side's own readout: in a wire story a quoted "we met" is the speaker's account, and the meeting one event among others.
  if (!p || !layer?.publisher || event !== 'CONSULT' || pronoun !== 'we' || !PAST.has(xpos) || partners > 0 || !actors.length || !holdsAt(p, sent)) return undefined;
  const keys = new Set(actors.map(partyKey));
  const [key] = keys;
  if (keys.size !== 1 || !key || !p.members.some((m) => partyKey(m) === key) || p.members.length < 2) return undefined;
  return { parties: p.members, reason: reason('discourse/we-met', { meeting: p.reason }) };
}
