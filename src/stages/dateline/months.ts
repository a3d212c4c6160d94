import { languagePack } from '../../lang/pack.js';

// Dateline patterns are English typography ("June 26, 2020"); documents in a language without a
// pack are rejected before the dateline matters (see src/lang/pack.ts).
const { months } = languagePack('en');
const MONTHS = new Map(months.flatMap((names, i) => names.map((name) => [name.toLowerCase(), i + 1] as const)));

/** Month number (1–12) of an English month name or abbreviation, with or without a final dot. */
export function monthNumber(name: string): number | undefined {
  return MONTHS.get(name.toLowerCase().replace(/\.$/, ''));
}

/** A regex alternation matching English month names and their abbreviations (with or without a dot). */
export const MONTH_PATTERN = months.map(([full, ...abbrs]) => [full, ...abbrs.map((a) => `${a}\\.?`)].join('|')).join('|');

/** ISO date from parts, or undefined when the parts make no real calendar day. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return d.toISOString().slice(0, 10);
}

/**
 * The year of a month and day written without one, as seen from the publication date: the
 * closest such day not more than a few days after publication (wires date stories on the day
 * or the day before; a date weeks ahead is last year's).
 */
export function inferYear(month: number, day: number, published: string | undefined): number | undefined {
  if (!published) return undefined;
  const pub = Date.parse(published.slice(0, 10));
  if (Number.isNaN(pub)) return undefined;
  const year = new Date(pub).getUTCFullYear();
  const sameYear = Date.UTC(year, month - 1, day);
  const graceMs = 7 * 86_400_000;
  return sameYear - pub > graceMs ? year - 1 : year;
}
