/**
 * A denial answers an accusation: "Khamenei denied that the platforms had military gear" is REJECT
 * aimed at whoever said they had (news-dev conventions: REJECT's recipient is the party rejected, and
 * for a denial that is the accuser). When a denial of a clause ("denied that …") names no one, the
 * accuser is sought in the article as a threat's addressee is (`threats.ts`): the other side of the
 * denier's nearest dealing, else the actor of its nearest use of force (#12). Not in the sentence:
 * there the other side is what is denied ("denied that it was dumping chips in Hong Kong", "denied
 * any third country involvement even though … Israel had played a key role"), not who charged it.
 * A side's stated non-acceptance ("Denmark will not accept a ban on Danish meat exports") or refusal
 * to change ("would not change its coffee policies", refused-change.ts) answers a demand the same way: naming no one, it rejects the other side of the
 * refuser's nearest dealing (the training gold: DNK → CAN, the Yugoslav "We cannot accept this
 * assessment" → IMF).
 */
import { reason, type Reason } from '../../lang/reason.js';
import { threatenedParty } from './threats.js';
import type { CodedEvent, EventParticipant } from './types.js';

/**
 * Verbs whose REJECT is a denial of something said, so it has an accuser: "deny", "refute", "rebut"
 * (the dictionary's REJECT block, session 24). Refusals ("reject the offer", "declined to") answer a
 * proposal, not a charge, and are left to the clause's own recipient. Only the verb's bare sense
 * counts (`events/trigger-verb`): a matched object pattern ("denied opposition charges", "denied any
 * third country involvement") names what is denied, and its own words name the accuser if anyone.
 */
const DENIALS = new Set(['deny', 'refute', 'rebut']);

const TRIGGER_VERB = 'events/trigger-verb';
/** The trigger rules of a stated non-acceptance and a stated refusal to change (refused-change.ts). */
const STATED_REFUSALS = ['events/trigger-refused-acceptance', 'events/trigger-refused-change'];

/** Whether the event's CAMEO reason carries a trigger of rule `rule`. */
const triggeredBy = (event: Pick<CodedEvent, 'reasons'>, rule: string): boolean =>
  event.reasons.some((r) => (r as { trigger?: Reason }).trigger?.rule === rule);

/** The dictionary verb of an event's bare-verb trigger reason, itself or inside its CAMEO reason; not a refusal's verb ("would not agree"). */
function triggerVerb(event: Pick<CodedEvent, 'reasons'>): string | undefined {
  if (event.reasons.some((r) => r.rule === 'events/refusal')) return undefined;
  for (const r of event.reasons) {
    const trigger = r.rule === TRIGGER_VERB ? r : (r as { trigger?: Reason }).trigger;
    const verb = trigger?.rule === TRIGGER_VERB ? (trigger as { verb?: unknown }).verb : undefined;
    if (typeof verb === 'string') return verb.toLowerCase();
  }
  return undefined;
}

/** Whether `event` is a denial (or a stated non-acceptance) with no one named as denied. */
export function isBareDenial(event: Pick<CodedEvent, 'event' | 'recipients' | 'reasons'>): boolean {
  return event.event === 'REJECT' && !event.recipients.length && (DENIALS.has(triggerVerb(event) ?? '') || STATED_REFUSALS.some((rule) => triggeredBy(event, rule)));
}

/** The accuser a denial naming no one answers, with the reason that says how it was found. */
export function deniedAccuser(
  denial: Pick<CodedEvent, 'event' | 'actors' | 'recipients' | 'reasons' | 'sent' | 'trigger'>, article: readonly CodedEvent[],
): { recipients: EventParticipant[]; reason: Reason } | undefined {
  if (!isBareDenial(denial)) return undefined;
  const found = threatenedParty(denial, [], article);
  if (!found) return undefined;
  const names = found.recipients.map((p) => p.name).join(', ');
  return { recipients: found.recipients, reason: reason(found.reason.rule.replace('events/threatened-', 'events/accuser-'), { names }) };
}
