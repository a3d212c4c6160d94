/**
 * The statement typer's training examples: every reading of a statement the rules turned down
 * (src/stages/events/statement-typer.ts), on the training gold (`eval/events/train-gold/`, both folders) and news-dev's
 * tune half, with its features and what adding it to the rules' own output would change in the reference score:
 * `dFound` required items gained, `dFalse` false events added. The check half and the held-out gold are never read.
 */
import { join } from 'node:path';
import { publicId, type Document } from '../../src/core/document.js';
import { codeEvents } from '../../src/stages/events/code-events.js';
import type { EventInput } from '../../src/stages/events/event-context.js';
import type { StatementCandidate } from '../../src/stages/events/statement-typer.js';
import { loadLexicon } from '../../src/stages/events/lexicon.js';
import { placeEvents } from '../../src/stages/events/place-events.js';
import { ploverRecords } from '../../src/stages/events/plover-records.js';
import { codeWithLayerCache, LAYER_CACHE_DIR } from '../../eval/events/layer-cache.js';
import type { Coder } from '../../eval/events/newsdev.js';
import { scoreNewsDev } from '../../eval/events/newsdev.js';
import { scoreOutsideGold } from '../../eval/events/outside-gold.js';
import { scoreArticle } from '../../eval/events/reference-score.js';
import { loadTrainGold } from '../../eval/events/train-gold.js';
import type { GroupTotals } from './fold-search.js';

export interface StatementExample {
  /** `train/readouts`, `train/reuters` or `tune/<news-dev folder>`. */
  readonly group: string;
  readonly docId: string;
  /** The speech verb's first token: the readings of one statement compete, and at most one is kept. */
  readonly trigger: number;
  readonly event: string;
  readonly features: readonly string[];
  readonly dFound: number;
  readonly dFalse: number;
}

/** A coder of the rules alone (no filter, no rescue) that collects each document's statement readings. */
function collectingCoder(dir: string, keep: Map<string, { doc: Document; candidates: StatementCandidate[] }>): Coder {
  const lexicon = loadLexicon();
  return (docs) => codeWithLayerCache(docs, dir).map((d) => {
    const input = d as EventInput;
    const candidates: StatementCandidate[] = [];
    const doc = { ...d, layers: { ...d.layers, events: placeEvents(input, codeEvents(input, lexicon, undefined, { collect: candidates })) } };
    keep.set(publicId(doc), { doc, candidates });
    return doc;
  });
}

/** The labelled readings and each group's totals, leaving out articles whose id is in `exclude`. */
export async function gatherStatementExamples(exclude: ReadonlySet<string> = new Set()): Promise<{ examples: StatementExample[]; totals: Map<string, GroupTotals> }> {
  const coded = new Map<string, { doc: Document; candidates: StatementCandidate[] }>();
  const train = await scoreOutsideGold(collectingCoder(join(LAYER_CACHE_DIR, '..', 'event-filter-train'), coded), loadTrainGold());
  const tune = (await scoreNewsDev(collectingCoder(LAYER_CACHE_DIR, coded))).filter((a) => a.half === 'tune');
  const articles = [
    ...train.map((a) => ({ group: `train/${a.folder}`, docId: a.docId, gold: a.gold, text: a.input.text })),
    ...tune.map((a) => ({ group: `tune/${a.folder}`, docId: a.docId, gold: a.gold, text: a.text })),
  ];
  const examples: StatementExample[] = [];
  const totals = new Map<string, GroupTotals>();
  for (const a of articles) {
    const own = coded.get(a.docId);
    if (!own || exclude.has(a.docId)) continue;
    const { doc, candidates } = own;
    const base = scoreArticle(a.gold, ploverRecords(doc), a.text);
    const t = totals.get(a.group) ?? { required: 0, found: 0, predicted: 0, false: 0 };
    t.required += base.required; t.found += base.found_dyad; t.predicted += base.predicted; t.false += base.false_positives;
    totals.set(a.group, t);
    const events = doc.layers.events?.events ?? [];
    for (const c of candidates) {
      const added = ploverRecords({ ...doc, layers: { ...doc.layers, events: { events: [...events, ...c.events], rejected: [] } } });
      const withIt = scoreArticle(a.gold, added, a.text);
      examples.push({
        group: a.group, docId: a.docId, trigger: c.trigger, event: c.events[0].event, features: c.features,
        dFound: withIt.found_dyad - base.found_dyad, dFalse: withIt.false_positives - base.false_positives,
      });
    }
  }
  return { examples, totals };
}
