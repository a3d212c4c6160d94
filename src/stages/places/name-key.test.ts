import { describe, expect, it } from 'vitest';
import { nameKey } from './name-key.js';

describe('nameKey', () => {
  it.each([
    ['Kyiv', 'kyiv'],
    ['KYIV', 'kyiv'],
    ['Zürich', 'zurich'],
    ['Łódź', 'lodz'],
    ['the Netherlands', 'netherlands'],
    ['St. Petersburg', 'saint petersburg'],
    ['Saint Petersburg', 'saint petersburg'],
    ['U.S.', 'us'],
    ['US', 'us'],
    ['Washington, D.C.', 'washington dc'],
    ['Côte d’Ivoire', "cote d'ivoire"],
    ['Guinea-Bissau', 'guinea bissau'],
  ])('%s → %s', (text, key) => {
    expect(nameKey(text)).toBe(key);
  });
});
