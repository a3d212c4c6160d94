import { describe, expect, it } from 'vitest';
import { isOtherSide, parseRivalSectors } from './sides.js';

describe('isOtherSide', () => {
  it('counts different codes as different sides and an uncoded party as no side', () => {
    expect(isOtherSide({ code: 'IRQ', sector: 'GOV' }, { code: 'IRN', sector: 'GOV' })).toBe(true);
    expect(isOtherSide({ code: 'IRQ' }, {})).toBe(false);
    expect(isOtherSide(undefined, { code: 'IRN' })).toBe(false);
  });

  it('counts rival sectors of one country as different sides, both ways ("the Tories accused the government")', () => {
    expect(isOtherSide({ code: 'GBR', sector: 'OPP' }, { code: 'GBR', sector: 'GOV' })).toBe(true);
    expect(isOtherSide({ code: 'GBR', sector: 'GOV' }, { code: 'GBR', sector: 'OPP' })).toBe(true);
    expect(isOtherSide({ code: 'USA', sector: 'GOV' }, { code: 'USA', sector: 'LEG' })).toBe(true);
    expect(isOtherSide({ code: 'COL', sector: 'GOV' }, { code: 'COL', sector: 'REB' })).toBe(true);
    expect(isOtherSide({ code: 'IRQ', sector: 'INS' }, { code: 'IRQ', sector: 'MIL' })).toBe(true);
    expect(isOtherSide({ code: 'PAK', sector: 'GOV' }, { code: 'PAK', sector: 'JUD' })).toBe(true);
  });

  it('keeps one side for the same sector, a sector not paired with it, or a missing sector', () => {
    expect(isOtherSide({ code: 'GBR', sector: 'GOV' }, { code: 'GBR', sector: 'GOV' })).toBe(false);
    expect(isOtherSide({ code: 'RUS', sector: 'GOV' }, { code: 'RUS', sector: 'MIL' })).toBe(false);
    expect(isOtherSide({ code: 'GBR', sector: 'OPP' }, { code: 'GBR' })).toBe(false);
  });
});

describe('parseRivalSectors', () => {
  it('reads each pair both ways and skips comments', () => {
    const pairs = parseRivalSectors('# rivals\nGOV\tOPP\n', 'rivals.tsv');
    expect([...pairs].sort()).toEqual(['GOV\tOPP', 'OPP\tGOV']);
    expect(isOtherSide({ code: 'GBR', sector: 'OPP' }, { code: 'GBR', sector: 'GOV' }, pairs)).toBe(true);
  });

  it('refuses a malformed row with E170', () => {
    expect(() => parseRivalSectors('GOV\tGOV\n', 'rivals.tsv')).toThrow(expect.objectContaining({ code: 'E170' }));
    expect(() => parseRivalSectors('GOV OPP\n', 'rivals.tsv')).toThrow(expect.objectContaining({ code: 'E170' }));
  });
});
