import { describe, expect, it } from 'vitest';
import { codesOf, runActors as run } from '../../../test/support/actors-run.js';
import { groupKind, isBusinessParty, parseGroupKinds, parseUnlocatedParties, unlocatedParty } from './business-party.js';

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
    // A quantified plural names no side either (review finding 7): "Several" is no modifier of the group's kind.
    ['Several groups praised the deal.', 'groups', ['ADJ', 'NOUN', 'VERB', 'DET', 'NOUN', 'PUNCT']],
    // Words of data/group-kinds.tsv meaning no side (finding 2, 9).
    ['Working groups met ministers.', 'groups', ['VERB', 'NOUN', 'VERB', 'NOUN', 'PUNCT']],
    ['Working groups met ministers.', 'groups', ['ADJ', 'NOUN', 'VERB', 'NOUN', 'PUNCT']],
    ['Younger age groups protested at the delay.', 'groups', ['ADJ', 'NOUN', 'NOUN', 'VERB', 'ADP', 'DET', 'NOUN', 'PUNCT']],
    // Finding 5: "Labour" before a group noun opening a sentence is the word, not the party.
    ['Labour groups urged the government to raise wages.', 'Labour groups', ['PROPN', 'NOUN', 'VERB', 'DET', 'NOUN', 'PART', 'VERB', 'NOUN', 'PUNCT']],
  ])('"%s" makes no mention of "%s"', (text, words, upos) => {
    expect(find(text, words, upos)).toBeUndefined();
  });
});

describe('group nouns after an actor or a modifier of their kind (review of ev-groups)', () => {
  it.each([
    ['Palestinian militant groups fired rockets at Israel.', 'Palestinian militant', ['ADJ', 'ADJ', 'NOUN', 'VERB', 'NOUN', 'ADP', 'PROPN', 'PUNCT'], ['PSE', 'REB']],
    ['Syrian opposition groups rejected the offer.', 'Syrian opposition', ['ADJ', 'NOUN', 'NOUN', 'VERB', 'DET', 'NOUN', 'PUNCT'], ['SYR', 'OPP']],
  ])('"%s": the group noun is part of the actor before it ("%s")', (text, words, upos, codes) => {
    const result = run(text, '2005-03-01', [], upos);
    expect(result.mentions.map((m) => text.slice(m.start, m.end))).not.toContain('groups');
    expect(codesOf(result, words)).toEqual(codes);
  });
  it.each([
    ['Farm groups urged Congress to act.', ['NOUN', 'NOUN', 'VERB', 'PROPN', 'PART', 'VERB', 'PUNCT'], 'AGR'],
    ['Trade union groups condemned the cut.', ['NOUN', 'NOUN', 'NOUN', 'VERB', 'DET', 'NOUN', 'PUNCT'], 'LAB'],
    ['Jihadist groups have also threatened aid workers.', ['ADJ', 'NOUN', 'AUX', 'ADV', 'VERB', 'NOUN', 'NOUN', 'PUNCT'], 'REB'],
    ['Church groups welcomed the limit.', ['PROPN', 'NOUN', 'VERB', 'DET', 'NOUN', 'PUNCT'], 'SOC'],
  ])('"%s": the word before the group noun gives its sector', (text, upos, sector) => {
    const m = find(text, 'groups', upos);
    expect(m).toMatchObject({ sector });
    expect(m?.code).toBeUndefined();
  });
  it('international kinds are NGOs of no country, as "human rights groups" is', () => {
    const m = find('Aid organisations warned that the United Nations must act.', 'organisations', ['NOUN', 'NOUN', 'VERB', 'SCONJ', 'DET', 'PROPN', 'PROPN', 'AUX', 'VERB', 'PUNCT']);
    expect(m).toMatchObject({ code: 'NGO' });
  });
  it('"the groups" are the bodies named before, when there are some', () => {
    const text = 'Hamas and Islamic Jihad rejected the proposal. The groups accused Israel.';
    const result = run(text, '2005-03-01', [], ['PROPN', 'CCONJ', 'PROPN', 'PROPN', 'VERB', 'DET', 'NOUN', 'PUNCT', 'DET', 'NOUN', 'VERB', 'PROPN', 'PUNCT']);
    const groups = result.mentions.find((m) => text.slice(m.start, m.end) === 'The groups');
    expect(groups?.members).toHaveLength(2);
    expect(groups?.members?.[0]).toBe(result.mentions[0]?.actorId);
  });
  it('reads its data', () => {
    expect(groupKind(['trade', 'union'])).toBe('LAB');
    expect(groupKind(['younger', 'age'])).toBe('none');
    expect(groupKind(['animal', 'welfare'])).toBeUndefined();
    expect(parseGroupKinds('# note\nAGR\tfarm\nfarmish\tx\n').problems).toEqual([{ line: 3, reason: expect.any(String) }]);
  });
});
