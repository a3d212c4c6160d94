/**
 * `npx tsx scripts/events/score-ids.ts IDS [--dump FILE] [--against FILE]`: scores the training-gold articles whose ids
 * are listed in IDS (one a line; e.g. a session's blind additions, left out of a retrain with the trainers' `--exclude`)
 * with this checkout's pipeline and models, reading the layers before events from the trainers' cache
 * (`.dyad/event-filter-train`, made by their first gathering; the same output as the default pipeline), and prints
 * outside-gold's table. `--dump FILE` writes each article's tally; `--against FILE` compares with such a dump written
 * with other models on the same ids: a paired bootstrap of the F1 difference (scripts/events/paired-bootstrap.ts).
 * Numbers only; the articles are never printed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from '../../src/core/document.js';
import { codeWithLayerCache, LAYER_CACHE_DIR } from '../../eval/events/layer-cache.js';
import type { Tally } from '../../eval/events/newsdev.js';
import { HEADER, outsideGoldTable, scoreOutsideGold } from '../../eval/events/outside-gold.js';
import { loadTrainGold } from '../../eval/events/train-gold.js';
import { optionOf } from './fold-search.js';
import { pairedBootstrap } from './paired-bootstrap.js';

const args = process.argv.slice(2);
const ids = new Set(readFileSync(args[0], 'utf8').split('\n').map((l) => l.trim()).filter(Boolean));
// Every training article is coded, so that the cache file the trainers wrote (named by all their inputs) is the one read.
const cache = join(LAYER_CACHE_DIR, '..', 'event-filter-train');
const scored = (await scoreOutsideGold((docs: readonly Document[]) => codeWithLayerCache(docs, cache), loadTrainGold())).filter((a) => ids.has(a.docId));
console.log([...HEADER, ...outsideGoldTable(scored).rows].join('\n'));

const tallies: [string, Tally][] = scored.map((a) => [a.docId, { required: a.score.required, found: a.score.found_dyad, predicted: a.score.predicted, false: a.score.false_positives }]);
const dump = optionOf(args, '--dump');
if (dump) writeFileSync(dump, JSON.stringify(tallies));
const against = optionOf(args, '--against');
if (against) {
  const before = new Map(JSON.parse(readFileSync(against, 'utf8')) as [string, Tally][]);
  const paired = tallies.filter(([id]) => before.has(id));
  const r = pairedBootstrap(paired.map(([id]) => before.get(id)!), paired.map(([, t]) => t));
  const f = (v: number) => (v >= 0 ? '+' : '') + v.toFixed(4);
  console.log(`F1 this - ${against}: ${f(r.diff)} on ${paired.length} articles (95% interval ${f(r.low)} .. ${f(r.high)}; not above in ${(r.notAbove * 100).toFixed(1)}% of 4000 resamples)`);
}
