import { describe, expect, it } from 'vitest';
import { splitWords } from './split-words.js';

const words = (text: string): string[] => splitWords(text).map((s) => text.slice(s.start, s.end));

describe('splitWords', () => {
  it.each([
    ["Israel's high court", ['Israel', "'s", 'high', 'court']],
    ['U.S. official', ['U.S.', 'official']],
    ['Ban Ki-moon', ['Ban', 'Ki', '-', 'moon']],
    ["Sa'ar said", ["Sa'ar", 'said']],
    ['Putin’s invitation', ['Putin', '’s', 'invitation']],
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});
