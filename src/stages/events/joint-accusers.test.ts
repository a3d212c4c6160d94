import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// Review rv-d, finding 2 (#12): only the first of several sides telling of a wrong was kept as its accuser.
describe('review-d 2: every side that tells of a wrong accuses its doer', () => {
  it('keeps both subject sides as actors', () => {
    const text = 'Canberra, June 2 (Reuters) - The leaders of Australia and Vietnam discussed Russia\'s aggressive actions in the Black Sea.';
    expect(codedAt(text, 'actions', '2024-06-02')).toEqual(['ACCUSE AUS+VNM->RUS']);
  });
});
