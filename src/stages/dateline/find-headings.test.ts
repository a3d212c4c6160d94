import { describe, expect, it } from 'vitest';
import { isHeadline } from './find-headings.js';

describe('isHeadline', () => {
  it.each([
    ['the title itself', 'Joint Statement on Israel', 'Joint Statement on Israel', true],
    ['a short capitalised line with no final punctuation', 'Talks in Geneva', undefined, true],
    ['a sentence', 'The talks ended.', undefined, false],
    ['a clause the next paragraph continues (comma)', 'The Government of the United States of America and the Government of China,', 'Joint Statement', false],
    ['a clause the next paragraph continues (semicolon)', 'Recognizing the importance of trade;', undefined, false],
  ])('%s', (_name, paragraph, title, expected) => {
    expect(isHeadline(paragraph, title, 3)).toBe(expected);
  });
});
