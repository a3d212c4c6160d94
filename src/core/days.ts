/**
 * Days and the article's date, in one place for every stage: ISO 8601 strings, UTC, whole days.
 */

/** Milliseconds in a day (UTC days have no leap seconds in JavaScript time). */
export const MS_PER_DAY = 86_400_000;

/**
 * A date ending more than this many days before the article's is background history: the dates
 * stage flags it `background`, and events marks an event dated so as history.
 */
export const BACKGROUND_DAYS = 30;

/**
 * Whole days from `a` to `b`, positive when `b` is later. ISO dates; a partial one (`2020`,
 * `2020-06`) is taken at its first day.
 * @example daysBetween('2020-06-01', '2020-06-26') // 25
 */
export function daysBetween(a: string, b: string): number {
  const at = (date: string): number => Date.parse((date + '-01-01').slice(0, 10) + 'T00:00:00Z');
  return Math.round((at(b) - at(a)) / MS_PER_DAY);
}

/** What `articleDate` reads: the reader's date and the dateline stage's publication date. */
export interface Dated {
  readonly meta: { readonly date?: string };
  readonly layers: { readonly dateline?: { readonly published?: string } };
}

/**
 * The article's day, `YYYY-MM-DD`: the dateline stage's publication date (which already prefers
 * the reader's date over the dateline's), else the reader's date when no dateline stage ran.
 * Every stage and command that needs "the article's date" reads it here.
 * @example articleDate(makeDoc({ text: 'x', meta: { date: '2020-06-26T10:00:00Z' } })) // '2020-06-26'
 */
export function articleDate(doc: Dated): string | undefined {
  const date = doc.layers.dateline?.published ?? doc.meta.date;
  return date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : undefined;
}
