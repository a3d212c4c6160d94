import { describe, expect, it } from 'vitest';
import { codesOf, runActors as run } from '../../../test/support/actors-run.js';
import { loadKb } from './kb.js';
import { regionDemonymCountry } from './region-demonym.js';

describe('regionDemonymCountry', () => {
  it.each([
    ['british columbian', 'CAN'],
    ['albertans', 'CAN'],
    ['texan', 'USA'],
    ['bavarian', 'DEU'],
    ['hawaiian', 'USA'],
    // A town's name is no region: "Republica" (Brazil) from "Republican", "Columbia" (USA) from a misspelt "Colombian".
    ['republican', undefined],
    ['columbian', undefined],
    ['christian', undefined],
  ])('%s: %s', (key, code) => {
    expect(regionDemonymCountry(loadKb(), key)).toBe(code);
  });
});

describe('regional demonyms in phrases', () => {
  it.each([
    ['British Columbian unionized workers went on strike.', 'British Columbian unionized workers', 'CAN', 'LAB'],
    ['Texan farmers protested.', 'Texan farmers', 'USA', 'AGR'],
    ['Bavarian officials met him.', 'Bavarian officials', 'DEU', 'GOV'],
  ])('issue-12: "%s" gives the region\'s country', (text, words, code, sector) => {
    expect(codesOf(run(text, '1987-04-10'), words)).toEqual([code, sector]);
  });
});
