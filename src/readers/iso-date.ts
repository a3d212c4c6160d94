/** Years a news date can have: four digits, as ISO 8601 without expansion. */
const FIRST_YEAR = 1000;
const LAST_YEAR = 9999;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Whether year, month and day name a day of the Gregorian calendar (`2020-02-30` does not). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * `2020-06-26`, `2020-06-26T10:00:00Z` and RFC 2822 dates become ISO; anything else is undefined.
 * Checked strictly (see #16): the whole value must parse, the day must exist, and the year must
 * have four digits, so `2020-02-30`, `99999-01-01` and `2020-99-99junk` are refused.
 */
export function toIsoDate(value: string): string | undefined {
  const text = value.trim();
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, m, d, hh, mm, ss] = iso;
    if (!isCalendarDate(Number(y), Number(m), Number(d))) return undefined;
    if (hh === undefined) return text;
    if (Number(hh) > 23 || Number(mm) > 59 || Number(ss ?? 0) > 59) return undefined;
    return inRange(Date.parse(text.replace(' ', 'T')));
  }
  // Anything that starts like an ISO date but is not one is a malformed ISO date, not prose for Date.parse.
  if (/^[+-]?\d{4,}-/.test(text) || !/[a-z]{3}/i.test(text)) return undefined;
  return inRange(Date.parse(text));
}

function inRange(ms: number): string | undefined {
  if (Number.isNaN(ms)) return undefined;
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  return year < FIRST_YEAR || year > LAST_YEAR ? undefined : date.toISOString();
}
