/**
 * Entity-level scoring in CoNLL's four-type space: a predicted entity counts only when its span
 * and type both match a gold entity exactly (the conlleval definition).
 */
import type { ConllSpan } from '../../src/stages/entities/conll.js';
import { prf } from '../report.js';

export const CONLL_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

export interface TypeCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** Counts per type plus `ALL`, over aligned sentences of gold and predicted spans. */
export function countMatches(gold: readonly (readonly ConllSpan[])[], predicted: readonly (readonly ConllSpan[])[]): Record<string, TypeCounts> {
  const counts: Record<string, TypeCounts> = { ALL: { tp: 0, fp: 0, fn: 0 } };
  for (const t of CONLL_TYPES) counts[t] = { tp: 0, fp: 0, fn: 0 };
  const bump = (type: string, field: keyof TypeCounts) => {
    (counts[type] ??= { tp: 0, fp: 0, fn: 0 })[field]++;
    counts.ALL[field]++;
  };
  gold.forEach((goldSpans, s) => {
    const key = (x: ConllSpan) => `${x.start}:${x.end}:${x.type}`;
    const goldKeys = new Set(goldSpans.map(key));
    const predKeys = new Set(predicted[s].map(key));
    for (const p of predicted[s]) bump(p.type, goldKeys.has(key(p)) ? 'tp' : 'fp');
    for (const g of goldSpans) if (!predKeys.has(key(g))) bump(g.type, 'fn');
  });
  return counts;
}

/** A markdown table of precision, recall and F1 per type. */
export function scoreTable(counts: Record<string, TypeCounts>): string {
  const rows = Object.entries(counts).map(([type, c]) => {
    const { p, r, f } = prf(c.tp, c.fp, c.fn);
    return `| ${type} | ${(100 * p).toFixed(2)} | ${(100 * r).toFixed(2)} | ${(100 * f).toFixed(2)} | ${c.tp + c.fn} |`;
  });
  return ['| type | P | R | F1 | gold |', '| --- | ---: | ---: | ---: | ---: |', ...rows].join('\n');
}
