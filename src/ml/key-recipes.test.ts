import { describe, expect, it } from 'vitest';
import { feature1, feature2, feature3 } from './feature-hash.js';
import { compileRecipes, writeKeys } from './key-recipes.js';

describe('key recipes', () => {
  it('write the keys of featureN, in recipe order, from the given position', () => {
    const atoms = Int32Array.of(0x7fffffff, -5, 0xfffe, 3);
    const program = compileRecipes([[4, 2], [9, 0, 1], [58, 3, 1, 2], [0, 3]]);
    const out = new Uint32Array(6);
    expect(writeKeys(program, atoms, out, 1)).toBe(5);
    expect([...out]).toEqual(
      [0, feature1(4, 0xfffe), feature2(9, 0x7fffffff, -5), feature3(58, 3, -5, 0xfffe), feature1(0, 3), 0].map((k) => k >>> 0),
    );
  });
});
