import { describe, expect, it } from 'vitest';
import { Lemmatizer } from './lemmatizer.js';

const lemmatizer = new Lemmatizer({
  exceptions: { 'went\tVBD': 'go', 'americans\tNNPS': 'American' },
  rules: { 'NNS\ts': '1\t', 'NNS\ties': '3\ty', 'VBG\ting': '3\t' },
  maxSuffix: 5,
});

describe('Lemmatizer', () => {
  it.each([
    ['went', 'VBD', 'go'],
    ['Went', 'VBD', 'go'],
    ['treaties', 'NNS', 'treaty'],
    ['talks', 'NNS', 'talk'],
    ['meeting', 'VBG', 'meet'],
    ['Kyiv', 'NNP', 'Kyiv'],
    ['Americans', 'NNPS', 'American'],
    ['The', 'DT', 'the'],
  ])('%s/%s → %s', (form, xpos, lemma) => {
    expect(lemmatizer.lemmatize(form, xpos)).toBe(lemma);
  });

  it('prefers the longest matching ending', () => {
    expect(lemmatizer.applyRules('parties', 'NNS')).toBe('party');
  });
});

describe('a suffix rule that would strip past its own ending', () => {
  // what training once learned from one capitalised adjective: a whole-word edit filed under "nian"
  const learned = new Lemmatizer({ exceptions: {}, rules: { 'JJ\tnian': '11\tPalestinian', 'JJ\tn': '0\t' }, maxSuffix: 5 });

  it('is passed over for a shorter ending', () => {
    expect(learned.lemmatize('Ukrainian', 'JJ')).toBe('ukrainian');
  });
});
