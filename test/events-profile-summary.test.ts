import { describe, expect, it } from 'vitest';
import { summarise, type CpuProfile } from '../bench/events/profile-summary.js';

const frame = (functionName: string, lineNumber = 0) => ({ functionName, url: 'file:///x.js', lineNumber });

// root -> a -> b -> a, root -> c: a recursive sample counts once towards a's total (5 s, not 7 s).
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 }, children: [2, 5] },
    { id: 2, callFrame: frame('a', 9), children: [3] },
    { id: 3, callFrame: frame('b', 19), children: [4] },
    { id: 4, callFrame: frame('a', 9) },
    { id: 5, callFrame: frame('c', 29) },
  ],
  samples: [2, 3, 4, 4, 5],
  timeDeltas: [1e6, 2e6, 1e6, 1e6, 3e6],
};

describe('summarise', () => {
  const rows = new Map(summarise(profile, () => 'x.js').map((r) => [r.name, r]));

  it.each([
    ['a x.js:10', 3, 5],
    ['b x.js:20', 2, 4],
    ['c x.js:30', 3, 3],
    ['(root)', 0, 8],
  ])('%s has self %d s and total %d s', (name, self, total) => {
    expect(rows.get(name)).toEqual({ name, self, total });
  });
});
