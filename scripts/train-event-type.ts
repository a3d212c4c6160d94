/**
 * `npm run train:event-type`: trains the events stage's learned type step (src/stages/events/event-retype.ts), a
 * softmax model over PLOVER types of which type a coded event's gold holds, on the training gold and news-dev's tune
 * half, and writes its weights to models/events/event-type.json. It learns from the events whose type the gold
 * decides (the rules' type right, or another type that fills an item or leaves the event not false); events false
 * under every type teach nothing about types. The L2 penalty and the confidence at which an event is re-typed are
 * chosen together on the training data alone: each article is scored by a model fitted without its fold (five
 * folds by article), and the pair kept is the one with the best F1 over all groups among those that lower no
 * group's F1 by more than GUARD (as train-event-filter.ts chooses its threshold). With no pair that gains, the
 * confidence is above 1 and the step re-types nothing. `--examples FILE` reads (or, when missing, writes) the
 * gathered examples; `--dry-run` writes no model; `--exclude FILE` (article ids, one a line) leaves those articles
 * out of the gathering.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLOVER_EVENTS } from '../src/ontology/plover.js';
import { EVENT_TYPE, typeChoice, type EventTypeModel } from '../src/stages/events/event-retype.js';
import { fitSoftmax, predictSoftmax, type SoftmaxFitOptions } from '../src/ml/softmax.js';
import { bestType, gatherTypeExamples, typeChange, type GroupTotals, type TypeExample } from './events/event-type-data.js';
import { writeAsset } from './write-asset.js';

const FOLDS = 5;
const PENALTIES = [1, 2, 4, 8];
const CONFIDENCES = Array.from({ length: 56 }, (_, i) => Number((0.4 + i * 0.01).toFixed(2)));
/** The most a group's out-of-fold F1 may fall for a pair to be chosen. */
const GUARD = 0;
const OFF = 1.01;
const MIN_COUNT = 3;
/** Weights below this are left out of the shipped table; the out-of-fold choice is made with the same cut. */
const MIN_WEIGHT = 0.05;
const SOURCE = 'dyad event gold: eval/events/train-gold (readouts, reuters) and news-dev tune half (models/events/SOURCE.md)';

const args = process.argv.slice(2);
const at = args.indexOf('--examples');
const cache = at >= 0 ? args[at + 1] : undefined;
let data: { examples: TypeExample[]; totals: [string, GroupTotals][] };
if (cache && existsSync(cache)) data = JSON.parse(readFileSync(cache, 'utf8')) as typeof data;
else {
  const excludeAt = args.indexOf('--exclude');
  const exclude = excludeAt >= 0 ? readFileSync(args[excludeAt + 1], 'utf8').split('\n').map((l) => l.trim()).filter(Boolean) : [];
  const gathered = await gatherTypeExamples(new Set(exclude));
  data = { examples: gathered.examples, totals: [...gathered.totals] };
  if (cache) writeFileSync(cache, JSON.stringify(data));
}
// Only the events the step may re-type teach it and are changed by it.
const examples = data.examples.filter((x) => x.retypable);
const totals = new Map(data.totals);
// news-dev's four tune folders are one group: 45 articles, too few to judge one by one.
const groupOf = (x: { group: string }): string => x.group.split('/')[0] === 'tune' ? 'tune' : x.group;
const groups = [...new Set(examples.map(groupOf))].sort();
const labelled = (xs: readonly TypeExample[]) => xs.flatMap((x) => {
  const label = bestType(x);
  return label ? [{ features: x.features, label }] : [];
});
const foldOf = (docId: string): number => createHash('sha1').update(docId).digest()[0] % FOLDS;

interface Choice { readonly to: string; readonly p: number }

