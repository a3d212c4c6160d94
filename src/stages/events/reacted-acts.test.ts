import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// #12 (rv-d #4, session 61): an act named by a noun that a reaction verb takes as its object is an event of its own,
// done by whom the noun's "by" phrase or possessor names. The training gold codes it beside the reaction ("The
// President welcomed the release of hostages by Hamas": the release as RETREAT by Hamas; whitehouse 2023-11-26).
describe('a welcomed or condemned act noun with a named doer is its doer\'s event', () => {
  it.each([
    ['The President welcomed the release of hostages by Hamas over the past three days.', 'release', 'RETREAT PSE->'],
    ['Britain welcomed Israel\'s withdrawal from Gaza.', 'withdrawal', 'RETREAT ISR->'],
    ['Egypt condemned the withdrawal of troops by Israel from the border.', 'withdrawal', 'RETREAT ISR->'],
    ['The European Union welcomed Sweden\'s recognition of Palestine.', 'recognition', 'SUPPORT SWE->PSE'],
    ['South Korea welcomed Japan\'s apology to the victims.', 'apology', 'SUPPORT JPN->'],
  ])('issue-12: "%s"', (text, trigger, event) => {
    expect(codedAt(text, trigger, '2023-11-26')).toContain(event);
  });

  it.each([
    // No doer named: who released them is not told ("the release of two additional hostages from Gaza").
    ['The President welcomed the release of two additional hostages from Gaza.', 'release'],
    // A noun not of an act (rule-words `reacted-act-noun`): "call" is a phone call in nouns.tsv, an appeal here.
    ['France praised China\'s call for restraint.', 'call'],
    // A published text released is no release of persons (rule-words `publication-noun`).
    ['The World Bank welcomed the release of the annual report by the IMF.', 'release'],
    // No reaction verb: the noun is only talked about.
    ['Officials discussed the release of hostages by Hamas.', 'release'],
  ])('no act event: "%s"', (text, trigger) => {
    expect(codedAt(text, trigger, '2023-11-26')).toEqual([]);
  });
});
