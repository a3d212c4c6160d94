import { describe, expect, it } from 'vitest';
import { feature1, feature2, feature3, hashText } from '../../ml/feature-hash.js';
import { templateKey1, templateKey2, templateKey3 } from './parse-features.js';
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

describe('templateKey1–3', () => {
  it('are feature1–3 of the same template and values', () => {
    let x = 12345;
    const next = () => (x = (Math.imul(x, 1103515245) + 12345) | 0);
    for (let i = 0; i < 2000; i++) {
      const t = i % 101;
      const [a, b, c] = [next(), next() >>> 0, next()];
      expect(templateKey1(t, a) >>> 0).toBe(feature1(t, a) >>> 0);
      expect(templateKey2(t, a, b) >>> 0).toBe(feature2(t, a, b) >>> 0);
      expect(templateKey3(t, a, b, c) >>> 0).toBe(feature3(t, a, b, c) >>> 0);
    }
  });
});
