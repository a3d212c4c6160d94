import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

describe('a government\'s possessive opening a person\'s title names whose official the person is (possessive-title.ts)', () => {
  it.each([
    ['CARACAS (Reuters) - Ecuador\'s deputy energy minister Fernando Santos Alvite arrived here on Monday. Santos Alvite criticized the Venezuelan government.', 'ECU'],
    // review rv-c 5: the possessive is read from the parse, whatever its apostrophe or a plural's bare one.
    ['MEXICO CITY (Reuters) - Brazil’s deputy finance minister Marco Silvano arrived here on Monday. Silvano criticized the Mexican government.', 'BRA'],
    ['MEXICO CITY (Reuters) - The Philippines\' deputy finance minister Marco Silvano arrived here on Monday. Silvano criticized the Mexican government.', 'PHL'],
    // #12, training reuters-3034 (Bomani, Kampala story): a capitalised title of several offices joined by "and".
    ['NAIROBI (Reuters) - Tanzania\'s Agriculture and Livestock Development Minister Paul Bomani arrived here on Monday. Bomani criticized the Kenyan government.', 'TZA'],
  ])('%s', (text, code) => {
    expect(codedAt(text, 'criticized', '1987-04-07')[0]).toMatch(new RegExp(`^ACCUSE ${code}->`));
  });

  // review rv-c 4: a noun that is no government office ("opponent") makes the person no official of that government.
  it('a government\'s opponent is no official of it', () => {
    const text = 'BOGOTA (Reuters) - Venezuela\'s government opponent Carlos Mendez fled to Colombia on Monday. Mendez accused the Venezuelan government of persecution.';
    expect(codedAt(text, 'accused', '1987-04-07', { cameo: false })).not.toContainEqual(expect.stringMatching(/^ACCUSE VEN->$/));
  });
});
