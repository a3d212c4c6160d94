import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// verbs.txt ORDER "* =&DYAD_MASSED_FORCES" (#12): a government ordering its own forces to act musters them (PLOVER
// MOBILIZE, CAMEO 154), as the training wire gold codes "Sri Lanka today ordered its armed forces to defend the
// island's territorial waters"; the demand "* TO" (REQUEST) is for a party ordered to act ("ordered 82 companies
// to repay"). Real parses through the pipeline.
describe('forces ordered to act are mobilized', () => {
  it.each([
    ['Sri Lanka today ordered its armed forces to defend the island\'s territorial waters.', 'ordered'],
    ['Russia ordered its troops to stay on the border with Ukraine.', 'ordered'],
  ])('issue-12: "%s" is a MOBILIZE, not a REQUEST', (text, trigger) => {
    const coded = codedAt(text, trigger, '1987-06-03');
    expect(coded.some((e) => e.startsWith('MOBILIZE'))).toBe(true);
    expect(coded.some((e) => e.startsWith('REQUEST'))).toBe(false);
  });

  it('keeps a party ordered to act as a demand: "the government ordered 82 companies to repay …"', () => {
    expect(codedAt('Last month, the South Korean government ordered 82 companies to repay 10 pct of their bank borrowings.', 'ordered', '1987-06-03')
      .some((e) => e.startsWith('REQUEST'))).toBe(true);
  });
});
