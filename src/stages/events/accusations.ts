/**
 * An adversary's act told by the other side is the teller's accusation (news-dev conventions: "Iraq's
 * war spokesman said Iran had kept up its attacks" is ACCUSE IRQ→IRN). On an official site the teller
 * is the site's own side: force its named speaker tells of as used on that side ("He said that the
 * Russian army continues to bomb Ukrainian cities") is also the site's ACCUSE allege against the doer,
 * and so is coercion told in the site's own voice ("citizens illegally detained by Russia", "the losses
 * that Russia has inflicted on Ukraine"). An attack told in the site's own voice, with no speaker (an
 * address it publishes, its narration: "They fired at other cities of our state"), is reported as the
 * fact it is: news-dev ("two cruise missiles hit Freedom Square") and the training gold code it ASSAULT
 * alone. The act itself stays coded in every case (see #12).
 */
import { reason } from '../../lang/reason.js';
import type { Publisher } from '../discourse/types.js';
import { ploverScore, quadCode, QUAD_OF } from './plover.js';
import type { CodedEvent, EventParticipant } from './types.js';

/** Acts of force or coercion whose telling by the victim's side, through a named speaker, is an accusation. */
const TOLD_FORCE = new Set(['ASSAULT', 'COERCE']);
/** Those whose telling in the site's own voice, with no speaker, is one as well: a wrong done to its people. */
const NARRATED_WRONG = new Set(['COERCE']);

/** The accusation an official site's telling of `event` makes, if it is the adversary's force on the site's side. */
export function publisherAccusation(publisher: Publisher, event: CodedEvent): CodedEvent | undefined {
  if (!TOLD_FORCE.has(event.event) || event.negated || event.hypothetical || event.future || event.historical) return undefined;
  const side = publisher.code;
  if (event.speaker ? event.speaker.code !== side : !NARRATED_WRONG.has(event.event)) return undefined;
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
