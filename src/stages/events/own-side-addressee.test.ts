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

  // A cooperative act drops an own-side recipient later (withoutSelfRecipients), so the own-side pick left it with none
  // and no other party; the ordinary search reaches the delegation, as before the own-side rule.
  it('leaves a cooperative act to the ordinary search, which the own-side drop would empty (review rv-d #3)', () => {
    const text = 'Japanese Prime Minister Yasuhiro Nakasone praised Foreign Minister Tadashi Kuranari, the head of the delegation.';
    expect(codedAt(text, 'praised', '1987-03-24', { uncoded: true })).toEqual(['SUPPORT JPN->(unknown country (GOV))']);
  });
});
