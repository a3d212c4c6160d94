import { describe, expect, it } from 'vitest';
import { parseKindWords } from './kind-words.js';

describe('parseKindWords', () => {
  it('reads each kind\'s words, skipping comments and blank lines', () => {
    const words = parseKindWords('# words\nbig\tlarge\n\nsmall\ttiny\nbig\thuge\n', 'x.tsv', ['big', 'small'] as const);
    expect([...words.big]).toEqual(['large', 'huge']);
    expect([...words.small]).toEqual(['tiny']);
  });

  it('refuses an unknown kind, a missing word, a repeated row and a row its check refuses, naming the line (E170)', () => {
    expect(() => parseKindWords('odd\tword\n', 'x.tsv', ['big'])).toThrow(/^E170: .*line 1.*expected big/);
    expect(() => parseKindWords('big\n', 'x.tsv', ['big'])).toThrow(/^E170: .*expected/);
    expect(() => parseKindWords('big\tlarge\nbig\tlarge\n', 'x.tsv', ['big'])).toThrow(/^E170: .*line 2.*listed twice/);
    expect(() => parseKindWords('big\tlarge\n', 'x.tsv', ['big'], (_, w) => (w === 'large' ? 'no' : undefined))).toThrow(/^E170: .*line 1.*no/);
  });
});
