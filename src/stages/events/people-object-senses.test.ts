import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// Verbs that are an event only when done to people (senses.tsv thing-object "---"; review after session 55 #5, #6):
// smearing paint or exterminating rats wrongs no one.
const coded = (sentence: string, trigger: string) => codedAt(`JERUSALEM, March 3, 1992 (AP) - ${sentence}`, trigger, '1992-03-03');

describe('smearing and exterminating things is no event', () => {
  it.each([
    ['Israeli settlers smeared paint on a Palestinian mosque.', 'smeared'],
    ['Chinese farmers exterminated rats in Vietnamese border villages.', 'exterminated'],
  ])('"%s" codes nothing', (sentence, trigger) => {
    expect(coded(sentence, trigger)).toEqual([]);
  });

  it('"continues to exterminate Ukrainians" is still mass killing', () => {
    expect(coded('The Russian army exterminated Ukrainians in Bucha.', 'exterminated')).toEqual(['ASSAULT RUS->UKR']);
  });
});
