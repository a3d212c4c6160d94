/**
 * `npm run train:event-filter`: trains the events stage's filter (src/stages/events/event-filter.ts), a logistic
 * model of whether a coded event is false, on the training gold and news-dev's tune half, and writes its weights
 * to models/events/event-filter.json. The L2 penalty and the threshold are chosen together on the training data
 * alone: each article is scored by a model fitted without its fold (five folds by article), and the pair kept is
 * the one with the best F1 over all groups among those that lower no group's F1 by more than GUARD (the keep
 * rule's spirit: a filter that helps one source by hurting another does not generalise). With no pair that gains,
 * the threshold is above 1 and the filter turns nothing down. `--examples FILE` reads (or, when missing, writes)
 * the gathered examples, so that a retrain with other options takes seconds; `--dry-run` writes no model;
 * `--exclude FILE` (article ids, one a line) leaves those articles out of the gathering (a cached `--examples`
 * file keeps what it was gathered with).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_FILTER, type EventFilterModel } from '../src/stages/events/event-filter.js';
import { gatherFilterExamples, type FilterExample, type GroupTotals } from './events/event-filter-data.js';
import { fitLogistic, predictLogistic, type FitOptions } from '../src/ml/logistic.js';
import { writeAsset } from './write-asset.js';

const FOLDS = 5;
const PENALTIES = [2, 4, 8, 16];
const THRESHOLDS = Array.from({ length: 46 }, (_, i) => Number((0.5 + i * 0.01).toFixed(2)));
/** The most a group's out-of-fold F1 may fall for a pair to be chosen. */
const GUARD = 0.005;
const OFF = 1.01;
const SOURCE = 'dyad event gold: eval/events/train-gold (readouts, reuters) and news-dev tune half (models/events/SOURCE.md)';

const args = process.argv.slice(2);
const at = args.indexOf('--examples');
const cache = at >= 0 ? args[at + 1] : undefined;
let data: { examples: FilterExample[]; totals: [string, GroupTotals][] };
if (cache && existsSync(cache)) data = JSON.parse(readFileSync(cache, 'utf8')) as typeof data;
else {
  const excludeAt = args.indexOf('--exclude');
  const exclude = excludeAt >= 0 ? readFileSync(args[excludeAt + 1], 'utf8').split('\n').map((l) => l.trim()).filter(Boolean) : [];
  const gathered = await gatherFilterExamples(new Set(exclude));
  data = { examples: gathered.examples, totals: [...gathered.totals] };
  if (cache) writeFileSync(cache, JSON.stringify(data));
}
const { examples } = data;
const totals = new Map(data.totals);
// news-dev's four tune folders are one group: 45 articles, too few to judge one by one.
const groupOf = (x: { group: string }): string => x.group.split('/')[0] === 'tune' ? 'tune' : x.group;
const groups = [...new Set(examples.map(groupOf))].sort();
const asTraining = (xs: readonly FilterExample[]) => xs.map((x) => ({ features: x.features, positive: x.dFalse > 0 }));
const foldOf = (docId: string): number => createHash('sha1').update(docId).digest()[0] % FOLDS;

/** Each example's score by a model that never saw its article. */
function outOfFold(options: FitOptions): Float64Array {
  const scores = new Float64Array(examples.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = fitLogistic(asTraining(examples.filter((x) => foldOf(x.docId) !== fold)), options);
    examples.forEach((x, i) => { if (foldOf(x.docId) === fold) scores[i] = predictLogistic(model, x.features); });
  }
  return scores;
}

const f1 = (t: GroupTotals): number => {
  const p = (t.predicted - t.false) / Math.max(t.predicted, 1);
  const r = t.found / Math.max(t.required, 1);
  return (2 * p * r) / Math.max(p + r, 1e-9);
};

/** The reference totals of `group` ('all' for every group) when every example scored at or above `threshold` is dropped. */
function totalsAt(scores: Float64Array, threshold: number, group: string): GroupTotals {
  const t: GroupTotals = { required: 0, found: 0, predicted: 0, false: 0 };
  for (const [g, base] of totals) {
    if (group !== 'all' && groupOf({ group: g }) !== group) continue;
    t.required += base.required; t.found += base.found; t.predicted += base.predicted; t.false += base.false;
  }
  examples.forEach((x, i) => {
    if ((group !== 'all' && groupOf(x) !== group) || scores[i] < threshold) return;
    t.predicted -= 1; t.found -= x.dFound; t.false -= x.dFalse;
  });
  return t;
}

let best: { l2: number; threshold: number; f1: number; scores: Float64Array } = { l2: PENALTIES[0], threshold: OFF, f1: 0, scores: new Float64Array(examples.length) };
for (const l2 of PENALTIES) {
  const scores = outOfFold({ l2, minCount: 3 });
  if (best.f1 === 0) best = { l2, threshold: OFF, f1: f1(totalsAt(scores, OFF, 'all')), scores };
  for (const threshold of THRESHOLDS) {
    const safe = groups.every((g) => f1(totalsAt(scores, threshold, g)) >= f1(totalsAt(scores, OFF, g)) - GUARD);
    const score = f1(totalsAt(scores, threshold, 'all'));
    if (safe && score > best.f1 + 1e-9) best = { l2, threshold, f1: score, scores };
  }
}
for (const g of [...groups, 'all']) {
  const before = totalsAt(best.scores, OFF, g);
  const after = totalsAt(best.scores, best.threshold, g);
  console.log(`${g.padEnd(16)} F1 ${f1(before).toFixed(3)} -> ${f1(after).toFixed(3)}  found ${before.found} -> ${after.found}, false ${before.false} -> ${after.false}, predicted ${before.predicted} -> ${after.predicted}`);
}
console.log(`l2 ${best.l2}, threshold ${best.threshold} (out-of-fold); ${examples.length} events, ${examples.filter((x) => x.dFalse > 0).length} false`);

const fitted = fitLogistic(asTraining(examples), { l2: best.l2, minCount: 3 });
const model: EventFilterModel = { bias: fitted.bias, weights: fitted.weights, threshold: best.threshold };
if (!args.includes('--dry-run')) {
  const path = join(import.meta.dirname, '..', 'models', 'events', 'event-filter.json');
  writeAsset(path, EVENT_FILTER, SOURCE, JSON.stringify(model, null, 1) + '\n');
  console.log(`wrote ${path}: ${Object.keys(model.weights).length} weights`);
}
