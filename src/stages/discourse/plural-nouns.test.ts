import { describe, expect, it } from 'vitest';
import { DyadError } from '../../core/errors.js';
import { parsePluralNouns } from './plural-nouns.js';

describe('the discourse stage\'s plural-noun lists', () => {
  it('reads one plural noun a line, skipping blanks and comments', () => {
    expect([...parsePluralNouns('# titles\nheads\n\nco-chairs\n', 'meeting-titles.tsv')]).toEqual(['heads', 'co-chairs']);
    expect([...parsePluralNouns('# comment\ncountries\nnations\n', 'x.tsv')]).toEqual(['countries', 'nations']);
  });

  it('refuses a line that is no lower-case plural noun (E170)', () => {
    expect(() => parsePluralNouns('# titles\nheads\nHead of State\n', 'meeting-titles.tsv')).toThrow(DyadError);
    expect(() => parsePluralNouns('Country\n', 'x.tsv')).toThrow(DyadError);
  });
});
