import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// senses.tsv "struggle infinitive" (#12): struggling to reach a goal is striving, no fight (the training wire gold codes
// nothing for "the country is still struggling to reverse a dramatic decline in export earnings"; it was ASSAULT).
// Real parses through the pipeline.
describe('a struggle to reach a goal is no fight', () => {
  it('issue-12: "Yugoslavia is still struggling to reverse a dramatic decline in export earnings" codes nothing', () => {
    expect(codedAt('Yugoslavia is still struggling to reverse a dramatic decline in export earnings.', 'struggling', '1987-04-03')).toEqual([]);
  });

  it('keeps a struggle with no infinitive: "Iraqi troops struggled with Iranian forces near Basra" is an ASSAULT', () => {
    expect(codedAt('Iraqi troops struggled with Iranian forces near Basra.', 'struggled', '1987-04-03').some((e) => e.startsWith('ASSAULT'))).toBe(true);
  });
});
