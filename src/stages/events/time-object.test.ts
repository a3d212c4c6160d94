import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// A time the parser made the verb's object ("met this afternoon with …": afternoon → obj) is when, not the thing met:
// it must not select a verb's thing-object sense (senses.tsv), which for "meet" marks no event (#12).
describe('a time parsed as the object is no thing object', () => {
  it.each([
    ['President Joe Biden met this afternoon with Prime Minister Fumio Kishida of Japan.', 'CONSULT USA+JPN->'],
    ['Chancellor Olaf Scholz met this afternoon with President Emmanuel Macron of France.', 'CONSULT DEU+FRA->'],
  ])('%s', (text, expected) => {
    expect(codedAt(text, 'met', '2024-11-13')).toEqual([expected]);
  });

  it('keeps a real thing met as no meeting: "met its budget targets"', () => {
    expect(codedAt('The government of Japan met its budget targets this year.', 'met', '2024-11-13')).toEqual([]);
  });
});
