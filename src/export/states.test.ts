import { describe, expect, it } from 'vitest';
import { isMember, stateCodeOn, statesDuring, type StateSystem } from './states.js';

const codesOn = (system: StateSystem, date: string) => statesDuring(system, date, date).map((s) => s.code);
const keysOn = (system: StateSystem, date: string) => statesDuring(system, date, date).map((s) => s.key);

describe('state-system membership at boundary dates', () => {
  it.each([
    // Germany: the Reich ends in May 1945, the two republics start in 1949, the GDR ends in 1990.
    ['gw', 255, '1945-05-07', true], ['gw', 255, '1945-05-08', false],
    ['cow', 255, '1945-05-08', true], ['cow', 255, '1945-05-09', false],
    ['gw', 260, '1949-09-20', false], ['gw', 260, '1949-09-21', true],
    ['gw', 265, '1949-10-04', false], ['gw', 265, '1949-10-05', true],
    ['gw', 265, '1990-10-02', true], ['gw', 265, '1990-10-03', false],
    ['gw', 260, '1990-10-03', true],
    ['cow', 260, '1955-05-04', false], ['cow', 260, '1990-10-02', true], ['cow', 260, '1990-10-03', false],
    ['cow', 255, '1990-10-02', false], ['cow', 255, '1990-10-03', true],
    // Soviet successors: GW admits Ukraine on 1 December 1991, COW on 26 December.
    ['gw', 369, '1991-11-30', false], ['gw', 369, '1991-12-01', true],
    ['cow', 369, '1991-12-25', false], ['cow', 369, '1991-12-26', true],
    // Yemen unifies on 22 May 1990: GW keeps 678, COW moves to 679.
    ['gw', 680, '1990-05-21', true], ['gw', 680, '1990-05-22', false], ['gw', 678, '1990-05-22', true],
    ['cow', 678, '1990-05-21', true], ['cow', 678, '1990-05-22', false], ['cow', 679, '1990-05-22', true],
    // Serbia: GW ends Yugoslavia (345) on 4 June 2006 and starts Serbia (340) the next day; COW keeps 345.
    ['gw', 345, '2006-06-04', true], ['gw', 345, '2006-06-05', false], ['gw', 340, '2006-06-05', true],
    ['cow', 345, '2006-06-05', true],
    // South Sudan from 9 July 2011 in both lists.
    ['gw', 626, '2011-07-08', false], ['gw', 626, '2011-07-09', true],
    ['cow', 626, '2011-07-08', false], ['cow', 626, '2011-07-09', true],
    // A membership running to the list's last day is taken as continuing.
    ['gw', 626, '2024-01-01', true], ['cow', 2, '2024-01-01', true],
  ] as const)('%s %i on %s: %s', (system, code, date, member) => {
    expect(isMember(system, code, date)).toBe(member);
  });
});

describe('ISO3 codes to state-system codes', () => {
  it.each([
    // Unified Germany: GW continues the Federal Republic (260), COW the Reich (255).
    ['DEU', 'gw', '1987-06-01', 260], ['DEU', 'cow', '1987-06-01', 260],
    ['DEU', 'gw', '1995-01-01', 260], ['DEU', 'cow', '1995-01-01', 255],
    ['DEU', 'gw', '1947-01-01', undefined], ['DEU', 'cow', '1952-01-01', undefined],
    ['DDR', 'gw', '1990-10-02', 265], ['DDR', 'gw', '1990-10-03', undefined],
    ['SUN', 'gw', '1991-12-25', 365], ['SUN', 'gw', '1991-12-26', undefined],
    ['RUS', 'gw', '1991-06-01', 365], ['RUS', 'cow', '1992-01-01', 365],
    ['YEM', 'cow', '1990-05-21', 678], ['YEM', 'cow', '1990-05-22', 679], ['YEM', 'gw', '1990-05-22', 678],
    ['YMD', 'gw', '1990-05-21', 680], ['YMD', 'gw', '1990-05-22', undefined],
    ['SRB', 'gw', '1999-03-24', 345], ['SRB', 'gw', '2006-06-05', 340], ['SRB', 'cow', '2010-01-01', 345],
    ['SSD', 'gw', '2011-07-08', undefined], ['SSD', 'gw', '2011-07-09', 626],
    ['IGO', 'gw', '2000-01-01', undefined],
  ] as const)('%s in %s on %s is %s', (iso3, system, date, code) => {
    expect(stateCodeOn(iso3, system, date)).toBe(code);
  });
});

describe('the states of a period', () => {
  it('labels Soviet and Russian years with the ISO3 code of the time', () => {
    expect(keysOn('iso3', '1991-12-25')).toContain('SUN');
    expect(keysOn('iso3', '1991-12-26')).toContain('RUS');
    expect(keysOn('iso3', '1991-12-26')).not.toContain('SUN');
    expect(keysOn('iso3', '2004-06-01')).toContain('SCG');
  });

  it('lists both German states in 1987 and one Germany in 1991, with its GW and COW codes', () => {
    expect(codesOn('gw', '1987-06-01').filter((c) => c >= 255 && c <= 265)).toEqual([260, 265]);
    const [germany] = statesDuring('gw', '1991-01-01', '1991-12-31').filter((s) => s.iso3 === 'DEU');
    expect(germany).toMatchObject({ key: '260', gw: 260, cow: 255 });
    expect(statesDuring('cow', '1991-01-01', '1991-12-31').filter((s) => s.iso3 === 'DEU').map((s) => s.key)).toEqual(['255']);
  });

  it('counts a state that existed on any day of the range', () => {
    const year = statesDuring('gw', '1990-01-01', '1990-12-31').map((s) => s.code);
    expect(year).toEqual(expect.arrayContaining([260, 265, 678, 680]));
    expect(new Set(year).size).toBe(year.length);
  });
});
