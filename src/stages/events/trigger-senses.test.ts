import { describe, expect, it } from 'vitest';
import { loadLexicon } from './lexicon.js';
import { triggerSenses } from './trigger-senses.js';

describe('triggerSenses', () => {
  const lexicon = loadLexicon();

  it.each([
    ['sign', ['AGREE', 'SUPPORT']],
    ['meet', ['CONSULT', 'AGREE']],
  ])('lists the types the lexicon can give "%s"', (lemma, types) => {
    expect([...triggerSenses(lexicon, lemma)]).toEqual(expect.arrayContaining(types));
  });

  it('gives no sense to a word the lexicon lacks, and the same set on a second call', () => {
    expect(triggerSenses(lexicon, 'xyzzy').size).toBe(0);
    expect(triggerSenses(lexicon, 'sign')).toBe(triggerSenses(lexicon, 'sign'));
  });
});
