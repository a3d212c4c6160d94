import { describe, expect, it } from 'vitest';
import { parsePhoenixActors, parsePhoenixAgents, phoenixDate } from './phoenix-format.js';

describe('Phoenix actor dictionaries', () => {
  it('reads synonyms and dated restrictions', () => {
    const [record] = parsePhoenixActors('VLADIMIR_PUTIN_  # CountryInfo.txt\n+PUTIN_\n\t[RUSGOV 991231-080507]\n\t[RUSGOV >120507]\n\t[RUSELI]\n');
    expect(record).toEqual({
      phrases: ['VLADIMIR PUTIN', 'PUTIN'],
      restrictions: [{ code: 'RUSGOV', from: '1999-12-31', to: '2008-05-07' }, { code: 'RUSGOV', from: '2012-05-07' }, { code: 'RUSELI' }],
      comment: ' CountryInfo.txt',
    });
  });

  it('reads codes on the primary line', () => {
    expect(parsePhoenixActors('NATO_\t[IGOWSTNAT]# NGO_Actors\n')[0]?.restrictions).toEqual([{ code: 'IGOWSTNAT' }]);
  });

  it('reads an open-ended range written with a space after the comparator, so the record keeps its own code', () => {
    const records = parsePhoenixActors('SUSAN_RICE_ #\n\t[USAGOV > 130701]\n\n# US Trade Representative\nUS_TRADE_REPRESENTATIVE_\n\t[USAGOVBUS]\n');
    expect(records.map((r) => r.phrases)).toEqual([['SUSAN RICE'], ['US TRADE REPRESENTATIVE']]);
    expect(records[0]?.restrictions).toEqual([{ code: 'USAGOV', from: '2013-07-01' }]);
  });

  it('gives a primary without codes the codes of the record after it', () => {
    const records = parsePhoenixActors('EX_PRESIDENT_X\nPRESIDENT_X\n\t[USAGOV]\n');
    expect(records.map((r) => r.phrases)).toEqual([['EX PRESIDENT X', 'PRESIDENT X']]);
  });

  it.each([['991231', '1999-12-31'], ['080507', '2008-05-07'], ['19171109', '1917-11-09'], ['2004017', undefined]])('date %s → %s', (text, iso) => {
    expect(phoenixDate(text)).toBe(iso);
  });
});

describe('Phoenix agents', () => {
  it('expands substitutions and makes regular plurals', () => {
    const agents = parsePhoenixAgents('!MINIST! = MINISTER, MINISTRY\nDEFENCE_!MINIST! [~GOVMIL]\nAUTHORITY [~GOV]\nPOLICE {} [~COP]\n');
    expect(Object.fromEntries(agents)).toEqual({
      'DEFENCE MINISTER': 'GOVMIL', 'DEFENCE MINISTRY': 'GOVMIL', 'DEFENCE MINISTERS': 'GOVMIL', 'DEFENCE MINISTRIES': 'GOVMIL',
      AUTHORITY: 'GOV', AUTHORITIES: 'GOV', POLICE: 'COP',
    });
  });
});
