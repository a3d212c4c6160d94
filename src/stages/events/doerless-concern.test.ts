import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// Review rv-d, finding 1 (#12): a meeting's partner or a harmed thing's owner was coded as the accused.
describe('review-d 1: a concern over a harm with no doer accuses no partner or victim', () => {
  it('gives a concern over a disaster no counterpart of the meeting and no place it struck as its target', () => {
    const met = 'Paris, June 2 (Reuters) - French President Emmanuel Macron spoke with Brazilian President Luiz Inacio Lula da Silva on Monday.';
    expect(codedAt(`${met} Macron expressed concern about the floods in southern Brazil.`, 'expressed', '2024-06-02')).toEqual(['ACCUSE FRA->']);
  });
});
