/**
 * Calendar arithmetic on plain days (UTC, no time zones): the dates stage reasons in whole days,
 * weeks, months and years, and writes ISO 8601 strings.
 */
import { daysBetween } from '../../core/days.js';

/** A calendar day; months are 1-based. */
export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Parse `YYYY-MM-DD` (a longer ISO timestamp keeps only its day); undefined when malformed. */
export function parseDay(text: string | undefined): Day | undefined {
  const m = text ? /^(\d{4})-(\d{2})-(\d{2})/.exec(text) : null;
  if (!m) return undefined;
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDay(day) ? day : undefined;
}

export function isValidDay(d: Day): boolean {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toUtc(d: Day): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

function fromUtc(date: Date): Day {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Day, days: number): Day {
  const date = toUtc(d);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

/** Add months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(d: Day, months: number): Day {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** Day of the week, ISO numbering: Monday 1 … Sunday 7. */
export function isoWeekday(d: Day): number {
  return ((toUtc(d).getUTCDay() + 6) % 7) + 1;
}

/** ISO week of a day: `{ year, week }`; the week-year differs from the calendar year around New Year. */
export function isoWeek(d: Day): { year: number; week: number } {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor(daysBetween(formatDay(jan1), formatDay(thursday)) / 7) + 1 };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatDay(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function formatWeek(d: Day): string {
  const { year, week } = isoWeek(d);
  return `${pad(year, 4)}-W${pad(week)}`;
}

export function compareDays(a: Day, b: Day): number {
  return daysBetween(formatDay(b), formatDay(a));
}
