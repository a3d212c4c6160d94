/**
 * `npm run train:event-rescue`: trains the events stage's learned rescue (src/stages/events/event-rescue.ts), a
 * logistic model of whether a trigger a clause rule turned down is an event after all, on the training gold and
 * news-dev's tune half, and writes its weights to models/events/event-rescue.json. The L2 penalty and the threshold
 * are chosen together on the training data alone, out of fold (scripts/events/fold-search.ts), among the pairs that
 * lower no group's F1 by more than GUARD (none, by default). With no pair that gains, the threshold is above 1 and
 * nothing is kept. `--examples FILE` reads (or, when missing, writes) the gathered examples; `--dry-run` writes no
 * model; `--exclude FILE` (article ids, one a line) leaves those articles out of the gathering.
 */
import { join } from 'node:path';
import { EVENT_RESCUE, type EventRescueModel } from '../src/stages/events/event-rescue.js';
import { gatherRescueExamples, type RescueExample } from './events/event-rescue-data.js';
import { baseTotals, fitAll, groupOf, loadExamples, optionOf, searchPenaltyAndThreshold, type GroupTotals } from './events/fold-search.js';
import { writeAsset } from './write-asset.js';

/** From 0.2: keeping an event raises F1 when its chance of filling an item exceeds about half the F1 (~0.28 here). */
const THRESHOLDS = Array.from({ length: 76 }, (_, i) => Number((0.2 + i * 0.01).toFixed(2)));
/**
 * The most a group's out-of-fold F1 may fall for a pair to be chosen (`--guard` to change it). None: with the
 * filter's 0.005 the search took threshold 0.2, whose extra readout events cost the held-out readouts 0.02.
 */
const GUARD_DEFAULT = 0;
const SOURCE = 'dyad event gold: eval/events/train-gold (readouts, reuters) and news-dev tune half (models/events/SOURCE.md)';

const args = process.argv.slice(2);
const GUARD = Number(optionOf(args, '--guard') ?? GUARD_DEFAULT);
const { examples, totals } = await loadExamples(args, gatherRescueExamples);
const fills = (x: RescueExample): boolean => x.dFound > 0;

// What the rules passed over could give at most: per rule, the triggers read again and those one of whose readings fills a required item.
const byRule = new Map<string, { triggers: Set<string>; filling: Set<string>; readings: number }>();
for (const x of examples) {
  const r = byRule.get(x.rule) ?? { triggers: new Set<string>(), filling: new Set<string>(), readings: 0 };
  const key = `${x.docId}\u0000${x.trigger}`;
  r.triggers.add(key); r.readings += 1;
  if (fills(x)) r.filling.add(key);
  byRule.set(x.rule, r);
}
for (const [rule, r] of [...byRule].sort((a, b) => b[1].filling.size - a[1].filling.size)) console.log(`${rule.padEnd(28)} ${r.triggers.size} triggers (${r.readings} readings), ${r.filling.size} with a reading that fills a required item`);

/** Each trigger's best-scored reading: the only one the rescue may keep. */
function bestReadings(scores: Float64Array): number[] {
  const best = new Map<string, number>();
  examples.forEach((x, i) => {
    const key = `${x.docId}\u0000${x.trigger}`;
    const at = best.get(key);
    if (at === undefined || scores[i] > scores[at]) best.set(key, i);
  });
  return [...best.values()];
}

/** The reference totals of `group` ('all' for every group) when each trigger's best reading scored at or above `threshold` is kept. */
function totalsAt(scores: Float64Array, threshold: number, group: string): GroupTotals {
  const t = baseTotals(totals, group);
  for (const i of bestReadings(scores)) {
    const x = examples[i];
    if ((group !== 'all' && groupOf(x) !== group) || scores[i] < threshold) continue;
    t.predicted += 1; t.found += x.dFound; t.false += x.dFalse;
  }
  return t;
}

const best = searchPenaltyAndThreshold({ examples, positive: fills, thresholds: THRESHOLDS, guard: GUARD, totalsAt });
console.log(`l2 ${best.l2}, threshold ${best.threshold} (out-of-fold); ${examples.length} candidates, ${examples.filter(fills).length} fill a required item`);

const fitted = fitAll(examples, fills, best.l2);
const model: EventRescueModel = { bias: fitted.bias, weights: fitted.weights, threshold: best.threshold };
if (!args.includes('--dry-run')) {
  const path = join(import.meta.dirname, '..', 'models', 'events', 'event-rescue.json');
  writeAsset(path, EVENT_RESCUE, SOURCE, JSON.stringify(model, null, 1) + '\n');
  console.log(`wrote ${path}: ${Object.keys(model.weights).length} weights`);
}
