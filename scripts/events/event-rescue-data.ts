/**
 * The learned rescue's training examples: every second reading of a turned-down trigger that the coder would keep
 * as a fact when its rule is passed over (event-rescue.ts), on the training gold (`eval/events/train-gold/`, both folders) and news-dev's
 * tune half, with its features and what adding it to the rules' own output would change in the reference score:
 * `dFound` required items gained, `dFalse` false events added. The check half and the held-out gold are never read.
 */
import { join } from 'node:path';
import { publicId, type Document } from '../../src/core/document.js';
import { codeEvents } from '../../src/stages/events/code-events.js';
import type { EventInput } from '../../src/stages/events/event-context.js';
import type { RescueCandidate } from '../../src/stages/events/event-rescue.js';
import { loadLexicon } from '../../src/stages/events/lexicon.js';
import { STATEMENT } from '../../src/stages/events/statement-stance.js';
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

export interface RescueExample {
  /** `train/readouts`, `train/reuters` or `tune/<news-dev folder>`. */
  readonly group: string;
  readonly docId: string;
  /** The story of the article's text (cross-fit-folds.ts): copies of one story fall in one fold. */
  readonly story: string;
  /** The rule that turned the trigger down. */
  readonly rule: string;
  /** The trigger's first token: readings of one trigger compete, and at most one is kept. */
  readonly trigger: number;
  readonly event: string;
  readonly features: readonly string[];
  readonly dFound: number;
  readonly dFalse: number;
}

/** A coder of the rules alone (no filter, no rescue) that collects each document's rescue candidates. */
function collectingCoder(dir: string, keep: Map<string, { doc: Document; candidates: RescueCandidate[] }>): Coder {
  const lexicon = loadLexicon();
  return (docs) => codeWithLayerCache(docs, dir).map((d) => {
    const input = d as EventInput;
    const candidates: RescueCandidate[] = [];
    const doc = { ...d, layers: { ...d.layers, events: finishEvents(input, codeEvents(input, lexicon, { collect: candidates })) } };
    keep.set(publicId(doc), { doc, candidates });
    return doc;
  });
}

/** The rescue's labelled candidates and each group's totals, leaving out articles whose id is in `exclude`. */
export const gatherRescueExamples = (exclude: ReadonlySet<string> = new Set()) => gatherReadings(exclude, (rule) => rule !== STATEMENT, () => true);

/**
 * The statement-content step's labelled readings (statement-stance.ts): the statements turned down as such, on the
 * training gold alone (news-dev's tune half is left to measure it).
 */
export const gatherStanceExamples = (exclude: ReadonlySet<string> = new Set()) => gatherReadings(exclude, (rule) => rule === STATEMENT, (group) => group.startsWith('train/'));

/**
 * The labelled readings of the rules `wanted` and each group's totals, of the groups `inGroup` takes, leaving out
 * articles whose id is in `exclude`.
 */
async function gatherReadings(exclude: ReadonlySet<string>, wanted: (rule: string) => boolean, inGroup: (group: string) => boolean): Promise<{ examples: RescueExample[]; totals: Map<string, GroupTotals> }> {
  const coded = new Map<string, { doc: Document; candidates: RescueCandidate[] }>();
  const train = await scoreOutsideGold(collectingCoder(join(LAYER_CACHE_DIR, '..', 'event-filter-train'), coded), loadTrainGold());
  const tune = (await scoreNewsDev(collectingCoder(LAYER_CACHE_DIR, coded))).filter((a) => a.half === 'tune');
  const articles = [
    ...train.map((a) => ({ group: `train/${a.folder}`, docId: a.docId, gold: a.gold, text: a.input.text })),
    ...tune.map((a) => ({ group: `tune/${a.folder}`, docId: a.docId, gold: a.gold, text: a.text })),
  ];
  // Stories over every gathered article, as the cross-fit groups them: revised copies fall in one fold.
  const stories = storyGroups(articles.map((a) => a.text));
  const storyOf = new Map(articles.map((a, i) => [a.docId, stories[i]]));
  const examples: RescueExample[] = [];
  const totals = new Map<string, GroupTotals>();
  for (const a of articles) {
    const own = coded.get(a.docId);
    if (!own || exclude.has(a.docId) || !inGroup(a.group)) continue;
    const { doc, candidates } = own;
    const records = ploverRecords(doc);
    const base = scoreArticle(a.gold, records, a.text);
    const t = totals.get(a.group) ?? { required: 0, found: 0, predicted: 0, false: 0 };
    t.required += base.required; t.found += base.found_dyad; t.predicted += base.predicted; t.false += base.false_positives;
    totals.set(a.group, t);
    const events = doc.layers.events?.events ?? [];
    for (const c of candidates) {
      if (!wanted(c.rule)) continue;
      const added = ploverRecords({ ...doc, layers: { ...doc.layers, events: { events: [...events, ...c.events], rejected: [] } } });
      const withIt = scoreArticle(a.gold, added, a.text);
      examples.push({
        group: a.group, docId: a.docId, story: storyOf.get(a.docId)!, rule: c.rule, trigger: c.trigger, event: c.events[0].event, features: c.features,
        dFound: withIt.found_dyad - base.found_dyad, dFalse: withIt.false_positives - base.false_positives,
      });
    }
  }
  return { examples, totals };
}
