/**
 * The folds of the cross-fitted evaluation (cross-fit.ts): each training-gold article belongs to one of K folds by a
 * stable hash of its id, and is scored by a model trained without its fold. The hash is salted so that these folds
 * cut across the trainers' own five folds (fold-search.ts hashes the bare id): with the same hash, every inner search
 * of a cross-fit model would find one of its folds empty.
 */
import { createHash } from 'node:crypto';
import { DyadError } from '../../src/core/errors.js';
import type { Tally } from '../../eval/events/newsdev.js';
import type { GroupTotals } from './fold-search.js';

export const CROSS_FIT_FOLDS = 5;

/** The fold (0 … folds − 1) of an article id; the same on every machine and in every run. */
export function crossFitFold(docId: string, folds: number = CROSS_FIT_FOLDS): number {
  return createHash('sha256').update(`cross-fit\u0000${docId}`).digest().readUInt32BE(0) % folds;
}

/**
 * The group totals of a training set with some articles taken out: `totals` as the trainers gathered them (the rules'
 * own output per group) in the examples file `file`, minus each removed article's tally under the rules alone. A group
 * that would go below zero means the totals and the tallies were made by different code or data (E1021, naming `file`).
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
