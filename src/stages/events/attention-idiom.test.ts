import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// Capturing or seizing attention or imagination is drawing notice, no force taken (data/verbs.txt CAPTURE
// "* ATTENTION"; #12, training wire gold: no event where one was coded).
describe('captured attention', () => {
  it.each([
    ['He said Brazil\'s decision to stop payments on its debt had captured the attention of the international community.', 'captured'],
  ])('issue-12: %s codes no event', (text, trigger) => {
    expect(codedAt(text, trigger, '1987-03-01')).toEqual([]);
  });

  it('issue-12: capturing a town stays armed force', () => {
    expect(codedAt('Iran captured the town of Basra from Iraq.', 'captured', '1987-03-01', { cameo: true }).map((e) => e.split(' ')[1])).toEqual(['190']);
  });
});
