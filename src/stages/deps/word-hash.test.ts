import { describe, expect, it } from 'vitest';
import { feature2, hashText } from '../../ml/feature-hash.js';
import { labelKey } from './parse-features.js';
import { lowerWordHash } from './word-hash.js';

describe('lowerWordHash', () => {
  it('is hashText of the lowercased word, ASCII or not', () => {
    const words = ['', 'the', 'The', 'NATO', 'U.S.', "Putin's", 'Zelenskyy', '[@^`{~', 'Ünlü', 'İstanbul', 'ΑΘΗΝΑ', 'Straße', 'café', '—', '2,000'];
    for (const word of words) expect(lowerWordHash(word)).toBe(hashText(word.toLowerCase()));
  });

  it('agrees on every single character of the first 1,024 code points', () => {
    for (let c = 0; c < 1024; c++) {
      const word = `A${String.fromCharCode(c)}z`;
      expect(lowerWordHash(word)).toBe(hashText(word.toLowerCase()));
    }
  });
});

describe('labelKey', () => {
  it('is feature2 of template 100, the key and the direction', () => {
    let x = 12345;
    const next = () => (x = (Math.imul(x, 1103515245) + 12345) | 0);
    for (let i = 0; i < 2000; i++) {
      const key = i % 2 ? next() : next() >>> 0;
      const direction = 1 + (i % 2);
      expect(labelKey(key, direction) >>> 0).toBe(feature2(100, key, direction) >>> 0);
    }
  });
});
