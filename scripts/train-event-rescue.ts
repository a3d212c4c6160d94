/**
 * `npm run train:event-rescue`: trains the events stage's learned rescue (src/stages/events/event-rescue.ts), a
 * logistic model of whether a trigger a clause rule turned down is an event after all, on the training gold and
 * news-dev's tune half, and writes its weights to models/events/event-rescue.json. The L2 penalty and the threshold
 * are chosen together on the training data alone: each article's candidates are scored by a model fitted without
 * its fold (five folds by article), and the pair kept is the one with the best F1 over all groups among those that
 * lower no group's F1 by more than GUARD (none, by default). With no pair that gains, the threshold is above 1 and nothing is kept.
 * `--examples FILE` reads (or, when missing, writes) the gathered examples; `--dry-run` writes no model;
 * `--exclude FILE` (article ids, one a line) leaves those articles out of the gathering.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_RESCUE, type EventRescueModel } from '../src/stages/events/event-rescue.js';
import { gatherRescueExamples, type GroupTotals, type RescueExample } from './events/event-rescue-data.js';
import { fitLogistic, predictLogistic, type FitOptions } from '../src/ml/logistic.js';
import { writeAsset } from './write-asset.js';

const FOLDS = 5;
const PENALTIES = [2, 4, 8, 16];
/** From 0.2: keeping an event raises F1 when its chance of filling an item exceeds about half the F1 (~0.28 here). */
const THRESHOLDS = Array.from({ length: 76 }, (_, i) => Number((0.2 + i * 0.01).toFixed(2)));
/**
 * The most a group's out-of-fold F1 may fall for a pair to be chosen (`--guard` to change it). None: with the
 * filter's 0.005 the search took threshold 0.2, whose extra readout events cost the held-out readouts 0.02.
 */
const GUARD_DEFAULT = 0;
const OFF = 1.01;
const SOURCE = 'dyad event gold: eval/events/train-gold (readouts, reuters) and news-dev tune half (models/events/SOURCE.md)';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const cache = option('--examples');
const GUARD = Number(option('--guard') ?? GUARD_DEFAULT);
let data: { examples: RescueExample[]; totals: [string, GroupTotals][] };
if (cache && existsSync(cache)) data = JSON.parse(readFileSync(cache, 'utf8')) as typeof data;
else {
  const excluded = option('--exclude');
  const exclude = excluded ? readFileSync(excluded, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean) : [];
  const gathered = await gatherRescueExamples(new Set(exclude));
  data = { examples: gathered.examples, totals: [...gathered.totals] };
  if (cache) writeFileSync(cache, JSON.stringify(data));
}
const { examples } = data;
const totals = new Map(data.totals);
// news-dev's four tune folders are one group: 45 articles, too few to judge one by one.
const groupOf = (x: { group: string }): string => x.group.split('/')[0] === 'tune' ? 'tune' : x.group;
const groups = [...new Set(examples.map(groupOf))].sort();
const asTraining = (xs: readonly RescueExample[]) => xs.map((x) => ({ features: x.features, positive: x.dFound > 0 }));
const foldOf = (docId: string): number => createHash('sha1').update(docId).digest()[0] % FOLDS;

// What the rules passed over could give at most: per rule, the triggers read again and those one of whose readings fills a required item.
const byRule = new Map<string, { triggers: Set<string>; filling: Set<string>; readings: number }>();
for (const x of examples) {
  const r = byRule.get(x.rule) ?? { triggers: new Set<string>(), filling: new Set<string>(), readings: 0 };
  const key = `${x.docId}\u0000${x.trigger}`;
  r.triggers.add(key); r.readings += 1;
  if (x.dFound > 0) r.filling.add(key);
  byRule.set(x.rule, r);
}
for (const [rule, r] of [...byRule].sort((a, b) => b[1].filling.size - a[1].filling.size)) console.log(`${rule.padEnd(28)} ${r.triggers.size} triggers (${r.readings} readings), ${r.filling.size} with a reading that fills a required item`);

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
  const t: GroupTotals = { required: 0, found: 0, predicted: 0, false: 0 };
  for (const [g, base] of totals) {
    if (group !== 'all' && groupOf({ group: g }) !== group) continue;
    t.required += base.required; t.found += base.found; t.predicted += base.predicted; t.false += base.false;
  }
  for (const i of bestReadings(scores)) {
    const x = examples[i];
    if ((group !== 'all' && groupOf(x) !== group) || scores[i] < threshold) continue;
    t.predicted += 1; t.found += x.dFound; t.false += x.dFalse;
  }
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
console.log(`l2 ${best.l2}, threshold ${best.threshold} (out-of-fold); ${examples.length} candidates, ${examples.filter((x) => x.dFound > 0).length} fill a required item`);

const fitted = fitLogistic(asTraining(examples), { l2: best.l2, minCount: 3 });
const model: EventRescueModel = { bias: fitted.bias, weights: fitted.weights, threshold: best.threshold };
if (!args.includes('--dry-run')) {
  const path = join(import.meta.dirname, '..', 'models', 'events', 'event-rescue.json');
  writeAsset(path, EVENT_RESCUE, SOURCE, JSON.stringify(model, null, 1) + '\n');
  console.log(`wrote ${path}: ${Object.keys(model.weights).length} weights`);
}
