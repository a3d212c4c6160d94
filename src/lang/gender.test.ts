import { describe, expect, it } from 'vitest';
import { DyadError } from '../core/errors.js';
import { genderWords, givenNames, parseGenderWords } from './gender.js';

describe('gender words', () => {
  it('ships one table of titles, ranks, nouns and pronouns for the stages that check gender', () => {
    const words = genderWords('en');
    expect([words.title.get('mrs'), words.title.get('mr'), words.rank.get('queen'), words.noun.get('spokeswoman'), words.pronoun.get('he')]).toEqual(['f', 'm', 'f', 'f', 'm']);
    expect(givenNames('en').get('anne')).toBe('f');
  });

  it('rejects a row with no kind, or one it does not know, as E1310 with its line', () => {
    expect(() => parseGenderWords('# c\nmr\tm\n')).toThrow(DyadError);
    expect(() => parseGenderWords('mr\tm\tword\n')).toThrow(/line 1/);
  });
});
