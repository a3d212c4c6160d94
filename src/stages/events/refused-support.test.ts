import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// Not endorsing or backing another side's proposal is a refusal (PLOVER REJECT: "all rejections and refusals"), as not
// agreeing is (plover.json `refusedAs`); the negated SUPPORT was dropped as a negated event (#12).
describe('a support withheld is a rejection', () => {
  it.each([
    // Training gold reuters-6576 (acceptable REJECT IGOGCC).
    ['But the ministers from Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the United Arab Emirates (UAE) did not endorse a resolution on a common currency exchange rate system.', 'endorse', '1987-03-18'],
  ])('%s', (text, trigger, date) => {
    expect(codedAt(text, trigger, date).every((e) => e.startsWith('REJECT '))).toBe(true);
    expect(codedAt(text, trigger, date).length).toBeGreaterThan(0);
  });

  it('an endorsement told plainly stays support', () => {
    expect(codedAt('The ministers from Bahrain and Kuwait endorsed a resolution on a common currency exchange rate system.', 'endorsed', '1987-03-18')[0]).toMatch(/^SUPPORT /);
  });
});
