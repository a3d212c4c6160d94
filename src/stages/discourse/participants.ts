/**
 * The meeting or call an article reports, and who took part: the first lead sentence with a word of
 * meeting ("had a telephone conversation with", "met", "talks") and actors of two or more
 * countries or organisations. With one party named, the publisher's own principal is the other
 * (a kremlin.ru readout of "a conversation with Boris Johnson" is Putin's).
 */
import { reason } from '../../lang/reason.js';
import type { ActorMention } from '../actors/types.js';
import type { ActorKb } from '../actors/kb.js';
import { principalOf } from './principal.js';
import type { Participants, Publisher } from './types.js';
import type { View } from './view.js';

/** Lemmas and words that report a meeting or call. */
const MEETING_WORDS = new Set([
  'conversation', 'conversations', 'call', 'calls', 'talks', 'meeting', 'meetings', 'summit', 'visit', 'negotiations', 'videoconference',
  'met', 'meets', 'meet', 'spoke', 'speaks', 'talked', 'telephoned', 'phoned', 'hosted', 'hosts', 'welcomed', 'received', 'visited', 'discussed', 'discuss',
]);
/** Only the lead reports the meeting an article is about. */
const LEAD_SENTENCES = 5;
/**
 * A joint statement is itself what its parties agreed on: its lead names them (the signatories)
 * with no word of meeting ("The Government of A and the Government of B, Recognizing …").
 */
const JOINT_STATEMENT = /\bjoint\s+(?:statement|declaration|communiqu[eé])/i;

/** The key a party is counted by: its country, or the organisation for IGO/NGO actors. */
export function partyKey(m: { readonly code?: string; readonly sector?: string }): string {
  return m.code === 'IGO' || m.code === 'NGO' ? `${m.code}${m.sector ?? ''}` : m.code ?? '';
}

function canTakePart(m: ActorMention): boolean {
  if (!m.code || m.members?.length || m.kind === 'capital' || m.kind === 'place') return false;
  return m.kind === 'person' || m.kind === 'country' || m.code === 'IGO' || m.sector === 'GOV';
}

/** True when the title or the lead calls the article a joint statement. */
export function isJointStatement(view: View, title: string | undefined): boolean {
  const firstSent = view.sents[0] ?? 0;
  const lead = view.words.filter((_, i) => (view.sents[i] ?? 0) < firstSent + LEAD_SENTENCES);
  return JOINT_STATEMENT.test(title ?? '') || JOINT_STATEMENT.test(lead.join(' '));
}

export function findParticipants(view: View, mentions: readonly ActorMention[], publisher: Publisher | undefined, kb: ActorKb, day: string | undefined, title?: string): Participants | undefined {
  const firstSent = view.sents[0] ?? 0;
  const joint = isJointStatement(view, title);
  for (let sent = firstSent; sent < firstSent + LEAD_SENTENCES; sent++) {
    const tokens = view.sents.flatMap((s, i) => (s === sent ? [i] : []));
    const word = tokens.map((i) => view.words[i]).find((w) => MEETING_WORDS.has(w ?? '')) ?? (joint ? 'joint statement' : undefined);
    if (!word) continue;
    const parties = new Map<string, ActorMention>();
    for (const m of mentions) {
      if (view.sents[m.tokens[0]] !== sent || !canTakePart(m)) continue;
      const key = partyKey(m);
      const known = parties.get(key);
      // One party per country; a person stands for it better than the country's name.
      if (!known || (known.kind !== 'person' && m.kind === 'person')) parties.set(key, m);
    }
    // The people (or offices) who met, when the sentence names two; countries only otherwise
    // ("discussed sanctions pressure on Russia" names a topic, not a party).
    const people = [...parties.values()].filter((m) => m.kind === 'person' || (m.sector === 'GOV' && m.kind !== 'country'));
    const members = people.length >= 2 ? people : [...parties.values()];
    let added: ActorMention | undefined;
    if (members.length === 1 && publisher && partyKey(members[0]) !== publisher.code) {
      added = principalOf(kb, publisher, day, view, members[0].tokens);
      if (added) members.unshift(added);
    }
    if (members.length < 2) continue;
    const fields = { word, sent: sent + 1 - firstSent, names: members.map((m) => m.name).join(', ') };
    return { members, sent, reason: added && publisher ? reason('discourse/meeting-principal', { ...fields, name: added.name, site: publisher.site }) : reason('discourse/meeting', fields) };
  }
  return undefined;
}
