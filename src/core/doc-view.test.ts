import { describe, expect, it } from 'vitest';
import { docView } from './doc-view.js';

/** A document of `heads.length` one-letter tokens in one sentence, token i headed by `heads[i]`. */
function parsed(heads: readonly number[]) {
  const tokens = heads.map((_, i) => ({ start: 2 * i, end: 2 * i + 1, sent: 0 }));
  return { text: heads.map(() => 'a').join(' '), layers: { tokens, deps: heads.map((head) => ({ head })) } };
}

describe('docView children', () => {
  it('lists each token\'s children in text order', () => {
    // 0 ← 1 → 2, 1 → 4 → 3, 1 the root.
    expect(docView(parsed([1, -1, 1, 4, 1])).children).toEqual([[], [0, 2, 4], [], [], [3]]);
  });

  it('keeps lists apart across documents of different sizes', () => {
    docView(parsed([3, 3, 3, -1, 3, 3, 3, 3]));
    expect(docView(parsed([-1, 0])).children).toEqual([[1], []]);
  });

  it('gives every token without children one shared empty list', () => {
    const { children } = docView(parsed([1, -1, 1]));
    expect(children[0]).toBe(children[2]);
  });

  it('throws on a change in place to the shared empty list, which would add children to every childless token', () => {
    const { children } = docView(parsed([1, -1, 1]));
    expect(() => (children[0] as number[]).push(1)).toThrow(TypeError);
  });
});
