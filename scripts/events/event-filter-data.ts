/**
 * The event filter's training examples: every scored event the events stage makes before its filter (the rules, the
 * shipped rescue and statement-content step: before-filter.ts, the stage's own call) on the training
 * gold (`eval/events/train-gold/`, both folders) and news-dev's tune half, with its features and what removing it
 * would change in the reference score: `dFalse` false events fewer, `dFound` required items lost. The check half
 * and the held-out gold are never read here.
 */
import { join } from 'node:path';
import { publicId, type Document } from '../../src/core/document.js';
import { codeBeforeFilter } from '../../src/stages/events/before-filter.js';
import type { EventInput } from '../../src/stages/events/event-context.js';
import { filterInputs } from '../../src/stages/events/event-filter.js';
import { dropOwnGroundVisits } from '../../src/stages/events/own-ground-visits.js';
import { finishEvents } from '../../src/stages/events/after-filter.js';
import { ploverRecords } from '../../src/stages/events/plover-records.js';
import { codeWithLayerCache, LAYER_CACHE_DIR } from '../../eval/events/layer-cache.js';
import type { Coder } from '../../eval/events/newsdev.js';
import { scoreNewsDev } from '../../eval/events/newsdev.js';
import { scoreOutsideGold } from '../../eval/events/outside-gold.js';
import { scoreArticle } from '../../eval/events/reference-score.js';
import { loadTrainGold } from '../../eval/events/train-gold.js';
import { storyGroups } from './story-groups.js';
import type { GroupTotals } from './fold-search.js';

export interface FilterExample {
  /** `train/readouts`, `train/reuters` or `tune/<news-dev folder>`. */
  readonly group: string;
  readonly docId: string;
  /** The story of the article's text (story-groups.ts): copies and revisions of one story fall in one fold. */
  readonly story: string;
  readonly features: readonly string[];
  readonly dFound: number;
  readonly dFalse: number;
}

/** An article as the events stage codes it with the filter off, and the features the filter reads of each of its events. */
export interface FilterInput {
  /** The article with the stage's `filter: false` events layer. */
  readonly doc: Document;
  /** The filter's features of each event of `doc`'s events layer, by index; `undefined` for an event it does not judge. */
  readonly features: readonly (readonly string[] | undefined)[];
}

/**
 * The events stage with the filter off, and the features of each event, read as the filter reads them at run time: on
 * the layer it is given (before-filter.ts), before own-ground visits are dropped and before `placeEvents` adds
 * locations, hosts and targets (index.ts). Until session 47 they were read after placing: 613 of the training gold's
 * 6,796 scored events had features (`rule:events/location`, war targets, a recipient placing found) the filter never
 * sees. The stage's steps after the filter are taken as it takes them (after-filter.ts), so the totals are the stage's
 * with `filter: false` (E1021); they map the kept events one to one, so an event's features follow it there.
 */
export function codeForFilter(input: EventInput): FilterInput {
  const layer = codeBeforeFilter(input);
  const judged = filterInputs(input, layer);
  const kept = dropOwnGroundVisits(input, layer);
  const features = kept.events.map((event) => judged[layer.events.indexOf(event)]);
  return { doc: { ...input, layers: { ...input.layers, events: finishEvents(input, layer) } }, features };
}

/** A coder that codes the events stage without the filter, keeping each article's filter input. */
function unfilteredCoder(dir: string, keep: Map<string, FilterInput>): Coder {
  return (docs) => codeWithLayerCache(docs, dir).map((d) => {
    const coded = codeForFilter(d as EventInput);
    keep.set(publicId(coded.doc), coded);
    return coded.doc;
  });
}

/**
 * The labelled examples and each group's totals. Articles whose id is in `exclude` are left out of both (the lead's
 * unseen check of the training gold stays unseen by the filter too when it is passed).
 */
export async function gatherFilterExamples(exclude: ReadonlySet<string> = new Set()): Promise<{ examples: FilterExample[]; totals: Map<string, GroupTotals> }> {
  const docs = new Map<string, FilterInput>();
  const train = await scoreOutsideGold(unfilteredCoder(join(LAYER_CACHE_DIR, '..', 'event-filter-train'), docs), loadTrainGold());
  const tune = (await scoreNewsDev(unfilteredCoder(LAYER_CACHE_DIR, docs))).filter((a) => a.half === 'tune');
  const articles = [
    ...train.map((a) => ({ group: `train/${a.folder}`, docId: a.docId, gold: a.gold, text: a.input.text })),
    ...tune.map((a) => ({ group: `tune/${a.folder}`, docId: a.docId, gold: a.gold, text: a.text })),
  ];
  // Stories over every gathered article, as the cross-fit groups them: revised copies fall in one fold.
  const stories = storyGroups(articles.map((a) => a.text));
  const storyOf = new Map(articles.map((a, i) => [a.docId, stories[i]]));
  const examples: FilterExample[] = [];
  const totals = new Map<string, GroupTotals>();
  for (const a of articles) {
    const coded = docs.get(a.docId);
    if (!coded || exclude.has(a.docId)) continue;
    const { doc, features } = coded;
    const events = doc.layers.events?.events ?? [];
    const records = ploverRecords(doc);
    const base = scoreArticle(a.gold, records, a.text);
    const t = totals.get(a.group) ?? { required: 0, found: 0, predicted: 0, false: 0 };
    t.required += base.required; t.found += base.found_dyad; t.predicted += base.predicted; t.false += base.false_positives;
    totals.set(a.group, t);
    events.forEach((_, i) => {
      const judged = features[i];
      if (!judged) return;
      const without = scoreArticle(a.gold, records.filter((_, k) => k !== i), a.text);
      examples.push({
        group: a.group, docId: a.docId, story: storyOf.get(a.docId)!, features: judged,
        dFound: base.found_dyad - without.found_dyad, dFalse: base.false_positives - without.false_positives,
      });
    });
  }
  return { examples, totals };
}
