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
import { eventsBySentence } from '../../src/stages/events/event-filter.js';
import { filterFeatures, withTextKind } from '../../src/stages/events/filter-features.js';
import { dropOwnGroundVisits } from '../../src/stages/events/own-ground-visits.js';
import { placeEvents } from '../../src/stages/events/place-events.js';
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

/**
 * A coder that codes the events stage without the filter, keeping each document for its features. Visits to the
 * visitor's own ground are dropped as the stage drops them (index.ts), so the totals are the stage's with `filter:
 * false` (E1021).
 */
function unfilteredCoder(dir: string, keep: Map<string, Document>): Coder {
  return (docs) => codeWithLayerCache(docs, dir).map((d) => {
    const input = d as EventInput;
    const doc = { ...d, layers: { ...d.layers, events: placeEvents(input, dropOwnGroundVisits(input, codeBeforeFilter(input))) } };
    keep.set(publicId(doc), doc);
    return doc;
  });
}

/**
 * The labelled examples and each group's totals. Articles whose id is in `exclude` are left out of both (the lead's
 * unseen check of the training gold stays unseen by the filter too when it is passed).
 */
export async function gatherFilterExamples(exclude: ReadonlySet<string> = new Set()): Promise<{ examples: FilterExample[]; totals: Map<string, GroupTotals> }> {
  const docs = new Map<string, Document>();
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
    const doc = docs.get(a.docId);
    if (!doc || exclude.has(a.docId)) continue;
    const events = doc.layers.events?.events ?? [];
    const records = ploverRecords(doc);
    const base = scoreArticle(a.gold, records, a.text);
    const t = totals.get(a.group) ?? { required: 0, found: 0, predicted: 0, false: 0 };
    t.required += base.required; t.found += base.found_dyad; t.predicted += base.predicted; t.false += base.false_positives;
    totals.set(a.group, t);
    const by = eventsBySentence(events);
    events.forEach((event, i) => {
      if (event.negated || event.hypothetical || event.historical) return;
      const without = scoreArticle(a.gold, records.filter((_, k) => k !== i), a.text);
      examples.push({
        group: a.group, docId: a.docId, story: storyOf.get(a.docId)!, features: withTextKind(doc, filterFeatures(doc, event, by.get(event.sent) ?? [event])),
        dFound: base.found_dyad - without.found_dyad, dFalse: base.false_positives - without.false_positives,
      });
    });
  }
  return { examples, totals };
}
