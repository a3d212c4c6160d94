import { describe, expect, it } from 'vitest';
import { feature1, feature2, feature3, hashText, pairKey } from './feature-hash.js';

describe('feature hashing', () => {
  it('hashes strings with FNV-1a', () => {
    expect(hashText('')).toBe(0x811c9dc5);
    expect(hashText('a')).not.toBe(hashText('b'));
  });

  it('hashes a slice the same as the substring', () => {
    expect(hashText('reading', 4, 7)).toBe(hashText('ing'));
  });

  it('keeps templates apart for the same value', () => {
    expect(feature1(1, 42)).not.toBe(feature1(2, 42));
    expect(feature2(1, 42, 7)).not.toBe(feature2(1, 7, 42));
    expect(pairKey(1, 42)).not.toBe(pairKey(2, 42));
  });

  it('never gives a pair key of 0, which marks empty table slots', () => {
    for (let t = 0; t < 1000; t++) expect(pairKey(t, t * 7919)).not.toBe(0);
  });

  it('gives the keys the shipped models were trained with, as int32 bits', () => {
    // Values of the unsigned hasher the tagger and parser models were trained with (#13).
    expect(feature1(1, 42) >>> 0).toBe(1447341107);
    expect(feature2(1, 42, 7) >>> 0).toBe(974514944);
    expect(feature3(58, 0xdeadbeef, 3, 4) >>> 0).toBe(3607732890);
    // An int32 result is the same key when stored in a Uint32Array, and stays a small integer.
    expect(Uint32Array.of(feature3(58, 0xdeadbeef, 3, 4))[0]).toBe(3607732890);
    expect(feature3(58, 0xdeadbeef, 3, 4)).toBe(feature3(58, 0xdeadbeef, 3, 4) | 0);
    // The entity model's pair keys likewise, whether the hashes come in signed or unsigned.
    expect(pairKey(1, 42) >>> 0).toBe(2860932040);
    expect(pairKey(1, 42)).toBe(2860932040 | 0);
    expect(pairKey(44, 0xdeadbeef, 5)).toBe(pairKey(44, 0xdeadbeef | 0, 5));
    expect(pairKey(3, 7, 0x9abcdef0) >>> 0).toBe(391251232);
    expect(pairKey(3, 7, 0x9abcdef0)).toBe(pairKey(3, 7, 0x9abcdef0 | 0));
  });
});
