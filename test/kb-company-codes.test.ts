import { describe, expect, it } from 'vitest';
import { KbBuilder } from '../scripts/actors-kb-builder.js';

describe('knowledge base: Phoenix company codes', () => {
  const kb = new KbBuilder();
  for (const code of ['BRA', 'USA', 'JPN']) kb.addCountry(code, code);

  it('a company with a home country is that country\'s business sector (MNCBRA → BRA BUS)', () => {
    expect(kb.roleOfCode('MNCBRA')).toEqual({ code: 'BRA', sector: 'BUS' });
  });

  it('a media company is its country\'s press; other functions follow BUS', () => {
    expect(kb.roleOfCode('MNCUSAMED')).toEqual({ code: 'USA', sector: 'JRN', sectors: ['BUS'] });
    expect(kb.roleOfCode('MNCUSAHLH')).toEqual({ code: 'USA', sector: 'BUS', sectors: ['MED'] });
  });

  it('a company with no home country stays transnational', () => {
    expect(kb.roleOfCode('MNC')).toEqual({ code: 'MNC' });
  });
});
