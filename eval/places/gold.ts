import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A gold place mention located in an article's text. */
export interface GoldMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** ISO-3, or undefined when the place spans several countries or none. */
  readonly country?: string;
}

interface GoldRow {
  readonly mention: string;
  readonly country: string;
  readonly isExclusion: boolean;
}

/** The hand-made Wikinews place gold (`wikinews-gold.tsv`), by article id. */
export function readWikinewsGold(): Map<string, GoldRow[]> {
  const byId = new Map<string, GoldRow[]>();
  for (const line of readFileSync(join(import.meta.dirname, 'wikinews-gold.tsv'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [id, mention, country] = line.split('\t');
    const rows = byId.get(id) ?? [];
    rows.push({ mention: mention.replace(/^!/, ''), country, isExclusion: mention.startsWith('!') });
    byId.set(id, rows);
  }
  return byId;
}

/** Every whole-word, case-sensitive occurrence of `mention` in `text`. */
export function occurrences(text: string, mention: string): { start: number; end: number }[] {
  const escaped = mention.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))].map((m) => ({ start: m.index, end: m.index + mention.length }));
}

/**
 * The gold mentions of one article: every occurrence of each place row, longest names first so
 * "South Korea" is not also read as "Korea", minus occurrences inside an organisation row.
 */
export function locateMentions(text: string, rows: readonly GoldRow[]): GoldMention[] {
  const taken: { start: number; end: number }[] = rows.filter((r) => r.isExclusion).flatMap((r) => occurrences(text, r.mention));
  const mentions: GoldMention[] = [];
  for (const row of [...rows].filter((r) => !r.isExclusion).sort((a, b) => b.mention.length - a.mention.length)) {
    for (const span of occurrences(text, row.mention)) {
      if (taken.some((t) => span.start < t.end && t.start < span.end)) continue;
      taken.push(span);
      mentions.push({ ...span, text: row.mention, country: row.country === '-' ? undefined : row.country });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** Great-circle distance in km. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** The hand-made Wikinews date gold (`wikinews-dates.tsv`), by article id. */
export function readWikinewsDates(): Map<string, { text: string; value: string }[]> {
  const byId = new Map<string, { text: string; value: string }[]>();
  for (const line of readFileSync(join(import.meta.dirname, 'wikinews-dates.tsv'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [id, text, value] = line.split('\t');
    byId.set(id, [...(byId.get(id) ?? []), { text, value }]);
  }
  return byId;
}
