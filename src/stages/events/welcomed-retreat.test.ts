import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// CAMEO's ACCLAIM rows "* WITHDRAWAL [:0874]", "* DEPARTURE [:0874]", "* SURRENDER [:080]" code what the *target* did
// (PETRARCH's code after the colon); read with the welcomer as doer they made "Bush welcomed the withdrawal of troops by
// Russia" a RETREAT USA->USA (session 58 ev-bodies' leftover, #12). Welcoming a side's retreat or surrender supports
// whoever made it, as praise of any act does (data/verbs.txt ACCLAIM).
describe('a welcomed withdrawal is support for whoever withdraws', () => {
  it.each([
    ['President Bush welcomed the withdrawal of troops by Russia from Georgia on Thursday.', 'welcomed', 'SUPPORT 051 USA->RUS'],
    ['The Lebanese government welcomed the Syrian withdrawal from Beirut.', 'welcomed', 'SUPPORT 051 LBN->SYR'],
    ['Kenya hailed the departure of Ethiopian forces from Somalia.', 'hailed', 'SUPPORT 051 KEN->ETH'],
  ])('issue-12: %s', (text, trigger, event) => {
    expect(codedAt(text, trigger, '2008-08-22', { cameo: true })).toEqual([event]);
  });
});
