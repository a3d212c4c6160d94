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

  // Review a #1: the muster row reads any forces; another side's forces ordered to act are demanded of (REQUEST, as
  // before the row), and forces ordered to leave, stop or cease fire are not mustered.
  it.each([
    ['Israel ordered the Egyptian army to leave Rafah.'],
    ['Washington ordered the Iraqi army to stop the offensive.'],
    ['Russia ordered Ukrainian troops to withdraw from the border.'],
  ])('"%s" is a demand of the other side, no MOBILIZE', (text) => {
    const coded = codedAt(text, 'ordered', '2024-03-04');
    expect(coded.some((e) => e.startsWith('MOBILIZE'))).toBe(false);
    expect(coded.some((e) => e.startsWith('REQUEST'))).toBe(true);
  });

  it.each([
    ['Biden ordered US troops to leave Afghanistan.'],
    ['Israel ordered its soldiers to cease fire.'],
  ])('"%s" musters no forces', (text) => {
    expect(codedAt(text, 'ordered', '2024-03-04').some((e) => e.startsWith('MOBILIZE'))).toBe(false);
  });
});
