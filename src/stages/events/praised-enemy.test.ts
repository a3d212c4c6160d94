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

// Review rv-a #1, #8, #9: only the welcomed act's doer or owner is dropped. A party praised, thanked or dealt with itself
// (the verb's object, a "to" or "with" party), a group within a warring state on either side, and the country of a
// praised body that did no act are still addressed.
describe('praise between the sides of a war addressed to a party itself', () => {
  it.each([
    ['Iran praised Iraq for releasing sick prisoners of war.', 'praised', '1987-07-20', 'SUPPORT IRN->IRQ'],
    ['Iraq praised Iran.', 'praised', '1987-07-20', 'SUPPORT IRQ->IRN'],
    ['Ukraine thanked Russia for returning the bodies of soldiers.', 'thanked', '2022-11-11', 'SUPPORT UKR->RUS'],
    ['Ukraine apologised to Russia for the incident.', 'apologised', '2022-11-11', 'SUPPORT UKR->RUS'],
    ['Ukraine signed an agreement with Russia on grain exports.', 'signed', '2022-11-11', 'SUPPORT UKR->RUS'],
    ['Zelenskiy praised Putin for the exchange.', 'praised', '2022-11-11', 'SUPPORT UKR->RUS'],
    ['Russian opposition activists praised Ukraine for liberating Kherson.', 'praised', '2022-11-11', 'SUPPORT RUS->UKR'],
    ['Iranian Kurdish rebels praised Iraq for its support.', 'praised', '1987-07-20', 'SUPPORT IRN->IRQ'],
    ['Ukraine praised the Russian Orthodox Church for its call for peace.', 'praised', '2022-11-11', 'SUPPORT UKR->RUS'],
  ])('issue-12: %s', (text, trigger, date, event) => {
    expect(codedAt(text, trigger, date)).toEqual([event]);
  });
});
