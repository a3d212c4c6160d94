/**
 * `npm run train:event-filter`: trains the events stage's filter (src/stages/events/event-filter.ts), a logistic
 * model of whether a coded event is false, on the training gold and news-dev's tune half, and writes its weights
 * to models/events/event-filter.json. The L2 penalty and the threshold are chosen together on the training data
 * alone, out of fold (scripts/events/fold-search.ts), among the pairs that lower no group's F1 by more than GUARD.
 * With no pair that gains, the threshold is above 1 and the filter turns nothing down. `--examples FILE` reads (or,
 * when missing, writes) the gathered examples, so that a retrain with other options takes seconds; `--dry-run`
 * writes no model; `--exclude FILE` (article ids, one a line) leaves those articles out of the gathering (a cached
 * `--examples` file keeps what it was gathered with); `--weigh GROUP=W,...` (groups as the fold search prints
 * them: `train/readouts`, `train/reuters`, `tune`) makes each example of a group count W times in the fit and its
 * totals W times in the choice, so a source can count as its share should rather than as its size (session 36:
 * the wire at its old share of the readouts, `train/reuters=0.45`, lost on check and held-out; see the events README).
 */
import { join } from 'node:path';
import { EVENT_FILTER, type EventFilterModel } from '../src/stages/events/event-filter.js';
import { gatherFilterExamples, type FilterExample } from './events/event-filter-data.js';
import { baseTotals, fitAll, groupOf, loadExamples, optionOf, searchPenaltyAndThreshold, type GroupTotals } from './events/fold-search.js';
import { writeAsset } from './write-asset.js';

const THRESHOLDS = Array.from({ length: 46 }, (_, i) => Number((0.5 + i * 0.01).toFixed(2)));
/** The most a group's out-of-fold F1 may fall for a pair to be chosen. */
const GUARD = 0.005;
const SOURCE = 'dyad event gold: eval/events/train-gold (readouts, reuters) and news-dev tune half (models/events/SOURCE.md)';

const args = process.argv.slice(2);
const { examples, totals } = await loadExamples(args, gatherFilterExamples);
const isFalse = (x: FilterExample): boolean => x.dFalse > 0;

/** The reference totals of `group` ('all' for every group) when every example scored at or above `threshold` is dropped. */
function totalsAt(scores: Float64Array, threshold: number, group: string): GroupTotals {
  const t = baseTotals(totals, group);
  examples.forEach((x, i) => {
    if ((group !== 'all' && groupOf(x) !== group) || scores[i] < threshold) return;
    t.predicted -= 1; t.found -= x.dFound; t.false -= x.dFalse;
  });
  return t;
}

/** The `--weigh` option's weight of each group (1 for a group it does not name), or none. */
function groupWeights(option: string | undefined): ((group: string) => number) | undefined {
  if (!option) return undefined;
  const weights = new Map(option.split(',').map((pair) => {
    const [group, weight] = pair.split('=');
    return [group, Number(weight)] as const;
  }));
  return (group) => weights.get(group) ?? 1;
}

const weightOf = groupWeights(optionOf(args, '--weigh'));
const best = searchPenaltyAndThreshold({ examples, positive: isFalse, thresholds: THRESHOLDS, guard: GUARD, totalsAt, weightOf });
console.log(`l2 ${best.l2}, threshold ${best.threshold} (out-of-fold); ${examples.length} events, ${examples.filter(isFalse).length} false`);

const fitted = fitAll(examples, isFalse, best.l2, weightOf);
const model: EventFilterModel = { bias: fitted.bias, weights: fitted.weights, threshold: best.threshold };
if (!args.includes('--dry-run')) {
  const path = join(import.meta.dirname, '..', 'models', 'events', 'event-filter.json');
  writeAsset(path, EVENT_FILTER, SOURCE, JSON.stringify(model, null, 1) + '\n');
  console.log(`wrote ${path}: ${Object.keys(model.weights).length} weights`);
}
