import { assetPath, loadAsset, type AssetKind } from '../../core/assets.js';
import { reason, renderReasons } from '../../lang/reason.js';
import { predictLogistic, type Logistic } from '../../ml/logistic.js';
import { type Context, contextOf } from './event-context.js';
import { offeredActors } from './offered-actors.js';
import { rescueFeatures } from './rescue-features.js';
import type { TriggerMatch } from './triggers.js';
import type { CodedEvent } from './types.js';

/**
 * The learned rescue (#12, recall): where a rule turns a lexicon trigger down, the trigger is read again with that
 * one rule passed over (and, for a trigger with no actor, with each actor the article offers: offered-actors.ts),
 * and a logistic model (trained by `npm run train:event-rescue` on the training gold and news-dev's tune half)
 * decides from the events the rules would then have made whether to keep the best reading after all. The event
 * keeps the type and participants the rules gave it; its `why` says which rule turned it down and the model's estimate.
 */
export interface EventRescueModel extends Logistic {
  /** The probability of being a gold event at which a turned-down trigger is kept, chosen on the training data. */
  readonly threshold: number;
}

/** The asset kind of the rescue's weights: JSON `EventRescueModel` under the asset header. */
export const EVENT_RESCUE: AssetKind<EventRescueModel> = {
  kind: 'event-rescue', version: 1,
  decode: (payload) => JSON.parse(payload.toString('utf8')) as EventRescueModel,
};

/** The shipped rescue model, read once. */
export function loadEventRescue(): EventRescueModel {
  return loadAsset(EVENT_RESCUE, assetPath('models', 'events', 'event-rescue.json'));
}

/** A trigger whose roles found no actor: the rescue reads it with each actor the article offers. */
export const NO_ACTOR = 'events/no-actor';

/**
 * The rules a rescue may pass over: each turns down a trigger that has a type for what its clause says (an
 * infinitive's intent, a bare gerund's topic, a participle's description, a habit, a restated meeting, ...), or for
 * having no actor. Rules about the trigger itself (a statement, a no-event pattern) are never passed over.
 */
export const RESCUABLE: ReadonlySet<string> = new Set([
  'events/hoped-for', 'events/infinitive', 'events/participle', 'events/gerund', 'events/standing-state',
  'events/habitual', 'events/described-need', 'events/courtesy', 'events/asked-question', 'events/civilian-journey',
  'events/no-addressee', 'events/no-wished', 'events/no-praised', 'events/no-aided', 'events/same-consultation', NO_ACTOR,
]);

/** One second reading of a turned-down trigger: its events, the rule passed over and the reading's features. */
export interface RescueCandidate {
  readonly rule: string;
  /** The trigger's first token: the readings of one trigger compete, and at most one is kept. */
  readonly trigger: number;
  readonly events: readonly CodedEvent[];
  readonly features: readonly string[];
}

/**
 * The rescue's setting in a coding context: a model decides, or (training) every reading is collected and none is
 * kept, so that the rules' own output is unchanged. `stance` is the statement-content step's model (statement-stance.ts),
 * which reads what the rescue never passes over: a statement's content; collecting gathers its readings too.
 */
export type Rescue = { readonly model: EventRescueModel; readonly stance?: EventRescueModel }
  | {
    readonly collect: RescueCandidate[];
    /** When given, why each statement verb gave no statement-content reading (statement-stance.ts), for study tools. */
    readonly stops?: { sent: number; trigger: number; stop: string }[];
  };

/**
 * How a trial reading goes on from where the first reading of its trigger was turned down, when the coder knows
 * (code-events.ts: after the trigger's roles); a trial without one reads the trigger again from the start (#13).
 */
export type Resume = (trial: Context) => void;

type TriggerCoder = (ctx: Context, sent: number, match: TriggerMatch) => Resume | undefined;

/**
 * The best-scored of `readings` when its estimate reaches the model's threshold, else none. The estimate is compared
 * unrounded (0.195 is below 0.2); it is rounded only where a `why` shows it. The first of equal scores wins.
 */
export function bestAbove<T extends { readonly features: readonly string[] }>(model: EventRescueModel, readings: readonly T[]): { item: T; score: number } | undefined {
  let best: { item: T; score: number } | undefined;
  for (const item of readings) {
    const score = predictLogistic(model, item.features);
    if (!best || score > best.score) best = { item, score };
  }
  return best && best.score >= model.threshold ? best : undefined;
}

/**
 * Code one trigger with `code` and, when a rescuable rule turned it down, read it again with that rule passed over
 * (from where the first reading stopped, when `code` returned how to resume);
 * the best reading's events are kept when the model scores them at or above its threshold (the rejection is then
 * dropped), or every reading is collected for training.
 */
export function codeWithRescue(ctx: Context, sent: number, match: TriggerMatch, code: TriggerCoder): void {
  const before = ctx.rejected.length;
  const events = ctx.events.length;
  const resume = code(ctx, sent, match);
  const rescue = ctx.rescue;
  if (!rescue || ctx.rejected.length !== before + 1 || ctx.events.length !== events) return;
  const rule = ctx.rejected[before].ruleId;
  if (!RESCUABLE.has(rule)) return;
  const sentenceEvents = ctx.events.filter((e) => e.sent === sent);
  const offered = rule === NO_ACTOR ? offeredActors(ctx, sent, match.token) : [];
  const tries = rule === NO_ACTOR ? offered.map((o) => ({ supplied: [o.actor], offer: { from: o.from, offers: offered.length } })) : [{ supplied: undefined, offer: undefined }];
  const readings: (RescueCandidate & { frame: Context['frame'] })[] = [];
  for (const t of tries) {
    const trial = contextOf({ ...ctx, events: [], rejected: [] }, { frame: ctx.frame, bypass: rule, supplied: t.supplied ?? ctx.supplied });
    if (resume) resume(trial);
    else code(trial, sent, match);
    // Only a clean reading counts: another rule turning it down, or a flag that keeps it from being a fact, ends it.
    if (!trial.events.length || trial.rejected.length || trial.events.some((e) => e.negated || e.hypothetical || e.historical)) continue;
    readings.push({ rule, trigger: match.token, events: trial.events, features: rescueFeatures(ctx.doc, trial.events[0], rule, sentenceEvents, t.offer), frame: trial.frame });
  }
  if ('collect' in rescue) { rescue.collect.push(...readings.map(({ frame: _, ...r }) => r)); return; }
  const best = bestAbove(rescue.model, readings);
  if (!best) return;
  ctx.rejected.splice(before, 1);
  const why = reason('events/rescue', { by: rule, score: Number(best.score.toFixed(2)) });
  // A trial's events carry their reasons unrendered (event-context.ts `push`): the kept reading's `why` is made here.
  for (const event of best.item.events) {
    const reasons = [...event.reasons, why];
    ctx.events.push({ ...event, reasons, why: renderReasons(ctx.pack, reasons) });
  }
  if (!ctx.frame && best.item.frame) ctx.frame = best.item.frame;
}
