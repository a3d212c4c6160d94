/**
 * "The delegations will continue their top level meetings in Bonn today", "a meeting later today between Funaro and
 * Stoltenberg", "delegations will meet top West German officials today": a report's meeting in the future tense but
 * dated to the article's own day is under way as the story is filed, and the training gold codes it CONSULT
 * (reuters-7625, 950, 7037, 7667), where `futureAs` made every future CONSULT an AGREE (an intent to meet, CAMEO 036).
 * Only when the clause codes both sides: "they would be meeting their lawyers today" names one side only (the lawyers
 * are the speaker's), and no gold codes it.
 *
 * A meeting announced for a later day stays AGREE: the PLOVER GSR codes "will visit Albania in June" and "would meet
 * the U.N. mediator" AGREE (GSR01-AGREE-0035, 0038, 0040) although the training gold skips such announcements (the
 * note on reuters-11580); turning them down cost the GSR row two AGREE (see the events README, session 36 ev-meet).
 * An official site's readout is left as it was: its "the leaders will maintain contacts" is AGREE in both golds.
 */
import { timeOf, type ReadingContext } from './event-context.js';
import type { PloverEvent } from './plover.js';
import type { Roles } from './roles.js';

/** Whether a report's future consultation (`event` with its verb's own future) is dated to the article's day, both sides coded. */
export function isMeetingToday(ctx: ReadingContext, event: PloverEvent, future: boolean, roles: Roles, verb: number, noun?: number): boolean {
  if (!future || event !== 'CONSULT' || ctx.doc.layers.discourse?.publisher !== undefined) return false;
  // Countries or bodies coded in the clause itself: a pronoun is read later, and may well be the same side.
  const sides = new Set([...roles.actors, ...roles.recipients].flatMap((p) => (p.code ? [p.code] : [])));
  if (sides.size < 2) return false;
  const time = timeOf(ctx, verb, noun);
  return time.dateSource === 'sentence' && time.date === ctx.articleDate;
}
