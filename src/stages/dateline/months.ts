const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

/** Month number (1–12) of an English month name or abbreviation, with or without a final dot. */
export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')];
}

/** A regex alternation matching English month names and their abbreviations. */
export const MONTH_PATTERN =
  'Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?\\.?|July?\\.?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?';

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
