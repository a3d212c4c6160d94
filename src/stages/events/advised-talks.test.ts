import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// verbs.txt ADVISE (#12): advising or recommending that another party negotiate appeals to it (REQUEST, CAMEO 026), as
// the training wire gold codes "he will advise Brazil to take up discussions with its commercial bank creditors";
// CAMEO's SUGGEST row "* &NEGOTIATION" made it the adviser's own intent to negotiate (AGREE 036). Real parses.
describe('advice to negotiate is an appeal', () => {
  it.each([
    ['U.S. Treasury Secretary James Baker will advise Brazil to take up discussions with its commercial bank creditors.', 'advise'],
    ['The U.S. Treasury recommended talks between Brazil and its creditors.', 'recommended'],
  ])('issue-12: "%s" is a REQUEST, not an AGREE', (text, trigger) => {
    const coded = codedAt(text, trigger, '1987-04-03', { cameo: true });
    expect(coded.some((e) => e.startsWith('REQUEST 026'))).toBe(true);
    expect(coded.some((e) => e.startsWith('AGREE'))).toBe(false);
  });

  it('keeps a proposal of talks as the proposer\'s intent: "Iran proposed talks with Iraq" is an AGREE', () => {
    expect(codedAt('Iran proposed talks with Iraq.', 'proposed', '1987-04-03').some((e) => e.startsWith('AGREE'))).toBe(true);
  });

  // Review a #10: advice against talks appeals to no one to negotiate.
  it.each([
    ['The United States will advise Israel against talks with Hamas.', 'advise'],
    ['The minister recommended against negotiations with the rebels.', 'recommended'],
  ])('"%s" is no appeal to negotiate', (text, trigger) => {
    expect(codedAt(text, trigger, '2024-03-04', { cameo: true }).some((e) => e.includes(' 026 '))).toBe(false);
  });
});
