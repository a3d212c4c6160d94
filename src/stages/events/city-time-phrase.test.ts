import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// Through the real pipeline (participants.ts, the city compounded onto a duration noun; session 61, ev-parties), moved
// out of participants.test.ts, whose cases are hand-built parses (session 61, fix-c).
describe('a city the parser hangs on a time phrase', () => {
  // "will visit Colombo next month": the parser makes the city a compound of "month", the object; it is the host
  // visited, not a city naming a thing as in "the Minsk agreements" (training wire gold AGREE IGO -> LKA, JPN -> USA).
  it.each([
    ['An IMF-World Bank team will visit Colombo next month to start negotiations, officials said.', 'visit', 'AGREE IGO+IGO->LKA'],
    ['Japanese Prime Minister Yasuhiro Nakasone will visit Washington next month, officials said.', 'visit', 'AGREE JPN->USA'],
  ])('takes the city in %j as the recipient', (text, trigger, coded) => {
    expect(codedAt(text, trigger, '1987-04-02')).toEqual([coded]);
  });

  it('still passes by a city that names a thing ("the Geneva talks")', () => {
    expect(codedAt('Britain welcomed the Geneva talks on Tuesday.', 'welcomed', '1987-04-02')).toEqual(['SUPPORT GBR->']);
  });
});
