import { describe, expect, it } from 'vitest';
import { expandPhrase, indexPhrases, matchPhrases } from './phrases.js';

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
