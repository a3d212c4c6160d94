import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// Real parses through the pipeline up to the layers events read (setting-partner.ts, #12): an act done at a meeting
// whose own clause names no one it is addressed to goes to the side met there.
const coded = (text: string, trigger: string): string[] => codedAt(text, trigger, '1987-03-01');

describe('an act set at a meeting is addressed to the side met', () => {
  it.each([
    // The parser folds the doer into the fronted phrase (a list under "Beijing"); the actors came out as both sides.
    ['At talks with Chinese leaders in Beijing, Soviet Foreign Minister Eduard Shevardnadze promised economic aid.', 'promised', 'AGREE SUN->CHN'],
    // An act coordinated with a meeting on the same subject: the side met, by the verb's object or the noun's "with".
    ['Soviet Foreign Minister Eduard Shevardnadze met Chinese leaders in Beijing to discuss the border and offered economic aid.', 'offered', 'AGREE SUN->CHN'],
    ['Brazilian Finance Minister Dilson Funaro held talks with U.S. Treasury Secretary James Baker and appealed for new loans.', 'appealed', 'REQUEST BRA->USA'],
  ])('%s (%s)', (text, trigger, expected) => {
    expect(coded(text, trigger)).toEqual([expected]);
  });

  it.each([
    // A place is no partner: the host country of a meeting's place is no recipient (news-dev README).
    ['At a meeting in Beijing, Soviet Foreign Minister Eduard Shevardnadze promised economic aid.', 'promised', 'AGREE SUN->'],
    // The consultation itself is the meeting noun's event, reciprocal as before.
    ['At talks with Chinese leaders in Beijing, Soviet Foreign Minister Eduard Shevardnadze promised economic aid.', 'talks', 'CONSULT SUN->CHN'],
  ])('%s (%s) names no partner', (text, trigger, expected) => {
    expect(coded(text, trigger)).toEqual([expected]);
  });

  it.each([
    // A meeting called off, not held, or never held sets no act at it (item: cancelled talks).
    ['Brazilian Finance Minister Dilson Funaro cancelled talks with Japanese bankers and appealed for new loans.', 'appealed', 'REQUEST BRA->'],
    ['Brazilian Finance Minister Dilson Funaro did not hold talks with Japanese bankers and appealed for new loans.', 'appealed', 'REQUEST BRA->'],
    ['Brazilian Finance Minister Dilson Funaro never met Japanese bankers but appealed for new loans.', 'appealed', 'REQUEST BRA->'],
    // A meeting at another time than the act: the act was not made there.
    ['Brazilian Finance Minister Dilson Funaro will hold talks with Japanese bankers next week and has appealed for new loans.', 'appealed', 'REQUEST BRA->'],
    ['Brazilian Finance Minister Dilson Funaro held talks with Japanese bankers last year and on Monday appealed for new loans.', 'appealed', 'REQUEST BRA->'],
  ])('%s (%s) is set at no meeting', (text, trigger, expected) => {
    expect(coded(text, trigger)).toEqual([expected]);
  });
});
