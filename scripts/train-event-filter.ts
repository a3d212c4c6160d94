/**
 * `npm run train:event-filter`: trains the events stage's filter (src/stages/events/event-filter.ts), a logistic
 * model of whether a coded event is false, on the training gold and news-dev's tune half, and writes its weights
 * to models/events/event-filter.json. The recipe (scripts/events/filter-recipe.ts) chooses the L2 penalty and the
 * threshold together on the training data alone, out of fold (folds of stories), among the pairs that lower no
 * group's F1 by more than a guard, on a smoothed F1 curve with the stronger penalty winning a near tie
 * (steady-choice.ts); with no pair that gains, the threshold is above 1 and the filter turns nothing down. `--examples FILE`
 * reads (or, when missing, writes) the gathered examples, so that a retrain with other options takes seconds;
 * `--dry-run` writes no model; `--exclude FILE` (article ids, one a line) leaves those articles out of the gathering
 * (a cached `--examples` file keeps what it was gathered with); `--weigh GROUP=W,...` (groups as the fold search prints
 * them: `train/readouts`, `train/reuters`, `tune`) makes each example of a group count W times in the fit and its
 * totals W times in the choice, so a source can count as its share should rather than as its size (session 36:
 * the wire at its old share of the readouts, `train/reuters=0.45`, lost on check and held-out; see the events README);
 * `--penalties 8,16,...` sets the L2 penalties tried (filter-recipe.ts: 16, 32, 64). scripts/events/cross-fit.ts judges a retrain on unseen text.
 */
import { join } from 'node:path';
import { EVENT_FILTER } from '../src/stages/events/event-filter.js';
import { gatherFilterExamples } from './events/event-filter-data.js';
import { isFalseEvent, trainFilter } from './events/filter-recipe.js';
import { groupWeights, loadExamples, optionOf, penaltiesOf } from './events/fold-search.js';
import { writeAsset } from './write-asset.js';

const SOURCE = 'dyad event gold: eval/events/train-gold (bbc, readouts, reuters) and news-dev tune half (models/events/SOURCE.md)';

const args = process.argv.slice(2);
const { examples, totals } = await loadExamples(args, gatherFilterExamples);
const weightOf = groupWeights(optionOf(args, '--weigh'));
const penalties = penaltiesOf(optionOf(args, '--penalties'));
const { model, l2, threshold } = trainFilter({ examples, totals, ...(weightOf ? { weightOf } : {}), ...(penalties ? { penalties } : {}) });
console.log(`l2 ${l2}, threshold ${threshold} (out-of-fold); ${examples.length} events, ${examples.filter(isFalseEvent).length} false`);
if (!args.includes('--dry-run')) {
  const path = join(import.meta.dirname, '..', 'models', 'events', 'event-filter.json');
  writeAsset(path, EVENT_FILTER, SOURCE, JSON.stringify(model, null, 1) + '\n');
  console.log(`wrote ${path}: ${Object.keys(model.weights).length} weights`);
}
