/**
 * The learned type step's training examples: every scored event the rules code (no type step, no filter) on the
 * training gold (`eval/events/train-gold/`, both folders) and news-dev's tune half, with its type features and what
 * giving it each other type would change in the reference score. Only the types the gold holds in the event's
 * sentence can fill an item; any other type makes the event false, which `typeChange` derives from its removal.
 * The check half and the held-out gold are never read here.
 */
import { join } from 'node:path';
import type { Document } from '../../src/core/document.js';
import { PLOVER_EVENTS } from '../../src/ontology/plover.js';
import { isRetypable, triggerLemma } from '../../src/stages/events/event-retype.js';
import { loadLexicon } from '../../src/stages/events/lexicon.js';
import { triggerSenses } from '../../src/stages/events/trigger-senses.js';
import { typeFeatures } from '../../src/stages/events/type-features.js';
import { ploverRecords } from '../../src/stages/events/plover-records.js';
import { LAYER_CACHE_DIR } from '../../eval/events/layer-cache.js';
import { scoreNewsDev } from '../../eval/events/newsdev.js';
import { scoreOutsideGold } from '../../eval/events/outside-gold.js';
import { Locator, scoreArticle, type ArticleGold } from '../../eval/events/reference-score.js';
import { loadTrainGold } from '../../eval/events/train-gold.js';
import { unfilteredCoder } from './event-filter-data.js';

/** What a change to one event does to its article's score: required items filled more, false events fewer. */
export interface ScoreChange { readonly dFound: number; readonly dFalse: number }

export interface TypeExample {
  /** `train/readouts`, `train/reuters` or `tune/<news-dev folder>`. */
  readonly group: string;
  readonly docId: string;
  readonly features: readonly string[];
  /** The type the rules gave. */
  readonly type: string;
  /** The types the trigger word can have in the lexicon: the only ones the step may give. */
  readonly senses: readonly string[];
  /** Whether the step may re-type it (`isRetypable`); the others are gathered for the totals' sake only. */
  readonly retypable: boolean;
  /** Removing the event: `dFound` ≤ 0, `dFalse` > 0 when it is false. */
  readonly removal: ScoreChange;
  /** Giving it each other type its sentence's gold holds. */
  readonly flips: Readonly<Record<string, ScoreChange>>;
}

/** Per group, the reference totals with the rules' types, to turn changed examples into F1. */
export interface GroupTotals { required: number; found: number; predicted: number; false: number }

/** What giving `example` the type `to` changes: a type its sentence's gold lacks leaves it false, filling nothing. */
export function typeChange(example: TypeExample, to: string): ScoreChange {
  if (to === example.type) return { dFound: 0, dFalse: 0 };
  return example.flips[to] ?? { dFound: example.removal.dFound, dFalse: example.removal.dFalse > 0 ? 0 : -1 };
}

/**
 * The type the gold prefers for `example` among the trigger word's senses: the rules' own, another that fills more at
 * no cost, or none when every such type is false.
 */
export function bestType(example: TypeExample): string | undefined {
  let best: string | undefined = example.removal.dFalse > 0 ? undefined : example.type;
  let gain = 0;
  for (const [to, change] of Object.entries(example.flips).sort(([a], [b]) => a.localeCompare(b))) {
    if (change.dFound < 0 || change.dFalse < 0 || !example.senses.includes(to)) continue;
    const own = change.dFound + change.dFalse;
    if (own > gain) { best = to; gain = own; }
  }
  return best;
}

const TYPES: ReadonlySet<string> = new Set(PLOVER_EVENTS);

/** The labelled examples and each group's totals; articles whose id is in `exclude` are left out of both. */
export async function gatherTypeExamples(exclude: ReadonlySet<string> = new Set()): Promise<{ examples: TypeExample[]; totals: Map<string, GroupTotals> }> {
  const docs = new Map<string, Document>();
  const train = await scoreOutsideGold(unfilteredCoder(join(LAYER_CACHE_DIR, '..', 'event-filter-train'), docs), loadTrainGold());
  const tune = (await scoreNewsDev(unfilteredCoder(LAYER_CACHE_DIR, docs))).filter((a) => a.half === 'tune');
  const articles = [
    ...train.map((a) => ({ group: `train/${a.folder}`, docId: a.docId, gold: a.gold, text: a.input.text })),
    ...tune.map((a) => ({ group: `tune/${a.folder}`, docId: a.docId, gold: a.gold, text: a.text })),
  ];
  const lexicon = loadLexicon();
  const examples: TypeExample[] = [];
  const totals = new Map<string, GroupTotals>();
  for (const a of articles) {
    const doc = docs.get(a.docId);
    if (!doc || exclude.has(a.docId)) continue;
    const records = ploverRecords(doc);
    const base = scoreArticle(a.gold, records, a.text);
    const t = totals.get(a.group) ?? { required: 0, found: 0, predicted: 0, false: 0 };
    t.required += base.required; t.found += base.found_dyad; t.predicted += base.predicted; t.false += base.false_positives;
    totals.set(a.group, t);
    const typesIn = sentenceTypes(a.gold, a.text);
    (doc.layers.events?.events ?? []).forEach((event, i) => {
      if (event.negated || event.hypothetical || event.historical) return;
      const changeOf = (changed: typeof records): ScoreChange => {
        const s = scoreArticle(a.gold, changed, a.text);
        return { dFound: s.found_dyad - base.found_dyad, dFalse: base.false_positives - s.false_positives };
      };
      const flips: Record<string, ScoreChange> = {};
      for (const to of typesIn(records[i].evidence)) {
        if (to !== event.event && TYPES.has(to)) flips[to] = changeOf(records.map((r, k) => (k === i ? { ...r, event: to } : r)));
      }
      const senses = triggerSenses(lexicon, triggerLemma(doc, event));
      examples.push({
        group: a.group, docId: a.docId, features: typeFeatures(doc, event, senses), type: event.event, senses: [...senses].sort(), retypable: isRetypable(event),
        removal: changeOf(records.filter((_, k) => k !== i)), flips,
      });
    });
  }
  return { examples, totals };
}

/** The types (items' and alternatives') of the gold items whose evidence shares a sentence with `evidence`. */
function sentenceTypes(gold: ArticleGold, text: string): (evidence: string) => string[] {
  const where = new Locator(text);
  const items = [...gold.events.required, ...(gold.events.acceptable ?? [])]
    .map((g) => ({ sents: where.sentencesOf(g.evidence ?? '') ?? new Set<number>(), types: [g.event, ...(g.alternatives ?? []).map((alt) => alt.event ?? g.event)] }));
  return (evidence) => {
    const sents = where.sentencesOf(evidence) ?? new Set<number>();
    return [...new Set(items.filter((g) => [...g.sents].some((s) => sents.has(s))).flatMap((g) => g.types))].sort();
  };
}
