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

// A noun of leaving's "from" phrase names the place left, never the doer (rule-words `left-place-noun`; roles.ts
// doerOf): the Beirut case above passed only because Beirut is the welcomer's own country (review fix-a #1, #2 of
// session 59). A third country left is no party.
describe('the place a welcomed withdrawal leaves is no party', () => {
  it.each([
    ['President Bush welcomed Russia\'s withdrawal from Georgia on Thursday.', 'welcomed', 'SUPPORT 051 USA->RUS'],
    ['Jordan welcomed the Syrian withdrawal from Beirut.', 'welcomed', 'SUPPORT 051 JOR->SYR'],
    ['Egypt welcomed the Israeli withdrawal from Gaza.', 'welcomed', 'SUPPORT 051 EGY->ISR'],
    ['Kenya hailed the Ethiopian departure from Somalia.', 'hailed', 'SUPPORT 051 KEN->ETH'],
  ])('issue-12: %s', (text, trigger, event) => {
    expect(codedAt(text, trigger, '2008-08-22', { cameo: true })).toEqual([event]);
  });
});
