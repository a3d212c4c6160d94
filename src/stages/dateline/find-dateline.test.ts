import { describe, expect, it } from 'vitest';
import { findDateline, titleCase } from './find-dateline.js';

const at = (text: string, published = '2020-06-26') => {
  const found = findDateline(text, 0, published);
  return found && { place: found.placeName, date: found.date, agency: found.agency, rest: text.slice(found.span.end).trim() };
};

describe('findDateline', () => {
  it.each([
    ['MOSCOW, June 26. /TASS/. Combating the virus.', { place: 'Moscow', date: '2020-06-26', agency: 'TASS', rest: 'Combating the virus.' }],
    ['WASHINGTON, March 3 - The U.S. said.', { place: 'Washington', date: '2020-03-03', agency: undefined, rest: 'The U.S. said.' }],
    ['PARIS (Reuters) - France said.', { place: 'Paris', date: undefined, agency: 'Reuters', rest: 'France said.' }],
    ['LONDON (AP) — Britain said.', { place: 'London', date: undefined, agency: 'AP', rest: 'Britain said.' }],
    ['KYIV, Ukraine (AP) — Russia said.', { place: 'Kyiv', date: undefined, agency: 'AP', rest: 'Russia said.' }],
    ['NEW YORK, Oct 3 (Reuters) -- Stocks fell.', { place: 'New York', date: '2019-10-03', agency: 'Reuters', rest: 'Stocks fell.' }],
    ['RICHMOND, Va. Feb 26 - Qtly div.', { place: 'Richmond', date: '2020-02-26', agency: undefined, rest: 'Qtly div.' }],
    ['CLARKSBURG, W.Va., Feb 26 - Gas.', { place: 'Clarksburg', date: '2020-02-26', agency: undefined, rest: 'Gas.' }],
    ['Toronto, Feb 26 - Standard Trustco said.', { place: 'Toronto', date: '2020-02-26', agency: undefined, rest: 'Standard Trustco said.' }],
    ['ST. PETERSBURG, June 3 - Talks.', { place: 'St. Petersburg', date: '2020-06-03', agency: undefined, rest: 'Talks.' }],
    ['(Kyiv, 1 February 2022) The Prime Minister met.', { place: 'Kyiv', date: '2022-02-01', agency: undefined, rest: 'The Prime Minister met.' }],
  ])('reads %s', (text, expected) => {
    expect(at(text)).toEqual(expected);
  });

  it.each([
    'The Kremlin said on Friday that talks went well.',
    'Putin said on Friday - and meant it.',
    'NATO leaders met in Brussels.',
    'Toronto (Reuters) is not enough for a mixed-case place.',
    '(Updated) Talks went well.',
    '(Kyiv) Talks went well.',
  ])('finds no dateline in %s', (text) => {
    expect(findDateline(text, 0, '2020-06-26')).toBeUndefined();
  });

  it('infers the year of a date written without one from the publication date', () => {
    expect(at('LONDON, Dec 30 - Markets closed.', '2021-01-02')?.date).toBe('2020-12-30');
  });

  it('returns offsets of the place and agency in the text', () => {
    const text = 'Intro\n\nMOSCOW, June 26. /TASS/. Body.';
    const found = findDateline(text, 7, '2020-06-26')!;
    expect(text.slice(found.place.start, found.place.end)).toBe('MOSCOW');
    expect(text.slice(found.agencySpan!.start, found.agencySpan!.end)).toBe('TASS');
    expect(text.slice(found.dateSpan!.start, found.dateSpan!.end)).toBe('June 26');
  });
});

describe('titleCase', () => {
  it.each([['NEW YORK', 'New York'], ['ST. PETERSBURG', 'St. Petersburg'], ['WINSTON-SALEM', 'Winston-Salem']])('%s → %s', (caps, titled) => {
    expect(titleCase(caps)).toBe(titled);
  });
});
