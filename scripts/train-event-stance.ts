/**
 * `npm run train:event-stance`: trains the events stage's statement-content step (src/stages/events/statement-stance.ts),
 * a logistic model of whether the content of a statement turned down as one is a verdict, refusal, praise, call or
 * pledge of a given type, on the training gold alone (`eval/events/train-gold/`; news-dev's tune half is left to
 * measure it), and writes its weights to models/events/event-stance.json. The recipe is the rescue's
 * (scripts/events/rescue-recipe.ts): the L2 penalty and the threshold chosen together out of fold (folds by story),
 * each statement's best-scored reading alone competing, among the pairs that lower no group's F1 (bbc, readouts,
 * reuters); with no pair that gains, the threshold is one no score reaches and the step changes nothing.
 * A feature needs STANCE_MIN_COUNT readings (`--min-count N`) to get a weight: a word of a few stories is the story's,
 * not a type's cue, and the model stays small; weights are written to four decimals. `--features words+classes|classes`
 * chooses the feature set (stance-recipe.ts; words+classes when absent): the cross-fit (`cross-fit.ts --stance retrain
 * --stance-features …`) trains each fold by the same recipe to judge the choice on text the model has not seen.
 * `--threshold T` holds the threshold at T instead of choosing it (stance-recipe.ts; the penalty is still chosen at T).
 * `--examples FILE` reads (or, when missing, writes) the gathered readings; `--dry-run` writes no model.
 */
import { join } from 'node:path';
import { EVENT_STANCE } from '../src/stages/events/statement-stance.js';
import { gatherStanceExamples } from './events/event-rescue-data.js';
import { loadExamples, optionOf, penaltiesOf } from './events/fold-search.js';
import { fillsItem } from './events/rescue-recipe.js';
import { STANCE_MIN_COUNT, stanceFeatureSet, thresholdOf, trainStance } from './events/stance-recipe.js';
import { writeAsset } from './write-asset.js';

const SOURCE = 'dyad event gold: eval/events/train-gold (bbc, readouts, reuters) (models/events/SOURCE.md)';

const args = process.argv.slice(2);
const { examples, totals } = await loadExamples(args, gatherStanceExamples);
const statements = new Set(examples.map((x) => `${x.docId}\u0000${x.trigger}`));
const filling = new Set(examples.filter(fillsItem).map((x) => `${x.docId}\u0000${x.trigger}`));
const byType = new Map<string, number>();
for (const x of examples) if (fillsItem(x)) byType.set(x.event, (byType.get(x.event) ?? 0) + 1);
console.log(`${statements.size} statements with a content (${examples.length} readings), ${filling.size} with a reading that fills a required item: ${[...byType].map(([t, n]) => `${t} ${n}`).join(', ')}`);

const penalties = penaltiesOf(optionOf(args, '--penalties'));
const minCount = Number(optionOf(args, '--min-count') ?? STANCE_MIN_COUNT);
const features = stanceFeatureSet(optionOf(args, '--features'));
const fixed = thresholdOf(optionOf(args, '--threshold'));
const trained = trainStance({
  examples, totals, features, minCount, log: (line) => console.log(line), ...(penalties ? { penalties } : {}), ...(fixed !== undefined ? { threshold: fixed } : {}),
});
const { l2, threshold } = trained;
const model = { ...trained.model, weights: Object.fromEntries(Object.entries(trained.model.weights).map(([f, w]) => [f, Number(w.toFixed(4))])) };
console.log(`features ${features}: l2 ${l2}, threshold ${threshold} (out-of-fold)`);
if (!args.includes('--dry-run')) {
  const path = join(import.meta.dirname, '..', 'models', 'events', 'event-stance.json');
  writeAsset(path, EVENT_STANCE, SOURCE, JSON.stringify(model, null, 1) + '\n');
  console.log(`wrote ${path}: ${Object.keys(model.weights).length} weights`);
}
