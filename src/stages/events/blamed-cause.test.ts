import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// senses.tsv `blame` `thing-cause`: blaming a thing on a thing ("blamed the decline on the uncertain outlook") explains
// a change and accuses no one (#12; training wire gold: reuters-8652, reuters-10902's Subroto and reuters-5570 are no
// event, coded ACCUSE with no recipient before). Through the real pipeline up to the layers events read.

/** The events coded from `trigger`, as "EVENT actor->recipient". */
const coded = (text: string, trigger: string): string[] => codedAt(text, trigger, '1987-03-24');

describe('a thing blamed on a thing is no accusation', () => {
  it.each([
    ['The Bank of Japan partly blamed the expected decline in manufacturing investment on the uncertain outlook for demand in those industries.'],
    ['Indonesian Energy Minister Subroto blamed recent rapid spot price changes on unbalanced supply and demand.'],
  ])('issue-12: "%s"', (text) => {
    expect(coded(text, 'blamed')).toEqual([]);
  });

  // A party in the blame keeps the accusation: the doer of the cause, the one blamed, or a party's own cause.
  it.each([
    ['Zairean officials blamed their difficulties on the IMF recovery plan.', 'ACCUSE'],
    ['The European Commission blamed the new cash crisis on the reluctance of governments to pay.', 'ACCUSE'],
    ['Iraq blamed Iran for the outbreak of hostilities.', 'ACCUSE'],
    ['Brazilian Finance Minister Dilson Funaro blamed Autolatina\'s losses on Brazil\'s government price restrictions.', 'ACCUSE'],
    // Review rv-e: people named by a common noun, and a bloc's adjective, are parties blamed too.
    ["Iraq's president blamed the crisis on his predecessor.", 'ACCUSE'],
    ['The Iraqi government blamed the riots on foreign agitators.', 'ACCUSE'],
    ['Venezuela blamed the blackout on saboteurs.', 'ACCUSE'],
    ['Zimbabwe blamed food shortages on speculators and hoarders.', 'ACCUSE'],
    ['Moscow blamed the unrest on Western meddling.', 'ACCUSE'],
    ['Kenya blamed the delays on bureaucrats.', 'ACCUSE'],
    ['Egypt blamed the violence on extremists.', 'ACCUSE'],
  ])('keeps "%s"', (text, event) => {
    expect(coded(text, 'blamed').map((e) => e.split(' ')[0])).toEqual([event]);
  });
});
