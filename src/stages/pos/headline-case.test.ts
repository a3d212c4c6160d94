import { describe, expect, it } from 'vitest';
import { headlineCaseWords } from './headline-case.js';
import { loadPosModel, tagSentence } from './pos-model.js';

const { tagger } = loadPosModel();
const read = (text: string) => headlineCaseWords(tagger, text.split(' ')).join(' ');

describe('headline capitals after an initialism', () => {
  it.each([
    ['The U.S. Said Iranians used the platforms .', 'The U.S. said Iranians used the platforms .'],
    ['The U.S. Wants Japan to eliminate import controls .', 'The U.S. wants Japan to eliminate import controls .'],
  ])('reads a verb lowercase: "%s"', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    'The U.S. Navy said it fired .',
    'U.S. Treasury Secretary James Baker said so .',
    'U.S. Dlrs were sold .',
    'The Said family owns it .',
    'US Said nothing .',
    'The U.S. West said it agreed .',
    'U.S. And Japanese officials met .',
  ])('keeps names, unknown words and words after no initialism as written: "%s"', (text) => {
    expect(read(text)).toBe(text);
  });

  it('tags the verb as a verb and lemmatizes it, the text unchanged', () => {
    const words = 'The U.S. Said Iranians used the platforms .'.split(' ');
    const tags = tagSentence(loadPosModel(), words);
    expect(tags[2]).toEqual({ upos: 'VERB', xpos: 'VBD', lemma: 'say' });
    expect(words[2]).toBe('Said');
  });
});
