/**
 * The rules of a trigger after its roles (split out of code-events.ts, #13): the rescue's supplied actor, no actor,
 * the rules that turn down an act with no one to address or no other party (civilian journey, no addressee, no one
 * wished or praised or aided, a hope of one's own side), a restated meeting, then the event itself. A rescue's trial
 * of a trigger these turned down starts here with the first reading's `TriggerRead` (event-rescue.ts `Resume`):
 * everything before them read only the document (`ReadingContext`), so a second reading would find it again.
 */
import { reason, type Reason } from '../../lang/reason.js';
import { isCivilianJourney } from './civilian-journey.js';
import { isFiredAim } from './fired-aim.js';
import { namedByPluralTitle, officeSectored, restatedConsultation } from './consultation.js';
import { isAgentParticiple } from './clause-rules.js';
import { type Context, type Draft, push, reject, timeOf } from './event-context.js';
import type { EventFlags } from './flags.js';
import type { RuntimeLexicon } from './lexicon.js';
import { ownedTarget } from './owned-targets.js';
import type { PloverEvent } from './plover.js';
import { describedProtest } from './protest-purpose.js';
import { reportedReason, type Roles, type Said } from './roles.js';
import type { TriggerMatch } from './triggers.js';
import type { EventParticipant } from './types.js';
import { isWellWish } from './well-wishes.js';

/**
 * What a trigger's reading has found by the end of its roles: the rules after them read it and never change it (their
 * own copies of the reasons), so one record serves the first reading and every trial that resumes from it.
 */
export interface TriggerRead {
  readonly match: TriggerMatch;
  readonly entry: RuntimeLexicon['cameo'][string];
  readonly verb: number;
  readonly event: PloverEvent;
  readonly mode: string | undefined;
  readonly cameo: string;
  readonly negated: boolean;
  readonly future: boolean;
  readonly flags: EventFlags;
  readonly actors: EventParticipant[];
  readonly recipients: EventParticipant[];
  readonly roleReasons: readonly Reason[];
  readonly roles: Roles;
  readonly why: readonly Reason[];
  readonly separate: { readonly own: readonly EventParticipant[]; readonly partners: readonly EventParticipant[] } | undefined;
  /** The appeal an expectation made ("X expects Y to act"), when one did. */
  readonly expected: boolean;
  /** The act done to protest, whose words date the event (protest-purpose.ts). */
  readonly protested: number | undefined;
  readonly said: Said;
}

