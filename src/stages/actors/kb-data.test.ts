import { describe, expect, it } from 'vitest';
import { parseAgentNouns, parseHistoricalStates, parseMetonyms, parseOfficeHolders, parseOrganisations, parseWordList, type DataProblem } from './kb-data.js';

describe('office-holders.tsv', () => {
  it('reads a leader office, dates and aliases', () => {
    const [holder] = parseOfficeHolders('FRA\tpresident*\tEmmanuel Macron\t2017-05-14\t\tMacron|E. Macron\n');
    expect(holder).toEqual({ code: 'FRA', org: undefined, leader: true, name: 'Emmanuel Macron', office: 'president', from: '2017-05-14', to: undefined, aliases: ['Macron', 'E. Macron'] });
  });

  it('reads an IGO office with its organisation code', () => {
    expect(parseOfficeHolders('IGO/NATO\tsecretary-general\tMark Rutte\t2024-10-01\t\t\n')[0]?.org).toBe('NATO');
  });

  it('skips comments and reports a bad date with its line', () => {
    const problems: DataProblem[] = [];
    parseOfficeHolders('# comment\nFRA\tpresident\tX Y\t14/05/2017\t\t\n', problems);
    expect(problems).toEqual([{ line: 2, reason: '"14/05/2017" is not a YYYY-MM-DD date' }]);
  });

  it('reports a line without a country code', () => {
    const problems: DataProblem[] = [];
    expect(parseOfficeHolders('France\tpresident\tX\n', problems)).toEqual([]);
    expect(problems[0]?.line).toBe(1);
  });
});

describe('other data files', () => {
  it('reads an organisation with its function sectors', () => {
    expect(parseOrganisations('IGO\tUNO\tGOV\tUnited Nations Security Council\t1945-10-24\t\tUNSC|Security Council\n')[0]).toMatchObject({ code: 'IGO', org: 'UNO', sectors: ['GOV'], aliases: ['UNSC', 'Security Council'] });
  });

  it('reads a historical state with its lifetime and adjectives', () => {
    expect(parseHistoricalStates('SUN\tSoviet Union\t1922-12-30\t1991-12-26\tMoscow\tSoviet\tUSSR\n')[0]).toMatchObject({ code: 'SUN', to: '1991-12-26', capital: 'Moscow', adjectives: ['Soviet'] });
  });

  it('reads a metonym', () => {
    expect(parseMetonyms('RUS\tGOV\tKremlin\t\n')[0]).toEqual({ code: 'RUS', sector: 'GOV', name: 'Kremlin', aliases: [] });
  });

  it('issue-12: reads the period a metonym stood for its country, and reports a bad date', () => {
    expect(parseMetonyms('SUN\tGOV\tKremlin\t\t1922-12-30\t1991-12-25\n')[0]).toEqual({ code: 'SUN', sector: 'GOV', name: 'Kremlin', aliases: [], from: '1922-12-30', to: '1991-12-25' });
    const problems: DataProblem[] = [];
    parseMetonyms('DEU\tGOV\tBonn\t\t1949\n', problems);
    expect(problems).toEqual([{ line: 1, reason: '"1949" is not a YYYY-MM-DD date' }]);
  });

  it('reads a word list without its comments', () => {
    expect(parseWordList('# compass\nWestern\n\nEastern\n')).toEqual(['Western', 'Eastern']);
  });

  it('reads each form of an agent noun', () => {
    expect(parseAgentNouns('rebel|rebels\tREB\n').map((a) => a.noun)).toEqual(['rebel', 'rebels']);
  });
});
