import { describe, expect, it } from 'vitest';
import { codesOf, runActors as run } from '../../../test/support/actors-run.js';

// data/metonyms.tsv's unions, parties and business groups whose names hold no country word, which the Phoenix
// dictionaries lack, so an event whose actor they are was turned down as uncoded (#12, session 60 ev-uncoded).
describe('named unions, parties and business groups of one country', () => {
  it.each([
    ['IG Metall rejected the employers offer.', 'IG Metall', 'DEU', 'LAB'],
    ['The United Automobile Workers union must resolve its concerns.', 'The United Automobile Workers union', 'USA', 'LAB'],
    ['The UAW called a strike.', 'The UAW', 'USA', 'LAB'],
    ['Keidanren urged the government to act.', 'Keidanren', 'JPN', 'BUS'],
    ['Public Voice for Food and Health Policy criticised the rule.', 'Public Voice for Food and Health Policy', 'USA', 'NGO'],
  ])('issue-12: %s: "%s" is %s %s', (text, words, code, sector) => {
    expect(codesOf(run(text, '1987-04-01'), words)).toEqual([code, sector]);
  });

  it('an official titled by the union before the name is the union\'s', () => {
    const text = 'IG-Metall official Ernst Eisenmann blamed the employers.';
    expect(codesOf(run(text, '1987-04-01', ['Ernst Eisenmann']), 'IG-Metall official Ernst Eisenmann')).toEqual(['DEU', 'LAB']);
  });

  it('a party is its country\'s only while it stood: the Democratic Justice Party of 1987, not of 2000', () => {
    const text = 'The Democratic Justice Party will ask the president to accept the demands.';
    expect(codesOf(run(text, '1987-04-01'), 'The Democratic Justice Party')).toEqual(['KOR', 'PTY']);
    expect(codesOf(run(text, '2000-04-01'), 'The Democratic Justice Party')[0]).toBeUndefined();
  });
});

describe('British charities and pressure groups (data/national-bodies.tsv)', () => {
  it.each([
    ['The Fostering Network criticised the British system.', 'The Fostering Network', 'GBR', 'NGO'],
  ])('issue-12: %s: "%s" is %s %s', (text, words, code, sector) => {
    expect(codesOf(run(text, '2005-01-01'), words)).toEqual([code, sector]);
  });
});
