import { describe, expect, it } from 'vitest';
import { assetPath, readDataText } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';
import { loadHistoricalMembers, parseHistoricalMembers, stateOnDay, unionsOf } from './historical-members.js';
import { parseHistoricalStates } from './kb-data.js';

describe('stateOnDay', () => {
  it.each([
    ['SRB', '1987-03-15', 'YUG'],
    ['HRV', '1991-06-24', 'YUG'],
    ['HRV', '1991-06-25', 'HRV'],
    ['UKR', '1987-06-01', 'SUN'],
    ['UKR', '1991-12-26', 'UKR'],
    ['LTU', '1990-03-10', 'SUN'],
    ['LTU', '1990-03-11', 'LTU'],
    ['UKR', '1991-08-24', 'UKR'],
    ['RUS', '1991-12-20', 'SUN'],
    ['SVK', '1990-01-01', 'CSK'],
    ['XKX', '1999-06-12', 'YUG'],
    ['XKX', '2004-03-17', 'SCG'],
    ['XKX', '2007-01-01', 'XKX'],
    ['SRB', '2003-02-04', 'SCG'],
    ['MNE', '2006-06-06', 'MNE'],
    ['COD', '1990-01-01', 'ZAR'],
    ['COD', '1997-05-18', 'COD'],
    ['DEU', '1987-06-01', 'DEU'],
    ['RUS', undefined, 'RUS'],
  ])('%s on %s is %s', (code, day, state) => {
    expect(stateOnDay(code, day)).toBe(state);
  });

  it.each([
    ['UKR', ['SUN']],
    ['SUN', ['SUN']],
    ['SRB', ['YUG', 'SCG']],
    ['POL', []],
  ])('%s is, or lay in, %j', (code, unions) => {
    expect(unionsOf(code)).toEqual(unions);
  });

  it('refuses a malformed row with E170 naming its line', () => {
    expect(() => parseHistoricalMembers('# c\nYUG\tSRB\t1918-12-01\n', 'x.tsv')).toThrow(DyadError);
    expect(() => parseHistoricalMembers('# c\nYUG\tSRB\t1918-12-01\n', 'x.tsv')).toThrow(/line 2/);
    expect(() => parseHistoricalMembers('YUG\tSRB\t2003-02-03\t1918-12-01\n', 'x.tsv')).toThrow(/line 1/);
  });
});

describe('the shipped table', () => {
  const states = new Map(parseHistoricalStates(readDataText(assetPath('src', 'stages', 'actors', 'data', 'historical-states.tsv'))).map((s) => [s.code, s]));
  const rows = [...loadHistoricalMembers()].flatMap(([member, spans]) => spans.map((s) => ({ member, ...s })));

  it('names only unions of historical-states.tsv, and keeps each member inside its union\'s life', () => {
    for (const row of rows) {
      const union = states.get(row.union);
      expect(union, row.union).toBeDefined();
      expect(row.from >= (union?.from ?? ''), `${row.member} ${row.from}`).toBe(true);
      expect(row.to <= (union?.to ?? ''), `${row.member} ${row.to}`).toBe(true);
    }
  });

  it('gives no member two states on one day', () => {
    for (const [member, spans] of loadHistoricalMembers()) {
      const sorted = [...spans].sort((a, b) => a.from.localeCompare(b.from));
      sorted.slice(1).forEach((s, i) => expect(s.from > (sorted[i]?.to ?? ''), member).toBe(true));
    }
  });
});
