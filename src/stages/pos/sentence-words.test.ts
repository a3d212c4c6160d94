import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { modelWord, sentenceWords } from './sentence-words.js';

describe('sentenceWords', () => {
  it('groups tokens by sentence with the first token index', () => {
    const doc = makeDoc({
      text: 'Hi there. Bye.',
      layers: {
        tokens: [
          { start: 0, end: 2, sent: 0 },
          { start: 3, end: 8, sent: 0 },
          { start: 8, end: 9, sent: 0 },
          { start: 10, end: 13, sent: 1 },
          { start: 13, end: 14, sent: 1 },
        ],
      },
    });
    expect(sentenceWords(doc)).toEqual([
      { first: 0, words: ['Hi', 'there', '.'] },
      { first: 3, words: ['Bye', '.'] },
    ]);
  });

  it('reads a document once for the tagger and the parser, but not a new text over the same tokens', () => {
    const tokens = [{ start: 0, end: 3, sent: 0 }];
    const first = makeDoc({ text: 'Yes', layers: { tokens } });
    expect(sentenceWords(first)).toBe(sentenceWords(first));
    expect(sentenceWords(makeDoc({ text: 'No!', layers: { tokens } }))).toEqual([{ first: 0, words: ['No!'] }]);
  });

  it.each([
    ['’s', "'s"],
    ['n’t', "n't"],
    ['“', '"'],
    ['word', 'word'],
    ['naïve’s', "naïve's"],
  ])('reads %s as %s', (text, word) => {
    expect(modelWord(text)).toBe(word);
  });
});
