import { describe, expect, it } from 'vitest';
import { hashText } from '../../ml/feature-hash.js';
import { hashWords, shapeHash } from './tag-features.js';

describe('tagger word hashes', () => {
  it.each([
    ['McCain', 'XxXxxx'],
    ['1,250', 'd,ddd'],
    ['Zürich', 'Xxxx'],
    ['straße', 'xxx'],
    ['—', '—'],
    ['U.S.-backed', 'X.X.-xxx'],
    ['aaaaaaaaaaaaaaaaaaaa1', 'xxxd'],
    ['a-b-c-d-e-f-g-h', 'x-x-x-x-x-x-'],
  ])('hash the shape of %s as that of %s', (word, shape) => {
    expect(shapeHash(word)).toBe(hashText(shape));
  });

  it('fill a reused buffer exactly as fresh arrays', () => {
    const ambiguity = new Map([['the', 7]]);
    const long = hashWords(['A', 'much', 'longer', 'sentence', 'than', 'the', 'next'], ambiguity);
    const reused = hashWords(['The', 'Talks'], ambiguity, long);
    const fresh = hashWords(['The', 'Talks'], ambiguity);
    expect(reused).toBe(long);
    expect(reused.length).toBe(2);
    expect(reused.lower.subarray(0, 2)).toEqual(fresh.lower);
    expect(reused.suffix.subarray(0, 8)).toEqual(fresh.suffix);
    expect(reused.ambiguity.subarray(0, 2)).toEqual(fresh.ambiguity);
  });
});
