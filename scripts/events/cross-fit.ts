/**
 * The cross-fitted evaluation of the events stage's learned steps (#12; the lead's pooled rule for learned steps):
 *
 *   npx tsx scripts/events/cross-fit.ts [--filter shipped|retrain|off] [--rescue shipped|retrain|off]
 *     [--stance shipped|retrain|off] [--filter-examples F] [--rescue-examples R] [--stance-examples S]
 *     [--stance-features words+classes|classes] [--stance-min-count N] [--stance-penalties 2,4]
 *     [--stance-threshold T] [--folds 5]
 *     [--penalties 8,16] [--rescue-penalties 2,4] [--smoothing W] [--penalty-tie T] [--weigh GROUP=W,...]
 *     [--dump FILE] [--against FILE] [--unseen-by IDS] [--save PREFIX]
 *
 * codes the pooled unseen set, news-dev's check half + the held-out gold + the training gold, and prints F1 per
 * part and folder (numbers only; no article is ever printed). A step named `retrain` is made by its trainer's own
 * recipe (filter-recipe.ts, rescue-recipe.ts, stance-recipe.ts) on the examples the trainer gathered (`npm run
 * train:event-filter -- --examples F`, the same for the rescue and the statement-content step, whose recipe takes
 * `--stance-features`, `--stance-min-count`, `--stance-penalties` and `--stance-threshold` as its trainer takes
 * `--features`, `--min-count`, `--penalties` and `--threshold`): the check half and the held-out gold are coded with the model trained on
 * every example, as `npm run train:…` would ship it, and each training article with the model trained without its
 * fold (cross-fit-folds.ts: folds of stories, so that no article is scored by a model that saw it or a copy of it;
 * a tune-half article stays in every fold's model, as in the shipped recipe). The filter chooses by the steady choice
 * and the rescue by the plain argmax of sessions 34–38 (steady-choice.ts, rescue-recipe.ts); `--smoothing W
 * --penalty-tie T` sets both recipes' choice (0 and 0: the plain argmax). `shipped` uses the model in
 * models/events/, `off` none. `--dump FILE` writes each article's tally; `--against FILE` judges this coding against
 * such a dump by the pooled rule (pooled-rule.ts), and `--unseen-by IDS` adds the same judgement over the training
 * articles whose story is not that of an article in IDS (e.g. the shipped models' own training articles, which the
 * shipped models have seen, with their copies);
 * `--save PREFIX` writes the retrained models fitted on everything to PREFIXfilter.json, PREFIXrescue.json,
 * PREFIXstance.json (plain JSON, without the asset header `npm run train:…` writes).
 * The pool's paired bootstrap draws stories, not articles (pooled-rule.ts). Deterministic: the folds hash the stories
 * and every fit is full-batch.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DyadError } from '../../src/core/errors.js';
import { publicId, type Document } from '../../src/core/document.js';
import type { LayerName } from '../../src/core/layers.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { events, type EventOptions } from '../../src/stages/events/index.js';
import { ploverRecords } from '../../src/stages/events/plover-records.js';
import { codeWithLayerCache, LAYER_CACHE_DIR } from '../../eval/events/layer-cache.js';
import type { Tally } from '../../eval/events/newsdev.js';
import { scoreNewsDev } from '../../eval/events/newsdev.js';
import { loadOutsideGold, scoreOutsideGold } from '../../eval/events/outside-gold.js';
import { scoreArticle, type ArticleGold } from '../../eval/events/reference-score.js';
import { loadTrainGold } from '../../eval/events/train-gold.js';
import { CROSS_FIT_FOLDS, crossFitFold, storyKey, totalsWithout, trainingWithout } from './cross-fit-folds.js';
import type { FilterExample } from './event-filter-data.js';
import type { RescueExample } from './event-rescue-data.js';
import { trainFilter } from './filter-recipe.js';
import { groupWeights, optionOf, penaltiesOf, readGathered, type GroupTotals } from './fold-search.js';
import { judgePooled, poolTable, type PooledArticle } from './pooled-rule.js';
import { trainRescue } from './rescue-recipe.js';
import { stanceFeatureSet, thresholdOf, trainStance } from './stance-recipe.js';
import { storyGroups } from './story-groups.js';
import { choiceOptions } from './steady-choice.js';

const args = process.argv.slice(2);
const folds = Number(optionOf(args, '--folds') ?? CROSS_FIT_FOLDS);
type Mode = 'shipped' | 'retrain' | 'off';
const modeOf = (name: string): Mode => {
  const mode = optionOf(args, name) ?? 'shipped';
  if (mode !== 'shipped' && mode !== 'retrain' && mode !== 'off') throw new DyadError('E1020', { option: name, problem: `is "${mode}", not shipped, retrain or off` });
  return mode;
};
const filterMode = modeOf('--filter');
const rescueMode = modeOf('--rescue');
const stanceMode = modeOf('--stance');
// The statement-content step runs only beside the rescue (before-filter.ts): without it there is nothing to judge.
if (rescueMode === 'off' && stanceMode !== 'off') throw new DyadError('E1020', { option: '--stance', problem: `is "${stanceMode}" with --rescue off, which runs no statement-content step (say --stance off)` });

interface Article { readonly part: 'check' | 'held-out' | 'train'; readonly folder: string; readonly docId: string; readonly story: string; readonly gold: ArticleGold; readonly text: string; readonly doc: Document }

/** A coder that keeps the documents codeWithLayerCache returns (their layers before events are what is recoded). */
function keeping(dir: string, kept: Map<string, Document>) {
  return (docs: readonly Document[]): Document[] => {
    const done = codeWithLayerCache(docs, dir);
    for (const d of done) kept.set(publicId(d), d);
    return done;
  };
}

