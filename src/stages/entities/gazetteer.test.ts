import { describe, expect, it } from 'vitest';
import { KeyTable } from '../../core/key-table.js';
import { Gazetteer, GAZETTEER_LISTS, phraseWords } from './gazetteer.js';

const ORG = GAZETTEER_LISTS.indexOf('org');
const COUNTRY = GAZETTEER_LISTS.indexOf('country');

function sample(): Gazetteer {
  const gaz = new Gazetteer();
  gaz.add(ORG, 'United Nations');
  gaz.add(ORG, 'United Nations Security Council');
  gaz.add(COUNTRY, 'Russia');
  gaz.add(COUNTRY, 'Guinea-Bissau');
  return gaz;
}

describe('phraseWords', () => {
  it('splits hyphens the way the tokenizer does and lower-cases', () => {
    expect(phraseWords('Guinea-Bissau')).toEqual(['guinea', '-', 'bissau']);
  });

  it('peels brackets and commas', () => {
    expect(phraseWords('Korea, (South)')).toEqual(['korea', 'south']);
  });
});

describe('Gazetteer.match', () => {
  it('marks every token of a match with list and position codes', () => {
    const codes = sample().match(['the', 'united', 'nations', 'security', 'council', 'russia']);
    expect(codes[0]).toEqual([]);
    expect(codes[1]).toContain(ORG * 4 + 0);
    expect(codes[4]).toContain(ORG * 4 + 2);
    expect(codes[5]).toEqual([COUNTRY * 4 + 3]);
  });

  it('reports overlapping shorter matches too', () => {
    const codes = sample().match(['united', 'nations', 'security', 'council']);
    expect(codes[1]).toEqual(expect.arrayContaining([ORG * 4 + 2, ORG * 4 + 1]));
  });

  it('starts from the entries of single words its caller remembered', () => {
    const gaz = sample();
    const words = ['the', 'united', 'nations', 'security', 'council', 'russia'];
    const first = Int32Array.from(words, (w) => gaz.table().find(w));
    expect(gaz.match(words, first)).toEqual(gaz.match(words));
    // The entries given are the ones read: a start marked as in no entry begins no phrase.
    first[1] = -1;
    expect(gaz.match(words, first)[2]).toEqual([]);
    expect(gaz.match(words, first)[5]).toEqual([COUNTRY * 4 + 3]);
  });

  it('survives a round trip through its table', () => {
    const table = sample().table();
    const copy = Gazetteer.fromTable(KeyTable.fromSections(table.sections(''), ''));
    expect(copy.match(['guinea', '-', 'bissau'])).toEqual(sample().match(['guinea', '-', 'bissau']));
    expect(copy.listsOf(['russia'])).toBe(1 << COUNTRY);
    expect(copy.listsOf(['united', 'nations', 'security'])).toBe(0);
    expect(copy.listsOfWord('russia')).toBe(1 << COUNTRY);
    expect(copy.size).toBe(sample().size);
  });
});
