/**
 * `npm run train:event-rescue`: trains the events stage's learned rescue (src/stages/events/event-rescue.ts), a
 * logistic model of whether a trigger a clause rule turned down is an event after all, on the training gold and
 * news-dev's tune half, and writes its weights to models/events/event-rescue.json. The recipe
 * (scripts/events/rescue-recipe.ts) chooses the L2 penalty and the threshold together on the training data alone, out
 * of fold, among the pairs that lower no group's F1 by more than the guard (`--guard`, none by default), by the plain
 * argmax the shipped model was chosen by (RESCUE_CHOICE), not the filter's steady choice (steady-choice.ts), which
 * was measured for the filter only and on the rescue's curves took its range's edge; with no pair that gains,
 * nothing is kept. `--examples FILE` reads (or, when missing, writes) the gathered examples; `--dry-run`
 * writes no model; `--exclude FILE` (article ids, one a line) leaves those articles out of the gathering;
 * `--penalties 2,4,...` sets the L2 penalties tried. scripts/events/cross-fit.ts judges a retrain on unseen text.
 */
import { join } from 'node:path';
import { EVENT_RESCUE } from '../src/stages/events/event-rescue.js';
import { gatherRescueExamples } from './events/event-rescue-data.js';
import { loadExamples, optionOf, penaltiesOf } from './events/fold-search.js';
import { fillsItem, RESCUE_GUARD, trainRescue } from './events/rescue-recipe.js';
import { writeAsset } from './write-asset.js';

const SOURCE = 'dyad event gold: eval/events/train-gold (bbc, readouts, reuters) and news-dev tune half (models/events/SOURCE.md)';

const args = process.argv.slice(2);
const guard = Number(optionOf(args, '--guard') ?? RESCUE_GUARD);
const { examples, totals } = await loadExamples(args, gatherRescueExamples);

// What the rules passed over could give at most: per rule, the triggers read again and those one of whose readings fills a required item.
const byRule = new Map<string, { triggers: Set<string>; filling: Set<string>; readings: number }>();
for (const x of examples) {
  const r = byRule.get(x.rule) ?? { triggers: new Set<string>(), filling: new Set<string>(), readings: 0 };
  const key = `${x.docId}\u0000${x.trigger}`;
  r.triggers.add(key); r.readings += 1;
  if (fillsItem(x)) r.filling.add(key);
  byRule.set(x.rule, r);
}
for (const [rule, r] of [...byRule].sort((a, b) => b[1].filling.size - a[1].filling.size)) console.log(`${rule.padEnd(28)} ${r.triggers.size} triggers (${r.readings} readings), ${r.filling.size} with a reading that fills a required item`);

const penalties = penaltiesOf(optionOf(args, '--penalties'));
const { model, l2, threshold } = trainRescue({ examples, totals, guard, ...(penalties ? { penalties } : {}) });
console.log(`l2 ${l2}, threshold ${threshold} (out-of-fold); ${examples.length} candidates, ${examples.filter(fillsItem).length} fill a required item`);
if (!args.includes('--dry-run')) {
  const path = join(import.meta.dirname, '..', 'models', 'events', 'event-rescue.json');
  writeAsset(path, EVENT_RESCUE, SOURCE, JSON.stringify(model, null, 1) + '\n');
  console.log(`wrote ${path}: ${Object.keys(model.weights).length} weights`);
}