/** The rules after a trigger's roles, then its event (or one per partner of separate meetings). */
export function finishTrigger(ctx: Context, sent: number, read: TriggerRead): void {
  const { tree, lexicon } = ctx;
  const { match, entry, verb, event, mode, cameo, negated, future, flags, roleReasons, roles, separate, expected, protested, said } = read;
  let { actors, recipients } = read;
  const why = [...read.why];
  // A rescue's second reading of a trigger with no actor tries one the article offers (event-rescue.ts).
  if (actors.length === 0 && ctx.bypass === 'events/no-actor') actors = [...ctx.supplied ?? []];
  if (actors.length === 0) return reject(ctx, sent, match, 'events/no-actor', event);
  // "U.S. warships bombarded them": a thing attacked with no owner in its sentence is the owner's named with it elsewhere.
  // After the rescue's supplied actor, so an attacker it supplies is never made its own target's owner.
  const owned = !recipients.length && event === 'ASSAULT' ? ownedTarget(tree, ctx.actors, verb, actors) : undefined;
  if (owned) { recipients = owned.found; why.push(owned.reason); }
  if (isCivilianJourney(tree, verb, entry.event, actors) && ctx.bypass !== 'events/civilian-journey') return reject(ctx, sent, match, 'events/civilian-journey', event);
  if (isFiredAim(tree, ctx.actors, verb, entry.event, actors)) return reject(ctx, sent, match, 'events/fired-aim', event, reason('events/fired-aim', { verb: tree.words[verb] }));
  // "Thank you for your attention" to an audience: a turn's thanks to no one known are no act between actors.
  if (!recipients.length && roleReasons.some((r) => r.rule === 'roles/turn-speaker') && ctx.bypass !== 'events/no-addressee') return reject(ctx, sent, match, 'events/no-addressee', event);
  // "I wish you every success" to an audience the article does not code: a wish given to no party is no act between actors.
  if (!recipients.length && isWellWish(tree, match, event) && ctx.bypass !== 'events/no-wished') return reject(ctx, sent, match, 'events/no-wished', event);
  // "We appreciate it", "we support the traditional Olympic values": the speaking side's praise of no one named is no act between actors.
  if (!recipients.length && event === 'SUPPORT' && why.some((r) => r.rule === 'events/present-we') && ctx.bypass !== 'events/no-praised') return reject(ctx, sent, match, 'events/no-praised', event);
  // "we'll be reducing the stock of debt", "got only 11 billion dlrs in loans": aid goes to someone; aid to no other
  // party named is a country's own finances, not an act between actors (every gold AID item names its recipient).
  const reachesNoOther = recipients.every((r) => actors.some((a) => a.code === r.code));
  if (entry.event === 'AID' && reachesNoOther && ctx.bypass !== 'events/no-aided') return reject(ctx, sent, match, 'events/no-aided', event);
  // "I expect Ukraine to receive the status": an act hoped of one's own side, or of no one found, asks no one (expectations.ts).
  if (expected && reachesNoOther && ctx.bypass !== 'events/hoped-for') return reject(ctx, sent, match, 'events/hoped-for', event, reason('events/hoped-for', { verb: tree.words[verb] }));
  const titled = separate !== undefined && namedByPluralTitle(tree, separate.own, separate.partners);
  const restated = titled ? undefined : restatedConsultation(ctx, sent, event, future || flags.negated || flags.hypothetical, actors, recipients);
  if (restated && ctx.bypass !== 'events/same-consultation') return reject(ctx, sent, match, 'events/same-consultation', event, restated);
  // A protest done by an act is dated by the act's words ("boycotted the annual meeting last year to protest").
  const time = statedTime(ctx, timeOf(ctx, protested ?? verb, match.noun), why);
  if (time.reason) why.push(time.reason);
  if (said.reported) why.push(reportedReason(said));
  if (flags.reasons.length) why.push(...flags.reasons);
  // "an idea first proposed by Guillaume", "duties imposed by Announcement No. 5": a participle
  // with its agent that describes a noun tells what was done before, as background (#12).
  // A protest done by such a participle's act is as much background ("the sanctions law, enacted by the United States to protest …").
  const describer = protested !== undefined && describedProtest(tree, lexicon, protested) ? protested : verb;
  const described = isAgentParticiple(tree, describer);
  if (described) why.push(reason('events/described-act', { noun: tree.words[tree.deps[describer].head] }));
  const confidence = match.kind === 'pattern' ? 0.8 : match.kind === 'noun' ? 0.7 : 0.65;
  const draft: Draft = {
    // A record turned into another code (a police search, a threat) takes that code's context.
    event, mode, context: cameo === match.code ? entry.context : lexicon.cameo[cameo]?.context ?? entry.context, cameo, actors, recipients,
    ...(said.speaker ? { speaker: said.speaker } : {}),
    negated, hypothetical: flags.hypothetical, future, historical: time.historical || described,
    date: time.date, dateSource: time.dateSource,
    confidence: roles.reasons.some((r) => r.rule === 'roles/inside-object') ? confidence - 0.1 : confidence,
    sent, match, why,
  };
  if (!separate) return push(ctx, draft);
  const framed = ctx.frame;
  for (const partner of titled ? officeSectored(separate.partners) : separate.partners) {
    // A visit's host stays its actor and each guest is the recipient of one; a meeting's parties are all actors.
    const sides = mode === 'visit' ? { actors: [...separate.own], recipients: [partner] } : { actors: [...separate.own, partner] };
    push(ctx, { ...draft, ...sides, why: [...why, reason('events/separate-meetings', { noun: tree.words[match.noun ?? verb], partner: partner.name })] });
  }
  // Later mentions restate the calls with any of the partners: the frame holds them all.
  if (!framed && ctx.frame) ctx.frame = { ...ctx.frame, participants: mode === 'visit' ? [...actors, ...recipients] : actors };
}

/**
 * A future act recoded as its announcement (events/future-as) happens when it is stated, which is the article's date;
 * the later day the plan names stays in a reason ("will visit Kyiv on October 12" in a story of 26 September, review rv-d).
 */
function statedTime(ctx: Context, time: ReturnType<typeof timeOf>, why: readonly Reason[]): ReturnType<typeof timeOf> {
  if (!ctx.articleDate || time.dateSource !== 'sentence' || time.historical || !why.some((r) => r.rule === 'events/future-as')) return time;
  return { date: ctx.articleDate, dateSource: 'article', historical: false, reason: reason('events/planned-date', { value: time.date ?? '' }) };
}