/** The most likely type other than the rules' and its probability, for each example, by a model that never saw its article. */
function outOfFold(options: SoftmaxFitOptions): Choice[] {
  const choices: Choice[] = new Array<Choice>(examples.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = fitSoftmax(labelled(examples.filter((x) => foldOf(x.docId) !== fold)), PLOVER_EVENTS, { ...options, minWeight: MIN_WEIGHT });
    examples.forEach((x, i) => { if (foldOf(x.docId) === fold) choices[i] = typeChoice(predictSoftmax(model, x.features), x.type, new Set(x.senses)); });
  }
  return choices;
}

const f1 = (t: GroupTotals): number => {
  const precision = (t.predicted - t.false) / Math.max(t.predicted, 1);
  const recall = t.found / Math.max(t.required, 1);
  return (2 * precision * recall) / Math.max(precision + recall, 1e-9);
};

/** The reference totals of `group` ('all' for every group) when every example whose choice reaches `confidence` is re-typed. */
function totalsAt(choices: readonly Choice[], confidence: number, group: string): GroupTotals {
  const t: GroupTotals = { required: 0, found: 0, predicted: 0, false: 0 };
  for (const [g, base] of totals) {
    if (group !== 'all' && groupOf({ group: g }) !== group) continue;
    t.required += base.required; t.found += base.found; t.predicted += base.predicted; t.false += base.false;
  }
  examples.forEach((x, i) => {
    if ((group !== 'all' && groupOf(x) !== group) || choices[i].p < confidence) return;
    const change = typeChange(x, choices[i].to);
    t.found += change.dFound; t.false -= change.dFalse;
  });
  return t;
}

let best = { l2: PENALTIES[0], confidence: OFF, f1: 0, choices: [] as Choice[] };
for (const l2 of PENALTIES) {
  const choices = outOfFold({ l2, minCount: MIN_COUNT });
  if (best.f1 === 0) best = { l2, confidence: OFF, f1: f1(totalsAt(choices, OFF, 'all')), choices };
  for (const confidence of CONFIDENCES) {
    const safe = groups.every((g) => f1(totalsAt(choices, confidence, g)) >= f1(totalsAt(choices, OFF, g)) - GUARD);
    const score = f1(totalsAt(choices, confidence, 'all'));
    if (safe && score > best.f1 + 1e-9) best = { l2, confidence, f1: score, choices };
  }
  console.log(`l2 ${l2}: best so far l2 ${best.l2}, confidence ${best.confidence}, F1 ${best.f1.toFixed(4)}`);
}
for (const g of [...groups, 'all']) {
  const before = totalsAt(best.choices, OFF, g);
  const after = totalsAt(best.choices, best.confidence, g);
  console.log(`${g.padEnd(16)} F1 ${f1(before).toFixed(3)} -> ${f1(after).toFixed(3)}  found ${before.found} -> ${after.found}, false ${before.false} -> ${after.false}`);
}
const retyped = examples.filter((_, i) => best.choices[i].p >= best.confidence);
const pairs = new Map<string, number>();
for (const [i, x] of examples.entries()) if (best.choices[i].p >= best.confidence) pairs.set(`${x.type}->${best.choices[i].to}`, (pairs.get(`${x.type}->${best.choices[i].to}`) ?? 0) + 1);
console.log(`re-typed out of fold: ${retyped.length} (${[...pairs].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')})`);
console.log(`l2 ${best.l2}, confidence ${best.confidence} (out-of-fold); ${examples.length} events, ${labelled(examples).length} decided by the gold, ${examples.filter((x) => (bestType(x) ?? x.type) !== x.type).length} of another type`);

const fitted = fitSoftmax(labelled(examples), PLOVER_EVENTS, { l2: best.l2, minCount: MIN_COUNT, minWeight: MIN_WEIGHT });
const model: EventTypeModel = { ...fitted, confidence: best.confidence };
if (!args.includes('--dry-run')) {
  const path = join(import.meta.dirname, '..', 'models', 'events', 'event-type.json');
  writeAsset(path, EVENT_TYPE, SOURCE, JSON.stringify(model) + '\n');
  console.log(`wrote ${path}: ${Object.keys(model.weights).length} features`);
}
