/**
 * `npm run train:event-statement`: trains the events stage's learned statement typer
 * (src/stages/events/statement-typer.ts), a logistic model of whether a statement the rules turned down carries an
 * act of a given type against a given side, on the training gold and news-dev's tune half, and writes its weights to
 * models/events/event-statement.json. The L2 penalty and the threshold are chosen together out of fold
 * (scripts/events/fold-search.ts), among the pairs that lower no group's F1 by more than GUARD (none by default).
 * With no pair that gains, the threshold is above 1 and nothing is kept. It first prints the ceiling: per type, the
 * statements one of whose readings fills a required item. `--examples FILE` reads (or, when missing, writes) the
 * gathered examples; `--dry-run` writes no model; `--exclude FILE` (article ids, one a line) leaves those articles out.
 */
import { join } from 'node:path';
import { EVENT_STATEMENT, type StatementModel } from '../src/stages/events/statement-typer.js';
import { gatherStatementExamples, type StatementExample } from './events/event-statement-data.js';
import { baseTotals, fitAll, groupOf, loadExamples, optionOf, searchPenaltyAndThreshold, type GroupTotals } from './events/fold-search.js';
import { writeAsset } from './write-asset.js';

/** From 0.2: keeping an event raises F1 when its chance of filling an item exceeds about half the F1. */
const THRESHOLDS = Array.from({ length: 76 }, (_, i) => Number((0.2 + i * 0.01).toFixed(2)));
const SOURCE = 'dyad event gold: eval/events/train-gold (readouts, reuters) and news-dev tune half (models/events/SOURCE.md)';

const args = process.argv.slice(2);
const GUARD = Number(optionOf(args, '--guard') ?? 0);
const { examples, totals } = await loadExamples(args, gatherStatementExamples);
const fills = (x: StatementExample): boolean => x.dFound > 0;
const keyOf = (x: StatementExample): string => `${x.docId}\u0000${x.trigger}`;

// The ceiling: the statements read, and per type those one of whose readings fills a required item.
const statements = new Set(examples.map(keyOf));
const byType = new Map<string, Set<string>>();
for (const x of examples.filter(fills)) byType.set(x.event, (byType.get(x.event) ?? new Set()).add(keyOf(x)));
console.log(`${statements.size} statements read (${examples.length} readings); ${new Set(examples.filter(fills).map(keyOf)).size} with a reading that fills a required item`);
for (const [type, keys] of [...byType].sort((a, b) => b[1].size - a[1].size)) console.log(`  ${type.padEnd(10)} ${keys.size}`);

/** Each statement's best-scored reading: the only one the typer may keep. */
function bestReadings(scores: Float64Array): number[] {
  const best = new Map<string, number>();
  examples.forEach((x, i) => {
    const at = best.get(keyOf(x));
    if (at === undefined || scores[i] > scores[at]) best.set(keyOf(x), i);
  });
  return [...best.values()];
}

/** The reference totals of `group` ('all' for every group) when each statement's best reading at or above `threshold` is kept. */
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
console.log(`l2 ${best.l2}, threshold ${best.threshold} (out-of-fold); ${examples.length} readings, ${examples.filter(fills).length} fill a required item`);

const fitted = fitAll(examples, fills, best.l2);
const model: StatementModel = { bias: fitted.bias, weights: fitted.weights, threshold: best.threshold };
if (!args.includes('--dry-run')) {
  const path = join(import.meta.dirname, '..', 'models', 'events', 'event-statement.json');
  writeAsset(path, EVENT_STATEMENT, SOURCE, JSON.stringify(model, null, 1) + '\n');
  console.log(`wrote ${path}: ${Object.keys(model.weights).length} weights`);
}
