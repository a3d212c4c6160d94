/**
 * An adversary's act told by the other side is the teller's accusation (news-dev conventions: "Iraq's
 * war spokesman said Iran had kept up its attacks" is ACCUSE IRQ→IRN). On an official site the teller
 * is the site's own side, and the act it tells of force used on that side ("Russia has used 2,500
 * missiles against Ukraine", on the Ukrainian president's site) is also its ACCUSE allege against
 * the doer; the act itself stays coded, as the gold keeps some such acts as facts (see #12).
 */
import { reason } from '../../lang/reason.js';
import type { Publisher } from '../discourse/types.js';
import { ploverScore, quadCode, QUAD_OF } from './plover.js';
import type { CodedEvent, EventParticipant } from './types.js';

/** Acts of force or coercion whose telling by the victim's side is an accusation. */
const TOLD_FORCE = new Set(['ASSAULT', 'COERCE']);

/** The accusation an official site's telling of `event` makes, if it is the adversary's force on the site's side. */
export function publisherAccusation(publisher: Publisher, event: CodedEvent): CodedEvent | undefined {
  if (!TOLD_FORCE.has(event.event) || event.negated || event.hypothetical || event.future || event.historical) return undefined;
  const side = publisher.code;
  if (event.speaker && event.speaker.code !== side) return undefined;
  const doers = event.actors.filter((a) => a.code !== undefined && a.code !== side);
  if (!doers.length || doers.length !== event.actors.length || !event.recipients.some((r) => r.code === side)) return undefined;
  const teller: EventParticipant = event.speaker ?? {
    start: event.trigger.start, end: event.trigger.end, tokens: [event.trigger.tokens[0], event.trigger.tokens[1]],
    actorId: `publisher:${publisher.site}`, name: publisher.site, code: side, sector: 'GOV',
  };
  const why = reason('events/told-force', { site: publisher.site, event: event.event });
  return {
    ...event, event: 'ACCUSE', mode: 'allege', cameo: '112', context: [],
    score: ploverScore('ACCUSE', 'allege'), quad: QUAD_OF.ACCUSE, quadCode: quadCode('ACCUSE'),
    actors: [teller], recipients: doers, reasons: [why, ...event.reasons], why: '',
  };
}
