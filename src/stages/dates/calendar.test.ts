import { describe, expect, it } from 'vitest';
import { addDays, addMonths, formatWeek, isoWeekday, parseDay } from './calendar.js';

describe('calendar', () => {
  it('parses a day from a date or a timestamp', () => {
    expect(parseDay('2020-06-26')).toEqual({ year: 2020, month: 6, day: 26 });
    expect(parseDay('2020-06-26T10:00:00Z')).toEqual({ year: 2020, month: 6, day: 26 });
    expect(parseDay('2020-02-30')).toBeUndefined();
  });

  it('knows 2020-06-26 was a Friday', () => {
    expect(isoWeekday({ year: 2020, month: 6, day: 26 })).toBe(5);
  });

  it('crosses month and year ends', () => {
    expect(addDays({ year: 2019, month: 12, day: 31 }, 1)).toEqual({ year: 2020, month: 1, day: 1 });
    expect(addMonths({ year: 2020, month: 1, day: 31 }, 1)).toEqual({ year: 2020, month: 2, day: 29 });
  });

  it.each([
    [{ year: 2020, month: 6, day: 26 }, '2020-W26'],
    [{ year: 2021, month: 1, day: 1 }, '2020-W53'],
    [{ year: 2019, month: 12, day: 30 }, '2020-W01'],
  ])('ISO week of %o is %s', (day, week) => {
    expect(formatWeek(day)).toBe(week);
  });
});
