import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// Talks that "come as" other news are set against it, not reported (#12, session 56; training wire gold: "come" CONSULT
// 0 right of 5). ev-precision's wider try (every event noun) lost "The two-week strike … comes as Brazil faces a debt
// crisis" (PROTEST, right): only meeting nouns (CAMEO 04x) are timed.
describe('meetings timed against other news (#12, session 56)', () => {
  it.each([
    ['The meetings, under the auspices of the International Monetary Fund and World Bank, come as interest rates are turning higher.', 'come'],
    ['Two rounds of talks between President Reagan and Nakasone, scheduled for Thursday and Friday, come on the heels of the imposition by the United States of punitive tariffs.', 'come'],
    ['The meeting of some 500 top businessmen from across Saudi Arabia comes at a time of guarded optimism in industry.', 'comes'],
    ['The talks came as the annual meeting of the Inter-American Development Bank was ending.', 'came'],
  ])('no CONSULT of its own: %s', (text, trigger) => {
    expect(codedAt(text, trigger, '1987-04-03')).toEqual([]);
  });

  it('a strike timed against news stays a strike (reuters-4617)', () => {
    expect(codedAt('The two-week strike by Brazilian seamen comes as Brazil faces a debt crisis.', 'comes', '1987-03-10')).toEqual(['PROTEST BRA->']);
  });
});
