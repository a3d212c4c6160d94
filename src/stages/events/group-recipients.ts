/**
 * A group of states no one country stands for (the actors stage's bare `GOV`, `state-groups.ts`:
 * "consuming countries", "developing countries") is kept as an act's doer ("Importing and exporting
 * countries agreed …", which the gold codes GOV) but not as its recipient. As the object the gold
 * leaves it out as often as not ("the World Bank has been pressing developing countries to open their
 * markets", "aid … to developing countries of the South Pacific": IGOWBK → nobody), and a meeting
 * frame with such a group would hand it to every later act of the story as a counterpart. See #12.
 */
import type { EventParticipant } from './types.js';

/** The code the actors stage gives a group of governments of no one country. */
const STATE_GROUP_CODE = 'GOV';

/** Whether a participant is a group of states of no one country. */
export function isStateGroup(p: Pick<EventParticipant, 'code'>): boolean {
  return p.code === STATE_GROUP_CODE;
}

/** The recipients less groups of states, and the names of those left out (empty when none). */
export function withoutGroupRecipients(recipients: readonly EventParticipant[]): { recipients: readonly EventParticipant[]; dropped: readonly string[] } {
  const dropped = recipients.filter(isStateGroup);
  return dropped.length ? { recipients: recipients.filter((r) => !isStateGroup(r)), dropped: dropped.map((r) => r.name) } : { recipients, dropped: [] };
}
