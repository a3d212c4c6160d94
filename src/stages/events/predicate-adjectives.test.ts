import { describe, expect, it } from 'vitest';
import { DyadError } from '../../core/errors.js';
import { parsePredicateAdjectives } from './predicate-adjectives.js';

describe('predicate adjectives (data/predicate-adjectives.tsv)', () => {
  it('reads the preposition, the CAMEO code and the nouns, none meaning any noun', () => {
    const table = parsePredicateAdjectives('# comment\nopen\tto\t036\tdialogue, talks\ncritical\tof\t111\t\n', 'test.tsv');
    expect(table.get('open')).toEqual([{ prep: 'to', code: '036', nouns: new Set(['dialogue', 'talks']) }]);
    expect(table.get('critical')).toEqual([{ prep: 'of', code: '111' }]);
  });

  it('keeps a row per preposition of one adjective, in file order', () => {
    const table = parsePredicateAdjectives('grateful\tto\t051\t\ngrateful\tfor\t051\t\n', 'test.tsv');
    expect(table.get('grateful')?.map((s) => s.prep)).toEqual(['to', 'for']);
  });

  it('reads `=actor` and `=owner` as what the phrase must name, not as nouns', () => {
    const table = parsePredicateAdjectives('grateful\tto\t051\t=actor\ngrateful\tfor\t051\t=owner\n', 'test.tsv');
    expect(table.get('grateful')).toEqual([{ prep: 'to', code: '051', actor: true }, { prep: 'for', code: '051', owner: true }]);
  });

  it('refuses a row without its preposition or with a code that is no CAMEO code (E170)', () => {
    expect(() => parsePredicateAdjectives('open\t\t036', 'test.tsv')).toThrow(DyadError);
    expect(() => parsePredicateAdjectives('open\tto\tAGREE', 'test.tsv')).toThrow(/line 1/);
  });
});
