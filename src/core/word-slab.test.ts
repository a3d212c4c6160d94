import { describe, expect, it } from 'vitest';
import { WordSlab } from './word-slab.js';

describe('WordSlab', () => {
  it('gives zeroed arrays that never share a slot', () => {
    const slab = new WordSlab(256);
    const a = slab.int32s(3);
    const b = slab.uint32s(3);
    a.fill(-1);
    b.fill(7);
    expect([...a]).toEqual([-1, -1, -1]);
    expect([...b]).toEqual([7, 7, 7]);
    expect([...slab.int32s(2)]).toEqual([0, 0]);
  });

  it('starts a new slab when the current one is full, leaving the arrays given before as they were', () => {
    const slab = new WordSlab(1024);
    const given = Array.from({ length: 16 }, (_, k) => slab.int32s(16).fill(k));
    expect(new Set(given.map((a) => a.buffer)).size).toBe(1);
    const next = slab.int32s(16).fill(99);
    expect(next.buffer).not.toBe(given[0].buffer);
    expect(given.map((a) => a[15])).toEqual(Array.from({ length: 16 }, (_, k) => k));
  });

  it('gives a request larger than a sixteenth of a slab its own buffer', () => {
    const slab = new WordSlab(1024);
    const big = slab.int32s(17);
    expect(big.length).toBe(17);
    expect(big.buffer.byteLength).toBe(68);
  });
});
