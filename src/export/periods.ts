/** Calendar periods of panels: years, months and days as ISO date prefixes. */

export const GRAINS = ['year', 'month', 'day'] as const;
export type Grain = (typeof GRAINS)[number];

const LENGTH: Readonly<Record<Grain, number>> = { year: 4, month: 7, day: 10 };

/** The period a date falls in (`1987`, `1987-03`, `1987-03-09`), or undefined when the date is coarser than the grain. */
export function periodOf(date: string, grain: Grain): string | undefined {
  return date.length >= LENGTH[grain] ? date.slice(0, LENGTH[grain]) : undefined;
}

/** The first day a date prefix can mean (`1987` → `1987-01-01`). */
export function firstDay(prefix: string): string {
  return prefix.length >= 10 ? prefix.slice(0, 10) : prefix.length >= 7 ? `${prefix.slice(0, 7)}-01` : `${prefix.slice(0, 4)}-01-01`;
}

/** The last day a date prefix can mean (`1987-02` → `1987-02-28`). */
export function lastDay(prefix: string): string {
  if (prefix.length >= 10) return prefix.slice(0, 10);
  if (prefix.length >= 7) {
    const [year, month] = prefix.split('-').map(Number);
    return `${prefix.slice(0, 7)}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return `${prefix.slice(0, 4)}-12-31`;
}

/** The periods from the one holding `from` to the one holding `to` (both `YYYY-MM-DD`), in order. */
export function periodsBetween(from: string, to: string, grain: Grain): string[] {
  const periods: string[] = [];
  let period = periodOf(from, grain)!;
  const last = periodOf(to, grain)!;
  while (period <= last) {
    periods.push(period);
    period = next(period, grain);
  }
  return periods;
}

function next(period: string, grain: Grain): string {
  if (grain === 'year') return String(Number(period) + 1).padStart(4, '0');
  const [year, month, day] = period.split('-').map(Number);
  const date = grain === 'month' ? new Date(Date.UTC(year, month, 1)) : new Date(Date.UTC(year, month - 1, day + 1));
  return date.toISOString().slice(0, LENGTH[grain]);
}
