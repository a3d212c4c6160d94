import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// Made-up sentences through the real pipeline (session 55 review leftovers): the parser hangs the first name of a
// hyphenated pair on the second as a compound ("Iran" → "Iraq" → "war"), and only the second was read as a side.
const coded = (sentence: string, trigger: string) => codedAt(`NICOSIA, March 3, 1988 (AP) - ${sentence}`, trigger, '1988-03-03');

describe('both names of a hyphenated pair are sides (#12)', () => {
  it.each([
    ['The Iran-Iraq war killed hundreds of thousands of people.', 'killed', 'ASSAULT IRN+IRQ->'],
    ['The Ethiopia-Eritrea war killed thousands of soldiers.', 'killed', 'ASSAULT ETH+ERI->'],
  ])('"%s"', (sentence, trigger, expected) => {
    expect(coded(sentence, trigger)).toEqual([expected]);
  });

  it('keeps a single name as the one side ("The Iraq offensive killed hundreds")', () => {
    expect(coded('The Iraq offensive killed hundreds of people.', 'killed')).toEqual(['ASSAULT IRQ->']);
  });
});
