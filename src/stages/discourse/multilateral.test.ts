import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// A meeting's bare delegates are the lead's intergovernmental body's, not the venue's (#12, session 59 ev-multilateral):
// the dateline's country was their fallback (Bangladesh for a Group of 77 meeting in Dhaka).
describe('the lead body of a multilateral meeting', () => {
  const DHAKA = 'DHAKA, March 9 - Bangladesh Commerce Minister M.A. Munim told officials from 30 Asian countries in the Group of 77 that the debt problem weighs heavily. The officials are meeting to finalise the agenda for the group\'s ministerial conference here Saturday.';

  it('"The officials are meeting" after a lead naming the Group of 77 are the group\'s', () => {
    expect(codedAt(DHAKA, 'meeting', '1987-03-09')).toEqual(['CONSULT IGO->']);
  });

  it('a lead naming no body leaves the venue\'s country', () => {
    const text = 'DHAKA, March 9 - Bangladesh will raise jute export prices from April, Commerce Minister M.A. Munim said. The officials are meeting to finalise the new prices here on Saturday.';
    expect(codedAt(text, 'meeting', '1987-03-09')).toEqual(['CONSULT BGD->']);
  });

  it('a lead naming two bodies names no one meeting: the bare ministers keep the old fallback', () => {
    const text = 'WASHINGTON, April 9 - The International Monetary Fund and the World Bank opened their meetings with calls for growth. Finance ministers agreed on Wednesday to strengthen their coordination, officials said.';
    expect(codedAt(text, 'agreed', '1987-04-09')).not.toContain('AGREE IGO->');
  });
});
