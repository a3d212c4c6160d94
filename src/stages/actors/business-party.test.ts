import { describe, expect, it } from 'vitest';
import { runActors as run } from '../../../test/support/actors-run.js';
import { isBusinessParty, parseUnlocatedParties, unlocatedParty } from './business-party.js';

/** The mention whose text is exactly `words`, if any. */
function find(text: string, words: string, upos: readonly string[]) {
  const result = run(text, '2005-03-01', [], upos);
  return result.mentions.find((m) => result.text.slice(m.start, m.end) === words);
}

describe('isBusinessParty', () => {
  it('counts the employers\' side of a labour dispute', () => {
    expect(isBusinessParty('employers', 'BUS')).toBe(true);
    expect(isBusinessParty('shipowners', 'BUS')).toBe(true);
  });
  it('leaves other business nouns and other sectors alone', () => {
    expect(isBusinessParty('companies', 'BUS')).toBe(false);
    expect(isBusinessParty('banks', 'BUS')).toBe(false);
    expect(isBusinessParty('traders', 'BUS')).toBe(false);
    expect(isBusinessParty('employers', 'GOV')).toBe(false);
  });
});

describe('unlocatedParty', () => {
  it('lists groups and market sides as parties only as a clause\'s subject', () => {
    expect(unlocatedParty('groups')).toBe('subject');
    expect(unlocatedParty('traders')).toBe('subject');
    expect(unlocatedParty('banks')).toBeUndefined();
    expect(unlocatedParty('producers')).toBeUndefined();
  });
  it('reports a line with an unknown kind', () => {
    expect(parseUnlocatedParties('# note\nparty\temployers\nsomewhere\tgroups\n').problems).toEqual([{ line: 3, reason: expect.any(String) }]);
  });
});

describe('group nouns with no country as a clause\'s subject', () => {
  it.each([
    ['Church groups welcomed the limit.', 'groups', ['PROPN', 'NOUN', 'VERB', 'DET', 'NOUN', 'PUNCT'], 'SOC'],
    ['Animal welfare groups have welcomed the ban.', 'groups', ['NOUN', 'NOUN', 'NOUN', 'AUX', 'VERB', 'DET', 'NOUN', 'PUNCT'], 'SOC'],
    ['The institutes criticised the government.', 'The institutes', ['DET', 'NOUN', 'VERB', 'DET', 'NOUN', 'PUNCT'], 'SOC'],
    ['Prices fell while sugar traders threaten a sale.', 'traders', ['NOUN', 'VERB', 'SCONJ', 'NOUN', 'NOUN', 'VERB', 'DET', 'NOUN', 'PUNCT'], 'BUS'],
  ])('"%s" makes a mention of "%s" for context to locate', (text, words, upos, sector) => {
    const m = find(text, words, upos);
    expect(m).toMatchObject({ sector });
    expect(m?.code).toBeUndefined();
  });
  it.each([
    ['The minister met the groups.', 'the groups', ['DET', 'NOUN', 'VERB', 'DET', 'NOUN', 'PUNCT']],
    ['Talks between the traders ended.', 'the traders', ['NOUN', 'ADP', 'DET', 'NOUN', 'VERB', 'PUNCT']],
    ['Working groups of experts met.', 'groups', ['VERB', 'NOUN', 'ADP', 'NOUN', 'VERB', 'PUNCT']],
    ['Two groups met.', 'Two groups', ['NUM', 'NOUN', 'VERB', 'PUNCT']],
  ])('"%s" makes no mention of "%s"', (text, words, upos) => {
    expect(find(text, words, upos)).toBeUndefined();
  });
});
