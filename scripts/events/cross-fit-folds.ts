/**
 * The folds of the cross-fitted evaluation (cross-fit.ts) and of the trainers' own search (fold-search.ts). Folds are
 * keyed by the story, not the article id: Reuters-21578 and the BBC corpus repeat stories under other ids, word for
 * word (71 pairs in the training gold of session 39) or as a longer or shorter version of the same lead (67 pairs more).
 * Split between folds, such a pair scores an article with a model trained on its copy. Revised copies, which share
 * less of their lead, are joined by story-groups.ts. The cross-fit's hash is salted
 * so that its folds cut across the trainers' own five folds: with the same hash, every inner search of a cross-fit
 * model would find one of its folds empty.
 */
import { createHash } from 'node:crypto';
import { DyadError } from '../../src/core/errors.js';
import type { Tally } from '../../eval/events/newsdev.js';
import type { GroupTotals } from './fold-search.js';

export const CROSS_FIT_FOLDS = 5;

/**
 * How many characters of a text's lead make its story. Copies in the training gold share at least 415 (one was cut
 * after its lead, another revised after it); unrelated stories never share their first sentences.
 */
export const STORY_LEAD = 400;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/**
 * "March 26", "june 1", "APril 21", "Oct. 20,": a month in any case, letter by letter, because the pattern is case-sensitive
 * elsewhere (a headline run into a dateline is told by its capitals).
 */
const anyCase = (word: string): string => [...word].map((c) => `[${c.toUpperCase()}${c.toLowerCase()}]`).join('');
const MONTH_DAY = String.raw`(?:${MONTHS.map(anyCase).join('|')})[A-Za-z]*\.?\s+\d{1,2},?`;
/**
 * A wire dateline near the head of a text, `NEW YORK, March 15 - ` as the Reuters inputs have them: Reuters repeats a
 * story with the next day's date (session 39: reuters-5186 and -5294, "March 15" and "March 16") or with ", Reuter"
 * after the date, so it is no part of the story. The place may carry a region or two ("PONTIAC, Mich., March 26 - ",
 * "TAUPO, New Zealand, March 23, Reuter - ") or, in capitals, no date ("BAGUIO, Philippines - "). What stands before
 * it goes too: up to three short lines (a headline, "repeat from late yesterday") or a capitalised headline run into
 * it on its line ("... 18 MLN BPD CARACAS, Oct 19 - "), since a repeat may drop or retitle its headline.
 */
const DATELINE = new RegExp(
  String.raw`^(?:[^\n]{0,80}\n+){0,3}?(?:[^\n\p{Ll}]* )?` +
  String.raw`(?:[^,\n]{1,40}(?:,[^,\n]{1,30}){0,2}?,\s*${MONTH_DAY}(?:\s*Reuter)?\s*-+\s*` +
  String.raw`|\p{Lu}[\p{Lu}.'-]+(?: \p{Lu}[\p{Lu}.'-]+)*(?:, \p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+)*)? +-+ +)`,
  'u',
);

/**
 * A text as its story is read: lower-cased, without what stands before its dateline and the dateline itself, its
 * punctuation made white space (a revision writes "(NSW)" as ", NSW,") and its white space collapsed.
 */
export function storyText(text: string): string {
  return text.replace(DATELINE, '').toLowerCase().replace(/[^\p{L}\p{N}\s]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** The story of a text: a hash of its lead (storyText's first STORY_LEAD characters), so that copies share it. */
export function storyKey(text: string): string {
  return createHash('sha256').update(storyText(text).slice(0, STORY_LEAD)).digest('hex').slice(0, 16);
}

/** The cross-fit fold (0 … folds − 1) of a story; the same on every machine and in every run. */
export function crossFitFold(story: string, folds: number = CROSS_FIT_FOLDS): number {
  return createHash('sha256').update(`cross-fit\u0000${story}`).digest().readUInt32BE(0) % folds;
}

/**
 * The group totals of a training set with some articles taken out: `totals` as the trainers gathered them (each
 * group's output before the trained step) in the examples file `file`, minus each removed article's tally before
 * that step. A group that would go below zero means the totals and the tallies were made by different code or data
 * (E1021, naming `file`).
 */
export function totalsWithout(totals: ReadonlyMap<string, GroupTotals>, removed: Iterable<{ readonly group: string; readonly tally: Tally }>, file: string): Map<string, GroupTotals> {
  const out = new Map([...totals].map(([g, t]) => [g, { ...t }]));
  for (const { group, tally } of removed) {
    const t = out.get(group);
    if (!t) throw new DyadError('E1021', { file, group, problem: 'is not a group of the gathered examples' });
    t.required -= tally.required; t.found -= tally.found; t.predicted -= tally.predicted; t.false -= tally.false;
    if (t.required < 0 || t.found < 0 || t.predicted < 0 || t.false < 0) throw new DyadError('E1021', { file, group, problem: 'falls below zero' });
  }
  return out;
}

/** A training article of the cross-fit: its id and its story (its fold). */
export interface FoldArticle { readonly docId: string; readonly story: string }

/**
 * What a fold's model of a learned step is trained on: the gathered `examples` and `totals` (of examples file `file`)
 * without the training articles whose story `leftOut` accepts. Only training-gold examples leave with their fold
 * (`train/…` groups): news-dev tune examples stay in every fold's model, as in the shipped recipe. Each left-out
 * article's tally before the step (`before`, by id) is taken from its group's totals (totalsWithout).
 */
export function trainingWithout<T extends { readonly group: string; readonly story: string }>(
  data: { readonly examples: readonly T[]; readonly totals: ReadonlyMap<string, GroupTotals>; readonly file: string },
  articles: readonly FoldArticle[], before: ReadonlyMap<string, { readonly group: string; readonly tally: Tally }>, leftOut: (story: string) => boolean,
): { examples: T[]; totals: Map<string, GroupTotals> } {
  // `before` holds every training article (cross-fit.ts tallies them all).
  const removed = articles.filter((a) => leftOut(a.story)).map((a) => before.get(a.docId)!);
  return {
    examples: data.examples.filter((x) => !(x.group.startsWith('train/') && leftOut(x.story))),
    totals: totalsWithout(data.totals, removed, data.file),
  };
}