/**
 * Every article of the pooled set with its cached layers; the training gold read through the trainers' cache. A
 * training article's story is grouped over the training gold and news-dev's tune half, the texts the trainers'
 * gatherers group (story-groups.ts), so that its fold is that of its examples; the others keep their story key.
 */
async function loadPool(): Promise<Article[]> {
  const kept = new Map<string, Document>();
  const newsDev = await scoreNewsDev(keeping(LAYER_CACHE_DIR, kept));
  const check = newsDev.filter((a) => a.half === 'check')
    .map((a) => ({ part: 'check' as const, folder: a.folder, docId: a.docId, gold: a.gold, text: a.text }));
  const heldOut = (await scoreOutsideGold(keeping(join(LAYER_CACHE_DIR, '..', 'cross-fit-held-out'), kept), loadOutsideGold()))
    .map((a) => ({ part: 'held-out' as const, folder: a.folder, docId: a.docId, gold: a.gold, text: a.input.text }));
  const train = (await scoreOutsideGold(keeping(join(LAYER_CACHE_DIR, '..', 'event-filter-train'), kept), loadTrainGold()))
    .map((a) => ({ part: 'train' as const, folder: a.folder, docId: a.docId, gold: a.gold, text: a.input.text }));
  const grouped = [...train, ...newsDev.filter((a) => a.half === 'tune')];
  const stories = storyGroups(grouped.map((a) => a.text));
  const trainStory = new Map(train.map((a, i) => [a.docId, stories[i]]));
  return [...check, ...heldOut, ...train].flatMap((a) => {
    const doc = kept.get(a.docId);
    return doc ? [{ ...a, story: trainStory.get(a.docId) ?? storyKey(a.text), doc }] : [];
  });
}

/** The article's tally when its events are coded again with `options` on its cached layers. */
function tallyWith(a: Article, options: EventOptions): Tally {
  const { events: _, ...layers } = a.doc.layers;
  const doc = createPipeline([events(options)], Object.keys(layers) as LayerName[]).run({ ...a.doc, layers });
  const s = scoreArticle(a.gold, ploverRecords(doc), a.text);
  return { required: s.required, found: s.found_dyad, predicted: s.predicted, false: s.false_positives };
}

/** The gathered examples of a trainer (`--examples` of train-event-filter.ts or train-event-rescue.ts). */
function readExamples<T>(option: string): { examples: T[]; totals: Map<string, GroupTotals>; file: string } {
  const file = optionOf(args, option);
  if (!file) throw new DyadError('E1020', { option, problem: 'is needed to retrain (gather it with the trainer\'s --examples FILE)' });
  return { ...readGathered<T>(file), file };
}

const pool = await loadPool();
const train = pool.filter((a) => a.part === 'train');
const quiet = { log: () => {} };
const weightOf = groupWeights(optionOf(args, '--weigh'));
const penalties = penaltiesOf(optionOf(args, '--penalties'));
const rescuePenalties = penaltiesOf(optionOf(args, '--rescue-penalties'));
const choice = choiceOptions(optionOf(args, '--smoothing'), optionOf(args, '--penalty-tie'));
const filterData = filterMode === 'retrain' ? readExamples<FilterExample>('--filter-examples') : undefined;
const rescueData = rescueMode === 'retrain' ? readExamples<RescueExample>('--rescue-examples') : undefined;
const stanceData = stanceMode === 'retrain' ? readExamples<RescueExample>('--stance-examples') : undefined;
const stanceFeatures = stanceFeatureSet(optionOf(args, '--stance-features'));
const stanceMinCount = optionOf(args, '--stance-min-count');
const stancePenalties = penaltiesOf(optionOf(args, '--stance-penalties'));
const stanceThreshold = thresholdOf(optionOf(args, '--stance-threshold'));
// Each training article's tally before the step a model is trained for: what a fold's articles add to that model's
// gathered group totals. The rescue's and the statement-content step's gatherers code the rules alone; the filter's,
// since session 46, the stage before its filter, the shipped rescue and statement-content step included (before-filter.ts).
// A filter retrained beside a retrained rescue is still fitted on the shipped rescue's events, as its gatherer codes them.
type Tallies = ReadonlyMap<string, { group: string; tally: Tally }>;
const tallies = (options: EventOptions): Tallies => new Map(train.map((a) => [a.docId, { group: `train/${a.folder}`, tally: tallyWith(a, options) }]));
const beforeRescue: Tallies = rescueData || stanceData ? tallies({ filter: false, rescue: false }) : new Map();
const beforeFilter: Tallies = filterData ? tallies({ filter: false }) : new Map();
// Examples gathered by other code or on other gold would train each fold on wrong totals: their training groups must be exactly these tallies.
for (const [data, base] of [[filterData, beforeFilter], [rescueData, beforeRescue], [stanceData, beforeRescue]] as const) {
  if (!data) continue;
  for (const [group, t] of totalsWithout(data.totals, base.values(), data.file)) {
    if (group.startsWith('train/') && (t.required || t.found || t.predicted || t.false)) throw new DyadError('E1021', { file: data.file, group, problem: 'differs from this checkout\'s tallies before the step (gather the examples again)' });
  }
}

