import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

describe('a named body of the doer\'s own side as the one addressed (own-side-addressee.ts)', () => {
  it('keeps a minister told by his prime minister as the recipient, not a party of the story\'s dispute', () => {
    const text = "Prime Minister Yasuhiro Nakasone intervened to try to resolve Japan's dispute with the U.S. over semiconductor trade, government officials said. " +
      'At a Cabinet meeting, Nakasone told Trade and Industry Minister Hajime Tamura to redouble his efforts.';
    expect(codedAt(text, 'told', '1987-03-24')).toEqual(['REQUEST JPN->JPN']);
  });

  it('keeps a named bank urging a named minister of its country', () => {
    expect(codedAt('The Bundesbank urged Finance Minister Gerhard Stoltenberg to cut taxes.', 'urged', '1987-03-20')).toEqual(['REQUEST DEU->DEU']);
  });

  it('gives no recipient when the object names no body of its own', () => {
    expect(codedAt('Prime Minister Yasuhiro Nakasone told his ministers to redouble their efforts.', 'told', '1987-03-24')).toEqual(['REQUEST JPN->']);
  });
});
