import { describe, expect, it } from 'vitest';
import { loadKb } from './kb.js';
import { resolvePhraseActor } from './phrase-actor.js';

describe('resolvePhraseActor', () => {
  const kb = loadKb();

  it.each([
    ["Israel's high court", undefined, 'ISR', 'JUD'],
    ['French Foreign Minister', '2021-03-01', 'FRA', 'GOV'],
    ['Doctors from two American aid groups', undefined, 'USA', 'MED'],
    ['President Bouteflikka', undefined, 'DZA', 'GOV'],
    ['Palestinians living in the West Bank', undefined, 'PSE', 'CVL'],
    ['human rights group', undefined, 'NGO', undefined],
    // Armed groups: a Phoenix group coded by region takes the country its name holds (Liberia), a
    // bracketed acronym is a name of its own (MILF), armed-groups.tsv dates movements that became parties.
    ['National Patriotic Front of Liberia', '1990-06-01', 'LBR', 'REB'],
    ['MILF', '2000-01-01', 'PHL', 'REB'],
    ['UNITA', '1987-03-01', 'AGO', 'REB'],
    ['African National Congress', '1987-03-23', 'ZAF', 'REB'],
    ['African National Congress', '2020-01-01', 'ZAF', 'PTY'],
    ['Irish Republican Army', '1987-04-07', 'GBR', 'REB'],
    // An international body's official the knowledge base lacks keeps the body's function.
    ['Arab League Secretary-General Chedli Klibi', undefined, 'IGO', 'ARL'],
    // A capital's old or foreign name that is another town's name is that town (build:actors).
    ['Philadelphia', undefined, 'USA', 'CVL'],
    ['Delhi', undefined, 'IND', 'CVL'],
    ['Georgetown', undefined, 'GUY', 'GOV'],
    // The lenders, finance groups and commodity bodies of the 1987 wire, coded by organisation (organisations.tsv),
    // and their heads (office-holders.tsv): Phoenix coded Conable by the UN family.
    ['the Paris Club', '1987-03-01', 'IGO', 'PAR'],
    ['the Group of Five', '1987-03-01', 'IGO', 'G5'],
    ['Inter-American Development Bank', '1987-03-01', 'IGO', 'IADB'],
    ['OECD', '1987-03-01', 'IGO', 'OECD'],
    ['International Coffee Organization', '1987-03-01', 'IGO', 'ICO'],
    ['Barber Conable', '1987-03-01', 'IGO', 'WBK'],
    ['Antonio Ortiz Mena', '1987-03-01', 'IGO', 'IADB'],
  ])('%s (%s) → %s %s', (text, day, code, sector) => {
    const actor = resolvePhraseActor(kb, text, day);
    expect([actor?.code, actor?.sector]).toEqual([code, sector]);
  });

  it('an international body\'s official keeps the function the body has (GOV)', () => {
    expect(resolvePhraseActor(kb, 'Arab League Secretary-General Chedli Klibi')?.sectors).toContain('GOV');
  });

  it('a country in a Phoenix bracket tells a common name apart: "National Front" alone is not the Greek group', () => {
    expect(resolvePhraseActor(kb, 'National Front', '1987-03-01')?.code).toBeUndefined();
  });

  it('a UK party\'s name in another country\'s phrase gives no British country ("Homeland Union (Conservatives)")', () => {
    expect(resolvePhraseActor(kb, 'Homeland Union  (Conservatives)', '2000-01-01')?.code).toBeUndefined();
  });

  it.each([
    ['Labour Party', 'PTY'],
    ['the Tories', 'OPP'],
    ['Unison', 'LAB'],
  ])('a UK body\'s whole name alone is British, Britain assumed: %s', (text, sector) => {
    const actor = resolvePhraseActor(kb, text, '2005-01-01');
    expect([actor?.code, actor?.sector, actor?.reasons[0]?.rule]).toEqual(['GBR', sector, 'actors/assumed-britain']);
  });

  it('a UK body\'s name before a common noun is no British body ("Labour costs")', () => {
    expect(resolvePhraseActor(kb, 'Labour costs', '1987-03-01')?.code).toBeUndefined();
  });

  it('returns undefined for words that name no actor', () => {
    expect(resolvePhraseActor(kb, 'the weather today')).toBeUndefined();
  });
});
