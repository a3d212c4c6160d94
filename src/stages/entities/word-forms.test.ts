import { describe, expect, it } from 'vitest';
import { hashText } from '../../ml/feature-hash.js';
import { letterCounts, shapeHash, wordShape } from './word-forms.js';

/** The general way: every character's case by `toLowerCase`/`toUpperCase`. */
function countsByCase(text: string): { letters: number; upper: number } {
  let letters = 0;
  let upper = 0;
  for (const ch of text) {
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      letters++;
      if (ch !== ch.toLowerCase()) upper++;
    }
  }
  return { letters, upper };
}

const WORDS = ['Putin', 'U.S.', '1996', 'Russian-French', 'intra-Libyan', 'G7-2019', "'s", '/TASS/', '@user_1', '', 'x', 'ÉMILE', 'Zürich', 'Ренат', '日本', '😀ok', 'İstanbul', 'ß'];

describe('word forms read by character codes', () => {
  it.each(WORDS)('hashes the shape of %j as hashing the shape string does', (word) => {
    expect(shapeHash(word)).toBe(hashText(wordShape(word)) | 0);
  });

  it.each(WORDS)('counts the letters and capitals of %j as their cases do', (word) => {
    expect(letterCounts(word)).toEqual(countsByCase(word));
  });

  it('hashes every printable ASCII character as its shape', () => {
    for (let c = 0x20; c < 0x7f; c++) {
      const word = `A${String.fromCharCode(c)}b${String.fromCharCode(c)}`;
      expect(shapeHash(word)).toBe(hashText(wordShape(word)) | 0);
      expect(letterCounts(word)).toEqual(countsByCase(word));
    }
  });
});
