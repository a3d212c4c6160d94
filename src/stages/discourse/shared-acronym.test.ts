import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSharedAcronyms, parseSharedAcronyms } from './shared-acronym.js';

describe('shared-acronyms.tsv', () => {
  it('reads the shipped list: SEC is the knowledge base\'s USA body, Manila\'s too', () => {
    const sec = loadSharedAcronyms().get('SEC');
    expect(sec?.code).toBe('USA');
    expect(sec?.others.has('PHL')).toBe(true);
    expect(sec?.names).toEqual([['Securities', 'and', 'Exchange', 'Commission']]);
  });

  it('reads the list at a path it is given, not the shipped one read before (review of session 59, finding 8)', () => {
    loadSharedAcronyms();
    const path = join(mkdtempSync(join(tmpdir(), 'dyad-')), 'acronyms.tsv');
    writeFileSync(path, '# test\nFSC\tKOR\tTWN\n');
    expect([...loadSharedAcronyms(path).keys()]).toEqual(['FSC']);
    expect(loadSharedAcronyms().has('SEC')).toBe(true);
  });

  it.each([
    ['sec\tUSA\tPHL'],
    ['SEC\tUSA\t'],
    ['SEC\tUSA\tPHL|USA'],
    ['SEC\tUS\tPHL'],
    ['SEC\tUSA\tPHL\tCommission'],
    ['SEC\tUSA\tPHL\tSecurities  Commission'],
  ])('refuses a bad row (E170): %j', (row) => {
    expect(() => parseSharedAcronyms(`# header\n${row}\n`, 'x.tsv')).toThrow(expect.objectContaining({ code: 'E170' }));
  });
});
