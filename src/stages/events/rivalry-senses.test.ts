import { describe, expect, it } from 'vitest';
import { parseRivalrySenses } from './rivalry-senses.js';

describe('rivalry senses table', () => {
  it('reads sense and force rows', () => {
    const table = parseRivalrySenses('# c\nsense\tfight\tobject\tcampaign,seat\t---\tnote\nforce\ttroop\n', 'x.tsv');
    expect([...table.senses.get('fight')![0].words]).toEqual(['campaign', 'seat']);
    expect(table.senses.get('fight')![0].requirement).toBe('rivalry-object');
    expect(table.force.has('troop')).toBe(true);
  });

  it('refuses a row of an unknown kind or requirement (E170)', () => {
    expect(() => parseRivalrySenses('sense\tfight\tpartner\tcampaign\t---\tnote\n', 'x.tsv')).toThrow(/x\.tsv: line 1/);
    expect(() => parseRivalrySenses('armed\ttroop\n', 'x.tsv')).toThrow(/line 1/);
  });
});