/** The event options of models trained without the training stories `leftOut` accepts (none left out: the shipped recipe's model). */
function optionsWithout(leftOut: (story: string) => boolean, label: string): EventOptions {
  const options: { filter?: EventOptions['filter']; rescue?: EventOptions['rescue']; stance?: EventOptions['stance'] } = {};
  if (filterMode === 'off') options.filter = false;
  if (rescueMode === 'off') options.rescue = false;
  if (stanceMode === 'off') options.stance = false;
  if (filterData) {
    const fit = trainFilter({
      ...trainingWithout(filterData, train, beforeFilter, leftOut),
      ...(weightOf ? { weightOf } : {}), ...(penalties ? { penalties } : {}), ...choice, ...quiet,
    });
    options.filter = fit.model;
    console.log(`${label}: filter l2 ${fit.l2}, threshold ${fit.threshold}`);
  }
  if (rescueData) {
    const fit = trainRescue({
      ...trainingWithout(rescueData, train, beforeRescue, leftOut),
      ...(rescuePenalties ? { penalties: rescuePenalties } : {}), ...choice, ...quiet,
    });
    options.rescue = fit.model;
    console.log(`${label}: rescue l2 ${fit.l2}, threshold ${fit.threshold}`);
  }
  if (stanceData) {
    // Its own trainer's recipe: the rescue's plain argmax and guard, not `--smoothing`/`--penalty-tie` (train-event-stance.ts).
    const fit = trainStance({
      ...trainingWithout(stanceData, train, beforeRescue, leftOut), features: stanceFeatures, ...quiet,
      ...(stanceMinCount ? { minCount: Number(stanceMinCount) } : {}), ...(stancePenalties ? { penalties: stancePenalties } : {}),
      ...(stanceThreshold !== undefined ? { threshold: stanceThreshold } : {}),
    });
    options.stance = fit.model;
    console.log(`${label}: stance (${stanceFeatures}) l2 ${fit.l2}, threshold ${fit.threshold}, ${Object.keys(fit.model.weights).length} weights`);
  }
  return options;
}

const scored: PooledArticle[] = [];
const all = optionsWithout(() => false, 'all training');
// The models trained on everything, as plain JSON, for seed-gsr.ts (the rule's other parts).
const save = optionOf(args, '--save');
if (save) for (const step of ['filter', 'rescue', 'stance'] as const) if (typeof all[step] === 'object') writeFileSync(`${save}${step}.json`, JSON.stringify(all[step]));
for (const a of pool.filter((x) => x.part !== 'train')) scored.push({ part: a.part, folder: a.folder, docId: a.docId, story: a.story, tally: tallyWith(a, all) });
const retrained = Boolean(filterData || rescueData || stanceData);
for (let fold = 0; fold < (retrained ? folds : 1); fold++) {
  const inFold = (story: string): boolean => retrained && crossFitFold(story, folds) === fold;
  const options = retrained ? optionsWithout(inFold, `fold ${fold}`) : all;
  for (const a of train.filter((x) => !retrained || inFold(x.story))) scored.push({ part: 'train', folder: a.folder, docId: a.docId, story: a.story, tally: tallyWith(a, options) });
}
console.log(poolTable(scored).join('\n'));

const dump = optionOf(args, '--dump');
if (dump) writeFileSync(dump, JSON.stringify(scored));
const against = optionOf(args, '--against');
if (against) {
  const unseenBy = optionOf(args, '--unseen-by');
  const seen = new Set(unseenBy ? readFileSync(unseenBy, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean) : []);
  console.log(judgePooled(JSON.parse(readFileSync(against, 'utf8')) as PooledArticle[], scored, seen).join('\n'));
}
