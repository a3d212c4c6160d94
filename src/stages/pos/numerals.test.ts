import { describe, expect, it } from 'vitest';
import { isNumeral } from './numerals.js';

describe('isNumeral', () => {
  it('takes digit groups joined by single dots or commas, and numbers of two or more digits', () => {
    for (const word of ['1.5', '3,660,273', '22.26', '1986', '20', '0.5']) expect(isNumeral(word)).toBe(true);
  });

  it('leaves single digits, words, signs and malformed groups to the model', () => {
    for (const word of ['1', '7', '', 'one', '1st', '1.', '.5', '1..2', '1,,000', '-5', '1/2', '10%', '1980s', 'A1']) expect(isNumeral(word)).toBe(false);
  });
});
