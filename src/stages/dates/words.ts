/** The words temporal expressions are built from, as regular-expression sources and lookups. */
import { languagePack } from '../../lang/pack.js';

// Date patterns are English grammar ("last Friday", "March 3"); documents in a language without a
// pack are rejected before dates are read (see src/lang/pack.ts).
const { months: MONTHS, weekdays: WEEKDAYS } = languagePack('en');

/** Capitalised month names; abbreviations only with their dot, so "Mar" or "Jun" in a name does not match. */
export const MONTH = `(?:${MONTHS.flatMap(([full, ...abbrs]) => [full, ...abbrs.map((a) => `${a}\\.`)]).join('|')})`;

/** Month names as written before a day number, where "Feb 26" needs no dot to be unambiguous. */
export const MONTH_BEFORE_DAY = `(?:${MONTHS.flatMap(([full, ...abbrs]) => [full, ...abbrs.map((a) => `${a}\\.?`)]).join('|')})`;

/** Capitalised weekday names; abbreviations only with their dot. */
export const WEEKDAY = `(?:${WEEKDAYS.flatMap(([full, ...abbrs]) => [full, ...abbrs.map((a) => `${a}\\.`)]).join('|')})`;

/** Month number (1–12) of a month name or abbreviation. */
export function monthNumber(text: string): number {
  const word = text.replace(/\.$/, '').toLowerCase();
  // Loops, not closures made per call, which lose their optimised code at each full collection (#13).
  for (let m = 0; m < MONTHS.length; m++) for (const n of MONTHS[m]) if (n.toLowerCase() === word) return m + 1;
  return 0;
}

/** ISO weekday (Monday 1 … Sunday 7) of a weekday name or abbreviation. */
export function weekdayNumber(text: string): number {
  const word = text.replace(/\.$/, '').replace(/s$/, '').toLowerCase();
  return WEEKDAYS.findIndex((names) => names.some((n) => n.toLowerCase() === word)) + 1;
}

/** A year written in full, 1800–2099. */
export const YEAR = '(?:18|19|20)\\d{2}';

/** A day of the month with an optional ordinal suffix. */
export const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, couple: 2, dozen: 12,
};

/** A count: digits, a number word, or a vague quantity ("several", "a few"), which normalises to X. */
export const COUNT = `(?:\\d{1,3}|${Object.keys(NUMBER_WORDS).filter((w) => w !== 'couple' && w !== 'dozen').join('|')}|a couple of|a dozen|half an?|several|a few|few|many)`;

/** The number a count stands for, or undefined for a vague one ("several"). */
export function countValue(text: string): number | undefined {
  const word = text.toLowerCase().replace(/^a (couple|dozen)( of)?$/, '$1');
  if (/^\d+$/.test(word)) return Number(word);
  if (/^half an?$/.test(word)) return 0.5;
  return NUMBER_WORDS[word];
}

/** Units of time and their ISO 8601 designators (T marks time units). */
export const UNITS: Record<string, { designator: string; granularity: 'time' | 'day' | 'week' | 'month' | 'year' | 'decade' | 'century'; size: number }> = {
  second: { designator: 'TS', granularity: 'time', size: 1 },
  minute: { designator: 'TM', granularity: 'time', size: 1 },
  hour: { designator: 'TH', granularity: 'time', size: 1 },
  day: { designator: 'D', granularity: 'day', size: 1 },
  week: { designator: 'W', granularity: 'week', size: 1 },
  fortnight: { designator: 'W', granularity: 'week', size: 2 },
  month: { designator: 'M', granularity: 'month', size: 1 },
  year: { designator: 'Y', granularity: 'year', size: 1 },
  decade: { designator: 'Y', granularity: 'decade', size: 10 },
  century: { designator: 'Y', granularity: 'century', size: 100 },
};

export const UNIT = `(?:${Object.keys(UNITS).join('|')})`;

/** The unit of a possibly plural unit word ("days" → day, "centuries" → century). */
export function unitOf(text: string): (typeof UNITS)[string] & { name: string } {
  const name = text.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  return { name, ...UNITS[name] };
}

const alternation = (lists: readonly (readonly string[])[]): string => lists.flat().join('|');

/**
 * Prefilters (`Rule.needs`): a region without one of these is not read by the rules that need it.
 * Each is a necessary condition of the patterns above, never stricter: any month or weekday name or
 * abbreviation as the case-sensitive patterns write it, a full year, a unit of time in any case.
 */
export const HAS_DIGIT = /\d/;
export const HAS_YEAR = new RegExp(YEAR);
export const HAS_MONTH = new RegExp(alternation(MONTHS));
export const HAS_WEEKDAY = new RegExp(alternation(WEEKDAYS));
export const HAS_UNIT = new RegExp(UNIT, 'i');
