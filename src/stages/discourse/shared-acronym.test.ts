import { describe, expect, it } from 'vitest';
import { loadSharedAcronyms, parseSharedAcronyms } from './shared-acronym.js';

describe('shared-acronyms.tsv', () => {
  it('reads the shipped list: SEC is the knowledge base\'s USA body, Manila\'s too', () => {
    const sec = loadSharedAcronyms().get('SEC');
    expect(sec?.code).toBe('USA');
    expect(sec?.others.has('PHL')).toBe(true);
  });

  it.each([
    ['sec\tUSA\tPHL'],
    ['SEC\tUSA\t'],
    ['SEC\tUSA\tPHL|USA'],
    ['SEC\tUS\tPHL'],
  ])('refuses a bad row (E170): %j', (row) => {
    expect(() => parseSharedAcronyms(`# header\n${row}\n`, 'x.tsv')).toThrow(expect.objectContaining({ code: 'E170' }));
  });
});
