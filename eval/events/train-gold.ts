/**
 * The "Training gold (studied)" section of `npm run eval events`: the training gold
 * (`train-gold/<folder>/<id>.gold.json`, see its README), loaded and scored exactly as the held-out
 * outside gold is (`outside-gold.ts`). Anyone may read these items and train on them, so a gain here
 * shows that a change fits studied text, not that it generalises; the report says so.
 */
import { join } from 'node:path';
import { publicId, type Document } from '../../src/core/document.js';
import { refuseHeldOut } from './held-out-overlap.js';
import { codeWithLayerCache, LAYER_CACHE_DIR } from './layer-cache.js';
import type { Coder } from './newsdev.js';
import { HEADER, loadOutsideGold, OUTSIDE_GOLD, outsideGoldTable, scoreOutsideGold, TRAIN_GOLD, type OutsideArticle, type ScoredOutsideArticle } from './outside-gold.js';

/**
 * Where the training gold's layers before events are cached: a folder of its own, since `codeWithLayerCache` keeps one
 * file per folder and news-dev's would replace it. The trainers (scripts/events) cache the same inputs in this folder,
 * so the study scripts and the trainers build these layers once between them.
 */
export const TRAIN_LAYER_CACHE_DIR = join(LAYER_CACHE_DIR, '..', 'event-filter-train');

/**
 * The training articles, refusing (E320) one whose id the held-out gold also annotates: studying it
 * would leak the held-out measure. Only the held-out set's file names are read, never its items.
 */
export function loadTrainGold(root: string = TRAIN_GOLD, heldOutRoot: string = OUTSIDE_GOLD): OutsideArticle[] {
  return [...refuseHeldOut(loadOutsideGold(root), heldOutRoot)];
}

/**
 * The training gold coded through the layer cache and scored, with each article's coded document by its public id
 * (for the study scripts that read the parse beside the score). A run after an events-stage change takes a minute.
 */
export async function codeTrainGold(dir: string = TRAIN_LAYER_CACHE_DIR): Promise<{ articles: ScoredOutsideArticle[]; docs: Map<string, Document> }> {
  const docs = new Map<string, Document>();
  const articles = await scoreOutsideGold((input) => {
    const done = codeWithLayerCache(input, dir);
    for (const doc of done) docs.set(publicId(doc), doc);
    return done;
  }, loadTrainGold());
  return { articles, docs };
}

/** F1, P and R per folder and overall on the training gold, coded by `code`; metric `train_gold_f1`. */
export async function reportTrainGold(code: Coder, root: string = TRAIN_GOLD, heldOutRoot: string = OUTSIDE_GOLD): Promise<{ metrics: Record<string, number>; markdown: string }> {
  const articles = await scoreOutsideGold(code, loadTrainGold(root, heldOutRoot));
  if (!articles.length) return { metrics: {}, markdown: '### Training gold (studied)\n\nNo gold files.\n' };
  const { rows, f1 } = outsideGoldTable(articles);
  const markdown = [
    `### Training gold (studied: ${articles.length} annotated articles that anyone may read and train on)\n`,
    'Scored like the outside gold above; `eval/events/train-gold/README.md` says how the set was made. A gain here shows fit to studied text, not generalisation (news-dev\'s check half and the outside gold measure that).\n',
    ...HEADER, ...rows, '',
  ].join('\n');
  return { metrics: { train_gold_f1: f1.all }, markdown };
}
