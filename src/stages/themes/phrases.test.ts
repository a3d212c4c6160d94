import { describe, expect, it } from 'vitest';
import { expandPhrase, indexPhrases, matchPhrases, wordsOf } from './phrases.js';

describe('expandPhrase', () => {
  it.each([
    ['n:vaccine', ['vaccine', 'vaccines']],
    ['n:policy', ['policy', 'policies']],
    ['v:vaccinate', ['vaccinate', 'vaccinates', 'vaccinated', 'vaccinating']],
    ['far+right', ['far right']],
    ['climate change', ['climate change']],
  ])('%s', (source, forms) => {
    expect(expandPhrase(source)).toEqual(forms);
  });
});

describe('matchPhrases', () => {
  const index = indexPhrases([
    { phrase: 'climate change', label: 'environment' },
    { phrase: 'n:terrorist', label: 'terrorism' },
    { phrase: 'head start', label: 'education' },
    { phrase: 'a head start', label: 'education', isExclusion: true },
    { phrase: 'terrorists', label: 'education', isExclusion: true },
  ]);

  it('finds phrases across case and hyphens, with offsets', () => {
    expect(matchPhrases('Climate-change and terrorists.', index)).toEqual([
      { start: 0, end: 14, label: 'environment', phrase: 'climate change' },
      { start: 19, end: 29, label: 'terrorism', phrase: 'terrorists' },
    ]);
  });

  it('keeps a phrase inside an exclusion of another label', () => {
    expect(matchPhrases('Terrorists.', index).map((m) => m.label)).toEqual(['terrorism']);
  });

  it('drops a phrase inside an exclusion', () => {
    expect(matchPhrases('They got a head start.', index)).toEqual([]);
    expect(matchPhrases('Head Start funding grew.', index).map((m) => m.label)).toEqual(['education']);
  });
});

describe('wordsOf', () => {
  // the Unicode word pattern, as wordsOf reads text outside ASCII
  const byPattern = (text: string) => [...text.toLowerCase().matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)].map((m) => ({ word: m[0].replace('’', "'"), start: m.index, end: m.index + m[0].length }));

  it.each([
    "Don't stop: it's 9'o clock, rock'n'roll's 2'3 o'",
    "U.S.-led talks' end, the 1990s' wars ''quoted'' a'b'c 'x 9a'9",
    'Prices rose 3.5% to $1,200 on Jan. 5th',
  ])('ASCII text: words and offsets as the word pattern reads them: %s', (text) => {
    expect(wordsOf(text)).toEqual(byPattern(text));
  });

  it('ASCII text of random letters, digits, apostrophes and punctuation reads as the word pattern does', () => {
    const alphabet = "aZ9 '.-,x'Q0";
    let seed = 7;
    // a linear congruential generator's high bits (its low bits repeat with a short period)
    const next = (below: number) => Math.floor((seed = (seed * 1103515245 + 12345) % 2147483648) / 65536) % below;
    for (let k = 0; k < 300; k++) {
      const text = Array.from({ length: 1 + next(24) }, () => alphabet[next(alphabet.length)]).join('');
      expect(wordsOf(text), JSON.stringify(text)).toEqual(byPattern(text));
    }
  });

  it('text outside ASCII keeps the Unicode pattern (curly apostrophe made straight)', () => {
    expect(wordsOf('Zelensky’s Kyiv café')).toEqual([
      { word: "zelensky's", start: 0, end: 10 },
      { word: 'kyiv', start: 11, end: 15 },
      { word: 'café', start: 16, end: 20 },
    ]);
  });
});
