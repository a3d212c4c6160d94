import { addDays, addMonths, compareDays, daysInMonth, formatDay, formatMonth, type Day } from './calendar.js';
import type { DateType, Granularity } from './types.js';

/** What a rule knows when it normalises a match. */
export interface RuleContext {
  /** Publication date: the anchor of relative expressions; undefined when the article has none. */
  readonly pub?: Day;
  /** True when the sentence speaks of the future ("will", "is due to", "next"). */
  readonly future: boolean;
  /** The last day-level date mentioned before this one (for "the day before"), else the publication date. */
  readonly anchor?: Day;
}

/** A normalised expression, before it is placed in the text. */
export interface Normalised {
  readonly type: DateType;
  readonly value: string;
  readonly granularity: Granularity;
  readonly relative?: boolean;
  readonly why?: string;
  /** First and last day the expression covers (dates and ranges): for "background" and anaphora. */
  readonly first?: Day;
  readonly last?: Day;
}

/**
 * One kind of temporal expression: a pattern (a named group `span`, always ending where the match
 * ends, narrows the mention when the pattern also reads words before it such as "for" or "in") and its
 * normalisation, which may refuse (undefined) when the match is not a date after all.
 */
export interface Rule {
  readonly name: string;
  readonly pattern: RegExp;
  /**
   * Cheap tests that every match of `pattern` passes (a word or digit the pattern cannot match
   * without): a region failing one is not read with `pattern`, which costs a scan of every position.
   * Speed only, so each must be a necessary condition: a test stricter than the pattern loses dates.
   */
  readonly needs?: readonly RegExp[];
  normalise(match: RegExpExecArray, ctx: RuleContext): Normalised | undefined;
}

/** Build a rule pattern (global). */
export function pattern(source: string, flags = ''): RegExp {
  return new RegExp(source, `g${flags}`);
}

/** A whole-day date. */
export function dayValue(day: Day, extra: Partial<Normalised> = {}): Normalised {
  return { type: 'date', value: formatDay(day), granularity: 'day', first: day, last: day, ...extra };
}

/** A whole-month date. */
export function monthValue(year: number, month: number, extra: Partial<Normalised> = {}): Normalised {
  return {
    type: 'date', value: formatMonth(year, month), granularity: 'month',
    first: { year, month, day: 1 }, last: { year, month, day: daysInMonth(year, month) }, ...extra,
  };
}

/** A whole-year date. */
export function yearValue(year: number, extra: Partial<Normalised> = {}): Normalised {
  return { type: 'date', value: String(year), granularity: 'year', first: { year, month: 1, day: 1 }, last: { year, month: 12, day: 31 }, ...extra };
}

/** An interval between two dates, as an ISO 8601 `start/end` range. */
export function rangeValue(from: Normalised, to: Normalised, extra: Partial<Normalised> = {}): Normalised {
  return { type: 'range', value: `${from.value}/${to.value}`, granularity: from.granularity, first: from.first, last: to.last, ...extra };
}

/**
 * The year of a day written without one ("Feb 26"): the nearest such day on or before the
 * publication date, or on or after it when the sentence speaks of the future.
 */
export function inferYear(month: number, day: number, ctx: RuleContext): { year: number; why: string } | undefined {
  if (!ctx.pub) return undefined;
  const candidate = (year: number): Day => ({ year, month, day: Math.min(day, daysInMonth(year, month)) });
  const sameYear = candidate(ctx.pub.year);
  if (ctx.future) {
    const year = compareDays(sameYear, ctx.pub) >= 0 ? ctx.pub.year : ctx.pub.year + 1;
    return { year, why: `year inferred: next such day after the publication date (future tense)` };
  }
  const year = compareDays(sameYear, ctx.pub) <= 0 ? ctx.pub.year : ctx.pub.year - 1;
  return { year, why: `year inferred: latest such day up to the publication date` };
}

/** The year of a month written without one ("in March"), by the same rule as `inferYear`. */
export function inferMonthYear(month: number, ctx: RuleContext): { year: number; why: string } | undefined {
  if (!ctx.pub) return undefined;
  if (ctx.future) {
    const year = month >= ctx.pub.month ? ctx.pub.year : ctx.pub.year + 1;
    return { year, why: 'year inferred: next such month (future tense)' };
  }
  const year = month <= ctx.pub.month ? ctx.pub.year : ctx.pub.year - 1;
  return { year, why: 'year inferred: latest such month up to the publication date' };
}

/** Shift a day by a count of units (negative for the past). */
export function shiftDay(day: Day, unit: string, count: number): Day {
  if (unit === 'day') return addDays(day, count);
  if (unit === 'week') return addDays(day, 7 * count);
  if (unit === 'fortnight') return addDays(day, 14 * count);
  if (unit === 'month') return addMonths(day, count);
  if (unit === 'year') return addMonths(day, 12 * count);
  if (unit === 'decade') return addMonths(day, 120 * count);
  return addMonths(day, 1200 * count);
}
