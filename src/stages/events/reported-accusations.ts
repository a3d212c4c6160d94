/**
 * An adversary's act of force told by someone of another side is the teller's accusation: "Iraq's
 * war spokesman said Iran had kept up its attacks" is ACCUSE IRQ→IRN, "Pakistani officials said
 * Afghan aircraft raided Pakistani villages" ACCUSE PAK→AFG (news-dev conventions; #12). An
 * official site's own telling is `accusations.ts`; this is the reported speech of a named speaker.
 * A wrong told the same way blames its doer as well, whatever type the lexicon gives the verb:
 * "said Iran had breached the treaty" (REJECT, defying norms) is ACCUSE IRQ→IRN (the
 * wronging-verb class of `data/rule-words.tsv`; uncoded wrongs are `speech-content.ts`'s).
 * The act itself stays coded, as the gold keeps such acts too.
 */
import { reason } from '../../lang/reason.js';
import { refusedDuty } from './failed-duty.js';
import { ploverScore, quadCode, QUAD_OF } from './plover.js';
import { ruleWords } from './rule-words.js';
import { isOtherSide, type PersonBodies } from './sides.js';
import type { CodedEvent } from './types.js';

/** Acts of force or coercion whose telling by another side is an accusation. */
const TOLD_FORCE = new Set(['ASSAULT', 'COERCE']);
/** Verbs of a wrong done to another side or to a pact ("violate", "breach", "ignore"): told by another side, an accusation. */
export const WRONGING = ruleWords('wronging-verb');

/**
 * The accusation a speaker's report of `event` (its trigger's lemma `lemma`) makes, if it tells of force or a wrong by another
 * side; `bodies` are the document's people's parties (sides.ts).
 */
export function reportedAccusation(event: CodedEvent, lemma: string, bodies?: PersonBodies): CodedEvent | undefined {
  const { speaker } = event;
  const told = TOLD_FORCE.has(event.event) || (WRONGING.has(lemma) && event.event !== 'ACCUSE') || refusedDuty(event, lemma);
  if (!speaker?.code || !told || event.negated || event.hypothetical || event.future || event.historical) return undefined;
  const doers = event.actors.filter((a) => isOtherSide(speaker, a, bodies));
  if (!doers.length || doers.length !== event.actors.length) return undefined;
  // Force on a third party is the speaker's report, not the speaker's grievance.
  if (event.recipients.some((r) => isOtherSide(speaker, r, bodies))) return undefined;
  const why = TOLD_FORCE.has(event.event) ? reason('events/reported-force', { speaker: speaker.name, event: event.event }) : reason('events/reported-wrong', { speaker: speaker.name, verb: lemma });
  return {
    ...event, event: 'ACCUSE', mode: 'allege', cameo: '112', context: [],
    score: ploverScore('ACCUSE', 'allege'), quad: QUAD_OF.ACCUSE, quadCode: quadCode('ACCUSE'),
    actors: [speaker], recipients: doers, reasons: [why, ...event.reasons], why: '',
  };
}
