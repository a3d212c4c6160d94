/**
 * "extended Passover greetings to him", "host a meeting of the Ukraine Defense Contact Group", "welcomed
 * the signing of the U.S.-Japan Framework Agreement": the roles stage can take a name inside the object
 * for the recipient when the actors layer gives it neither a country nor a sector. Such a mention is no
 * party anyone could code, and in a readout the act goes to the meeting's other party instead
 * (`readoutCounterparts`), as an act with no recipient named does.
 */
import { quadCode, type PloverEvent } from './plover.js';
import type { EventParticipant } from './types.js';

/** The sector of a bare title of no country ("Mr President", "the President"): in a readout, the other side's holder. */
const UNPLACED_TITLE = 'GOV';

/**
 * Whether every recipient is a mention of no country and no sector: nothing a coder could count as a party.
 * For a cooperative act (quad 1-2) a sector noun of no country is none either: "expressed appreciation for
 * cooperation on law enforcement" (COP), "recognized progress in resuming military-to-military communication"
 * (MIL), "trafficking of drugs, guns, and people" (CVL) name a field or a topic inside the object, and the
 * praise or pledge is the met side's. A conflict act keeps such a recipient ("condemned attacks on civilians":
 * the met side is not whom it is against). Nor is a person named by name (`isPerson`): "will hold working meetings
 * with General Director of the Roscosmos State Corporation Dmitry Rogozin" (BUS) is a meeting with him, not with the
 * side of the earlier visit (training gold kremlin-68174; review b, session 49).
 */
export function unknownRecipients<P extends Pick<EventParticipant, 'code' | 'sector'>>(recipients: readonly P[], event?: PloverEvent, isPerson: (r: P) => boolean = () => false): boolean {
  const cooperative = event !== undefined && quadCode(event) <= 2;
  return recipients.length > 0 && recipients.every((r) => !r.code && (!r.sector || r.sector === UNPLACED_TITLE || (cooperative && !isPerson(r))));
}
