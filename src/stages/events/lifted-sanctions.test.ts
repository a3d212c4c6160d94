import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// Lifting sanctions or an embargo is easing them, done (data/verbs.txt LIFT; #12, type accuracy): CAMEO's LIFT codes
// "* SANCTION" as an intent [0351] and has no embargo row, so "lifted its arms embargo" fell to the noun's own
// SANCTION. Sanctions take 085 (economic easing, RETREAT), the embargo 081, as measured in session 54. Made-up
// sentences after the training wire gold's sanctions stories, through the real pipeline up to the layers events read.

/** The events coded from `trigger`, as "EVENT CAMEO actor->recipient". */
const coded = (text: string, trigger: string): string[] => codedAt(text, trigger, '2022-09-20', { cameo: true });

describe('lifting sanctions or an embargo is easing them', () => {
  it.each([
    ['The United States lifted sanctions on India on Tuesday.', 'lifted', 'RETREAT 085 USA->IND'],
    ['The European Union lifted its arms embargo on China.', 'lifted', 'CONCEDE 081 IGO->CHN'],
    // Session 54 review b #9: scrapping, removing, dropping or ending them is the same easing (it was 163, the
    // noun's own SANCTION, the opposite act).
    ['The European Union scrapped its arms embargo on China.', 'scrapped', 'CONCEDE 081 IGO->CHN'],
    ['The United States removed sanctions on Venezuela.', 'removed', 'RETREAT 085 USA->VEN'],
    ['Britain dropped its sanctions against Iran.', 'dropped', 'RETREAT 085 GBR->IRN'],
    ['France ended its sanctions on Iraq.', 'ended', 'RETREAT 085 FRA->IRQ'],
    ['Japan abolished the sanctions on South Africa.', 'abolished', 'RETREAT 085 JPN->ZAF'],
  ])('"%s"', (text, trigger, expected) => {
    expect(coded(text, trigger).map((e) => e.replace(/GOV/g, ''))).toEqual([expected]);
  });
});
