import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// Review rv-d, finding 3 (#12): the met parties' "They affirmed the need to …" was a demand addressed to no one.
describe('review-d 3: a need the meeting\'s parties stress as "they" is their shared intent', () => {
  it('codes AGREE when "they" resolves to exactly the meeting\'s parties and no one else is asked', () => {
    const text = 'Rome, June 2 (Reuters) - Italian Prime Minister Giorgia Meloni met Tunisian President Kais Saied in Tunis on Sunday. They stressed the need to expand energy cooperation.';
    expect(codedAt(text, 'stressed', '2024-06-02')).toEqual(['AGREE ITA+TUN->']);
  });
});
