import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// CAMEO's MAKE codes "made a visit/trip" as an intent to meet (036, AGREE); the visit itself is CONSULT (042), as
// PAY "* VISIT" codes it (verbs.txt MAKE, #12: "make AGREE" 1 right of 9 on the training gold).
describe('a visit or trip made', () => {
  it.each([
    ['President Bush made a surprise visit to Iraq on Thursday.', 'made', 'CONSULT 042 USA->IRQ'],
    ['The Japanese prime minister made a trip to China last week.', 'made', 'CONSULT 042 JPN->CHN'],
  ])('%s', (text, trigger, expected) => {
    expect(codedAt(text, trigger, '2007-03-03', { cameo: true })).toEqual([expected]);
  });
});
