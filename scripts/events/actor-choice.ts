/**
 * The learned rescue's actor choice (src/stages/events/event-rescue.ts): of the actors offered a trigger with no
 * actor, which one to read. A logistic model over how each was offered (`isChoiceFeature`: origin, agreement of
 * origins, the mention's relation, the trigger's own subject), fitted on the triggers one of whose readings fills a
 * required item and another does not, the filling readings positive. The rescue then judges one reading per trigger:
 * with every offer judged, the best of several noisy scores passes the threshold more often than the trigger deserves.
 */
import { createHash } from 'node:crypto';
import { fitLogistic, predictLogistic, type Logistic } from '../../src/ml/logistic.js';
import { NO_ACTOR } from '../../src/stages/events/event-rescue.js';
import { isChoiceFeature } from '../../src/stages/events/rescue-features.js';
import type { RescueExample } from './event-rescue-data.js';

/** As the fold search's (fold-search.ts): five folds by article. */
const FOLDS = 5;
const foldOf = (docId: string): number => createHash('sha1').update(docId).digest()[0] % FOLDS;
/** Few triggers teach the choice (about 60 with a filling reading): a firm penalty. */
const L2 = 4;

type Fills = (x: RescueExample) => boolean;

/** Each no-actor trigger's readings, by article and trigger token. */
function byTrigger(examples: readonly RescueExample[]): Map<string, RescueExample[]> {
  const out = new Map<string, RescueExample[]>();
  for (const x of examples) if (x.rule === NO_ACTOR) { const k = `${x.docId}\u0000${x.trigger}`; out.set(k, [...(out.get(k) ?? []), x]); }
  return out;
}

/** The actor choice fitted on `examples` (those of articles `keep` accepts). */
export function fitActorChoice(examples: readonly RescueExample[], fills: Fills, keep: (docId: string) => boolean = () => true): Logistic {
  const training = [...byTrigger(examples).values()]
    .filter((rs) => keep(rs[0].docId) && rs.some(fills) && !rs.every(fills))
    .flat().map((x) => ({ features: x.features.filter(isChoiceFeature), positive: fills(x) }));
  return fitLogistic(training, { l2: L2, minCount: 2 });
}

/**
 * The examples with each no-actor trigger's readings cut to the one the choice ranks first, the choice for each
 * article fitted without it (out of fold), so that the rescue's threshold search sees the choice as it is on new text.
 */
export function chooseActors(examples: readonly RescueExample[], fills: Fills): RescueExample[] {
  const choices = Array.from({ length: FOLDS }, (_, fold) => fitActorChoice(examples, fills, (docId) => foldOf(docId) !== fold));
  const chosen = new Set<RescueExample>();
  let filled = 0;
  let fillable = 0;
  for (const rs of byTrigger(examples).values()) {
    const choice = choices[foldOf(rs[0].docId)];
    const best = rs.reduce((b, x) => (predictLogistic(choice, x.features.filter(isChoiceFeature)) > predictLogistic(choice, b.features.filter(isChoiceFeature)) ? x : b));
    chosen.add(best);
    if (rs.some(fills)) fillable += 1;
    if (fills(best)) filled += 1;
  }
  console.log(`actor choice (out of fold): ${filled} of the ${fillable} no-actor triggers with a filling reading get one`);
  return examples.filter((x) => x.rule !== NO_ACTOR || chosen.has(x));
}
