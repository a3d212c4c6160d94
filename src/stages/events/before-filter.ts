import { codeEvents, type EventInput } from './code-events.js';
import { loadEventRescue, type EventRescueModel } from './event-rescue.js';
import { loadLexicon, type RuntimeLexicon } from './lexicon.js';
import { loadEventStance } from './statement-stance.js';
import type { EventLayer } from './types.js';

/** The options of the steps that run before the learned filter: the events stage's, and its gatherer's (#12). */
export interface BeforeFilterOptions {
  /** A lexicon to use instead of the shipped one (tests, custom dictionaries). */
  readonly lexicon?: RuntimeLexicon;
  /**
   * Keep triggers a rule turned down when the learned rescue finds them likely events after all (event-rescue.ts):
   * `true` (the default) for the shipped model, a model, or `false` for the rules' output alone (what its own
   * training codes). On by default since session 35: news-dev check 0.513 -> 0.518 with no folder down,
   * held-out 0.513 -> 0.517, PLOVER GSR unchanged (filter on; with `filter: false` check 0.505 -> 0.511, held-out 0.507 -> 0.512).
   */
  readonly rescue?: boolean | EventRescueModel;
  /**
   * Code the content of a statement turned down as one ("said Labour had been responsible for huge waste": ACCUSE) when
   * the learned statement-content step finds it a verdict, refusal, praise, call or pledge (statement-stance.ts): `true`
   * (the default, with the rescue) for the shipped model, a model, or `false` for none. Runs only when the rescue does.
   */
  readonly stance?: boolean | EventRescueModel;
}

/**
 * The events the stage codes before its learned filter: the rules, the rescue and the statement-content step, each
 * model as `options` choose. The stage (index.ts) and the filter's gatherer (scripts/events/event-filter-data.ts) both
 * call it, so the filter is trained on the events it judges at run time, rescued and statement ones too (session 46;
 * before, the gatherer coded the rules alone and the filter had never seen a rescued event's features).
 */
export function codeBeforeFilter(doc: EventInput, options: BeforeFilterOptions = {}): EventLayer {
  const rescueOption = options.rescue ?? true;
  const rescue = rescueOption === true ? loadEventRescue() : rescueOption || undefined;
  const stanceOption = options.stance ?? true;
  const stance = stanceOption === true ? loadEventStance() : stanceOption || undefined;
  return codeEvents(doc, options.lexicon ?? loadLexicon(), rescue ? { model: rescue, ...(stance ? { stance } : {}) } : undefined);
}
