/**
 * A denial answers an accusation: "Khamenei denied that the platforms had military gear" is REJECT
 * aimed at whoever said they had (news-dev conventions: REJECT's recipient is the party rejected, and
 * for a denial that is the accuser). When a denial of a clause ("denied that …") names no one, the
 * accuser is sought in the article as a threat's addressee is (`threats.ts`): the other side of the
 * denier's nearest dealing, else the actor of its nearest use of force (#12). Not in the sentence:
 * there the other side is what is denied ("denied that it was dumping chips in Hong Kong", "denied
 * any third country involvement even though … Israel had played a key role"), not who charged it.
 * A side's stated non-acceptance ("Denmark will not accept a ban on Danish meat exports") or refusal
 * to change ("would not change its coffee policies", refused-change.ts) answers a demand: naming no
 * one, it rejects the side that pressed the refuser just before it (the training gold: DNK → CAN,
 * the Yugoslav "We cannot accept this assessment" → IMF). Not any dealing of the article's: a later
 * one ("In other news, Denmark condemned Iran"), one of the refuser's own doing or one told far off
 * answers nothing the refusal says.
 */
import { reason, type Reason } from '../../lang/reason.js';
import type { PloverEvent } from './plover.js';
import { triggerReason } from './sentence-merges.js';
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

/** Acts that press a side, which its stated refusal answers: a request, a charge, a threat, a sanction, coercion. */
const PRESSING: ReadonlySet<PloverEvent> = new Set<PloverEvent>(['REQUEST', 'ACCUSE', 'THREATEN', 'SANCTION', 'COERCE']);
/**
 * How many sentences before a stated refusal the pressure it answers may be told: the lead tells the pressure, the
 * refusal is quoted two or three sentences on (training gold: Canada's threat to stop Danish pigmeat imports, then
 * "Denmark will not accept a ban" three sentences later; the IMF's criticism, then "We cannot accept this assessment"
 * two later).
 */
const PRESSURE_REACH = 3;

/** Whether the event is a stated non-acceptance or refusal to change (refused-change.ts). */
const isStatedRefusal = (event: Pick<CodedEvent, 'reasons'>): boolean => STATED_REFUSALS.includes(triggerReason(event).rule);

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
  return event.event === 'REJECT' && !event.recipients.length && (DENIALS.has(triggerVerb(event) ?? '') || isStatedRefusal(event));
}

/** The accuser a denial naming no one answers, with the reason that says how it was found. */
export function deniedAccuser(
  denial: Pick<CodedEvent, 'event' | 'actors' | 'recipients' | 'reasons' | 'sent' | 'trigger'>, article: readonly CodedEvent[],
): { recipients: EventParticipant[]; reason: Reason } | undefined {
  if (!isBareDenial(denial)) return undefined;
  if (isStatedRefusal(denial)) return pressingSide(denial, article);
  const found = threatenedParty(denial, [], article);
  if (!found) return undefined;
  const names = found.recipients.map((p) => p.name).join(', ');
  return { recipients: found.recipients, reason: reason(found.reason.rule.replace('events/threatened-', 'events/accuser-'), { names }) };
}

/**
 * The side whose pressure a stated refusal answers: the actor of the latest request, charge, threat, sanction or
 * coercion aimed at the refuser's side, told before the refusal in its sentence or up to PRESSURE_REACH before it.
 */
function pressingSide(
  refusal: Pick<CodedEvent, 'actors' | 'sent' | 'trigger'>, article: readonly CodedEvent[],
): { recipients: EventParticipant[]; reason: Reason } | undefined {
  const own = new Set<string | undefined>(refusal.actors.map((a) => a.code).filter((c) => c !== undefined));
  const before = (e: CodedEvent): boolean => (e.sent === refusal.sent ? e.trigger.tokens[0] < refusal.trigger.tokens[0] : e.sent < refusal.sent && refusal.sent - e.sent <= PRESSURE_REACH);
  const latestFirst = article.filter((e) => PRESSING.has(e.event) && !e.negated && !e.hypothetical && before(e) && e.recipients.some((r) => own.has(r.code)))
    .sort((a, b) => b.sent - a.sent || b.trigger.tokens[0] - a.trigger.tokens[0]);
  for (const e of latestFirst) {
    const theirs = e.actors.filter((a) => a.code !== undefined && !own.has(a.code));
    if (theirs.length) return { recipients: theirs, reason: reason('events/refuser-counterpart', { names: theirs.map((p) => p.name).join(', ') }) };
  }
  return undefined;
}
