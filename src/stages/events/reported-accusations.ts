/**
 * An adversary's act of force told by someone of another side is the teller's accusation: "Iraq's
 * war spokesman said Iran had kept up its attacks" is ACCUSE IRQ→IRN, "Pakistani officials said
 * Afghan aircraft raided Pakistani villages" ACCUSE PAK→AFG (news-dev conventions; #12). An
 * official site's own telling is `accusations.ts`; this is the reported speech of a named speaker.
 * The act itself stays coded, as the gold keeps such acts too.
 */
import { reason } from '../../lang/reason.js';
import { ploverScore, quadCode, QUAD_OF } from './plover.js';
import type { CodedEvent } from './types.js';

/** Acts of force or coercion whose telling by another side is an accusation. */
const TOLD_FORCE = new Set(['ASSAULT', 'COERCE']);

/** The accusation a speaker's report of `event` makes, if it tells of force by another side. */
export function reportedAccusation(event: CodedEvent): CodedEvent | undefined {
  const { speaker } = event;
  if (!speaker?.code || !TOLD_FORCE.has(event.event) || event.negated || event.hypothetical || event.future || event.historical) return undefined;
  const doers = event.actors.filter((a) => a.code !== undefined && a.code !== speaker.code);
  if (!doers.length || doers.length !== event.actors.length) return undefined;
  // Force on a third party is the speaker's report, not the speaker's grievance.
  if (event.recipients.some((r) => r.code !== undefined && r.code !== speaker.code)) return undefined;
  const why = reason('events/reported-force', { speaker: speaker.name, event: event.event });
  return {
    ...event, event: 'ACCUSE', mode: 'allege', cameo: '112', context: [],
    score: ploverScore('ACCUSE', 'allege'), quad: QUAD_OF.ACCUSE, quadCode: quadCode('ACCUSE'),
    actors: [speaker], recipients: doers, reasons: [why, ...event.reasons], why: '',
  };
}
