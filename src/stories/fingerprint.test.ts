import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashText } from '../ml/feature-hash.js';
import { MINHASH_SIZE, minhash, SHINGLE_WORDS, shingles, words } from './fingerprint.js';

const body = words('The ministers met in Vienna on Tuesday. Prices of crude oil fell 2.5% after the meeting; Ölpreis naïve café.');

describe('shingles', () => {
  it('hashes each run of words as hashText hashes the words joined by spaces', () => {
    const expected = new Set<number>();
    for (let i = 0; i + SHINGLE_WORDS <= body.length; i++) expected.add(hashText(body.slice(i, i + SHINGLE_WORDS).join(' ')));
    expect([...shingles(body)]).toEqual([...expected]);
  });

  it.each([[['one']], [['one', 'two', 'three']]])('hashes a body shorter than a shingle as one shingle: %j', (short) => {
    expect([...shingles(short)]).toEqual([hashText(short.join(' '))]);
  });

  it('gives no shingle for no words', () => {
    expect(shingles([]).length).toBe(0);
  });
});

describe('minhash', () => {
  it('gives the signatures stored rows hold (signed 32-bit values; a change would split stored stories)', () => {
    const signature = minhash(body);
    expect(signature).toHaveLength(MINHASH_SIZE);
    expect(signature.slice(0, 8)).toEqual([-1976304775, -2031885258, -1977153874, -1805160774, -2068578830, -2136012197, -1926735905, -2047965037]);
    expect(createHash('sha256').update(signature.join(',')).digest('hex').slice(0, 16)).toBe('01c5cbc71db20ae1');
  });

  it('is empty for an empty body', () => {
    expect(minhash([])).toEqual([]);
  });

  it('reads a shingle repeated in the body as once (#13)', () => {
    // Twelve equal words are eight readings of one shingle, five are one.
    const once = Array.from({ length: SHINGLE_WORDS }, () => 'talks');
    const repeated = Array.from({ length: 12 }, () => 'talks');
    expect(shingles(repeated)).toEqual(shingles(once));
    expect(minhash(repeated)).toEqual(minhash(once));
  });
});
