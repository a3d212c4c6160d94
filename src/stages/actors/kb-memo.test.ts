import { describe, expect, it } from 'vitest';
import type { ActorKb } from './kb.js';
import { memoByKey, type KbMemo } from './kb-memo.js';

// The memo never looks inside the knowledge base: two distinct objects stand for two of them.
const kbA = {} as ActorKb;
const kbB = {} as ActorKb;

describe('memoByKey', () => {
  it('computes a key once per knowledge base, undefined answers included', () => {
    const memo: KbMemo<string | undefined> = new WeakMap();
    const asked: string[] = [];
    const compute = (_kb: ActorKb, key: string): string | undefined => {
      asked.push(key);
      return key === 'texan' ? 'USA' : undefined;
    };
    expect([memoByKey(memo, kbA, 'texan', compute), memoByKey(memo, kbA, 'texan', compute)]).toEqual(['USA', 'USA']);
    expect([memoByKey(memo, kbA, 'reagan', compute), memoByKey(memo, kbA, 'reagan', compute)]).toEqual([undefined, undefined]);
    memoByKey(memo, kbB, 'texan', compute);
    expect(asked).toEqual(['texan', 'reagan', 'texan']);
  });

  it('starts afresh when full, so unseen words cannot grow it without bound', () => {
    const memo: KbMemo<number> = new WeakMap();
    let computed = 0;
    const compute = (): number => ++computed;
    for (let i = 0; i < 50_001; i++) memoByKey(memo, kbA, `w${i}`, compute);
    expect(memo.get(kbA)?.size).toBe(1);
    expect(memoByKey(memo, kbA, 'w0', compute)).toBe(50_002);
  });
});
