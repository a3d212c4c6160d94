import { describe, expect, it } from 'vitest';
import { isCalendarDate, toIsoDate } from './iso-date.js';

describe('toIsoDate', () => {
  it.each([
    ['2020-06-26', '2020-06-26'],
    ['2020-06-26T10:00:00Z', '2020-06-26T10:00:00.000Z'],
    ['2020-06-26T10:00:00+02:00', '2020-06-26T08:00:00.000Z'],
    ['Fri, 26 Jun 2020 10:00:00 GMT', '2020-06-26T10:00:00.000Z'],
    ['2020-02-29', '2020-02-29'],
  ])('%s → %s', (input, expected) => {
    expect(toIsoDate(input)).toBe(expected);
  });

  it.each(['2020-13-45', 'soon', '2020-02-30', '2021-02-29', '99999-01-01', '2020-99-99junk', '2020-06-26junk', '2020-06-26T25:00:00Z', '12', '0001-01-01'])(
    'issue-16: refuses %s',
    (input) => {
      expect(toIsoDate(input)).toBeUndefined();
    },
  );
});

describe('isCalendarDate', () => {
  it.each([
    [2020, 2, 29, true],
    [2021, 2, 29, false],
    [2020, 4, 31, false],
    [2020, 12, 31, true],
    [2020, 0, 1, false],
  ])('%i-%i-%i is %s', (y, m, d, ok) => {
    expect(isCalendarDate(y, m, d)).toBe(ok);
  });
});
