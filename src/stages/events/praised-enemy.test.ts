import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// Review fix-a #3 of session 59: welcoming a retreat supports its doer (welcomed-retreat.test.ts), but a side welcoming
// what its enemy in a war (data/wars.tsv) did supports no one: "Ukraine hailed the withdrawal of Russian forces" was
// SUPPORT UKR->RUS. The training gold codes a welcomed act of a hostile party as praise with no recipient ("The President
// welcomed the release of hostages by Hamas": SUPPORT USAGOV, recipient empty), the act itself as its own event.
describe('praise of an act by the other side of a war has no recipient', () => {
  it.each([
    ['Ukraine hailed the withdrawal of Russian forces from Kherson.', 'hailed', 'SUPPORT 051 UKR->'],
    ['Kyiv welcomed the Russian withdrawal from Kherson.', 'welcomed', 'SUPPORT 051 UKR->'],
    ['Moscow welcomed the Ukrainian retreat from Soledar.', 'welcomed', 'SUPPORT 051 RUS->'],
  ])('issue-12: %s', (text, trigger, event) => {
    expect(codedAt(text, trigger, '2022-11-11', { cameo: true })).toEqual([event]);
  });

  // Only while the war is waged, and only between its two sides.
  it.each([
    ['Kyiv welcomed the Russian withdrawal from Kherson.', '2021-11-11', 'SUPPORT 051 UKR->RUS'],
    ['Kenya hailed the departure of Ethiopian forces from Somalia.', '2022-11-11', 'SUPPORT 051 KEN->ETH'],
    ['Poland welcomed the Ukrainian withdrawal from Kherson.', '2022-11-11', 'SUPPORT 051 POL->UKR'],
  ])('keeps the doer otherwise: %s (%s)', (text, date, event) => {
    expect(codedAt(text, text.split(' ')[1] ?? '', date, { cameo: true })).toEqual([event]);
  });
});
