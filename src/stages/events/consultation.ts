/**
 * One consultation or several: plural calls with several partners are one with each, and a later
 * mention of the article's meeting restates it (split out of code-events.ts).
 */
import { reason, type Reason } from '../../lang/reason.js';
import type { Context } from './event-context.js';
import type { PloverEvent } from './plover.js';
import { ruleWords } from './rule-words.js';
import type { Tree } from './tree.js';
import type { EventParticipant } from './types.js';

/**
 * Plurals of a single consultation: "conversations", "calls" or "meetings" with several partners
 * are one with each ("had telephone conversations with Macron and Scholz"); "talks" and
 * "negotiations" name one process, however many take part.
 */
const SEPARATE_MEETINGS = ruleWords('separate-meetings');

/** A plural of a single consultation ("had telephone conversations with …"). */
export function isSeparateMeetings(tree: Tree, noun: number | undefined): boolean {
  return noun !== undefined && tree.pos[noun]?.xpos === 'NNS' && SEPARATE_MEETINGS.has(tree.lemmas[noun]);
}

/**
 * A later mention of the meeting the article reports ("The presidents discussed …", "had an
 * in-depth discussion") is the same consultation, not a new one: the first is the event.
 */
export function restatedConsultation(ctx: Context, sent: number, event: PloverEvent, unreal: boolean, actors: readonly EventParticipant[], recipients: readonly EventParticipant[]): Reason | undefined {
  if (event !== 'CONSULT' || unreal) return undefined;
  const { frame } = ctx;
  if (!frame) return undefined;
  if (frame.sent === sent) return undefined;
  const codes = new Set(frame.participants.map((p) => p.code));
  const all = [...actors, ...recipients];
  if (!all.every((p) => codes.has(p.code))) return undefined;
  return reason('events/same-consultation', { trigger: frame.trigger, sentence: frame.sent + 1 });
}
