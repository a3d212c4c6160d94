import { describe, expect, it } from 'vitest';
import { runActors as run } from '../../../test/support/actors-run.js';

describe('withoutArticlePlaces', () => {
  it.each([
    ['Mr. Sullivan congratulated Prime Minister al-Sabah on his appointment.', '2022-08-11'],
    ['Kuwaiti oil minister Sheikh Ali al-Khalifa al-Sabah said OPEC was producing well below its ceiling.', '1987-03-24'],
  ])('issue-12: "al-Sabah" is a family name, not Sabah, Malaysia: %s', (text, date) => {
    expect(run(text, date).mentions.map((m) => m.code)).not.toContain('MYS');
  });

  it('keeps a place named without the article', () => {
    expect(run('The minister visited Sabah.', '2022-08-11').mentions.map((m) => m.code)).toContain('MYS');
  });
});
