import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// data/verbs.txt AGREE `* (WITH &DYAD_VIEW_HELD)`: agreeing with a view, an assessment or a plan someone put forward
// endorses it (CAMEO 051, PLOVER SUPPORT of its owner), where agreeing with a party is an agreement made with it
// (AGREE): "the organisation agreed with the NAO's assessment of fraud reporting", "said it agreed in principle with
// the government's plans" (training BBC gold SUPPORT; coded AGREE before, #12 type flips).
describe('agreeing with a view or a plan (verbs.txt AGREE)', () => {
  it('endorses an assessment: SUPPORT of its owner', () => {
    expect(codedAt('A spokesman said the European Commission agreed with the British government\'s assessment of the risks.', 'agreed', '2005-02-01', { cameo: true }))
      .toEqual(['SUPPORT 051 IGO->GBR']);
  });

  it('endorses a plan, agreed "in principle"', () => {
    expect(codedAt('France said it agreed in principle with the German government\'s plans.', 'agreed', '2005-02-01', { cameo: true }))
      .toEqual(['SUPPORT 051 FRA->DEU']);
  });

  // Review fix-a #5 of session 59: the SUPPORT row has no refusal of its own, so its denial was a negated SUPPORT; a
  // denied pattern takes the refusal of its verb's own act (AGREE → REJECT; triggers.ts deniedPatternAs).
  it('refuses a plan it does not agree with: REJECT', () => {
    expect(codedAt('Syria said it did not agree with the American plan for a ceasefire.', 'agree', '2005-02-01'))
      .toEqual(['REJECT SYR->USA']);
  });

  // Review fix-a #6: agreeing with a proposal or a suggestion accepts an offer, as "accepted … proposal" does.
  it.each([
    ['Russia agreed with Turkey\'s proposal to hold talks in Istanbul.', 'AGREE RUS->TUR'],
    ['Pakistan agreed with the Chinese suggestion that the two sides meet in Beijing.', 'AGREE PAK->CHN'],
  ])('keeps a proposal agreed with AGREE: %s', (text, want) => {
    expect(codedAt(text, 'agreed', '2005-02-01')).toEqual([want]);
  });

  it('keeps an agreement made with a party AGREE', () => {
    expect(codedAt('France agreed with Germany on a new budget plan on Monday.', 'agreed', '2005-02-01', { cameo: true }))
      .toEqual(['AGREE 030 FRA->DEU']);
  });
});
