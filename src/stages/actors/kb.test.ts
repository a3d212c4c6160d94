import { describe, expect, it } from 'vitest';
import { createKb, loadKb, lookupName, nearSurnames, officeHoldersOn, rankMatches, roleAt } from './kb.js';
import { packActor, type KbActor } from './kb-types.js';

const putin: KbActor = {
  id: 'vladimir-putin', name: 'Vladimir Putin', kind: 'person',
  roles: [
    { code: 'RUS', sector: 'ELI' },
    { code: 'RUS', sector: 'GOV', title: 'Prime Minister of Russia', office: 'prime-minister', from: '2008-05-08', to: '2012-05-07' },
    { code: 'RUS', sector: 'GOV', title: 'President of Russia', office: 'president', leader: true, from: '2012-05-07' },
  ],
};
const hollande: KbActor = { id: 'francois-hollande', name: 'Francois Hollande', kind: 'person', roles: [{ code: 'FRA', sector: 'GOV', title: 'President of France', office: 'president', from: '2012-05-15', to: '2017-05-14' }] };

describe('roleAt', () => {
  it.each([
    ['2010-01-01', 'Prime Minister of Russia'],
    ['2020-06-26', 'President of Russia'],
  ])('on %s Putin is %s', (day, title) => {
    expect(roleAt(putin, day)?.role.title).toBe(title);
  });

  it('falls back to the undated default role before any dated one', () => {
    expect(roleAt(putin, '1990-01-01')?.role.sector).toBe('ELI');
  });

  it('codes a person whose offices all ended as a former official', () => {
    expect(roleAt(hollande, '2020-01-01')).toEqual({ role: { code: 'FRA', sector: 'ELI', title: 'former President of France' }, status: 'former' });
  });

  it('without a day takes the most notable role', () => {
    expect(roleAt(putin, undefined)?.role.title).toBe('President of Russia');
  });
});

describe('packActor', () => {
  it('round-trips through createKb', () => {
    const kb = createKb({ version: 2, actors: [packActor(putin)], names: { putin: 0 }, surnames: {}, adjectives: {}, countries: {}, agents: {}, officeHolders: {}, nameHeads: {}, agentHeads: {} });
    expect(kb.actor(0)).toEqual(putin);
  });
});

describe('nearSurnames', () => {
  const kb = createKb({ version: 2, actors: [packActor(hollande)], names: {}, surnames: { hollande: 0 }, adjectives: {}, countries: {}, agents: {}, officeHolders: {}, nameHeads: {}, agentHeads: {} });

  it.each(['holande', 'hollende', 'hollnade', 'hollaande', 'hollandde'])('finds "%s" one edit from hollande', (key) => {
    expect(nearSurnames(kb, key)).toEqual([0]);
  });

  it('does not try short keys', () => {
    expect(nearSurnames(kb, 'holla')).toEqual([]);
  });
});

describe('popes (office-holders.tsv, office `pope`)', () => {
  const kb = loadKb();
  it('"Pope Francis" is the Holy See\'s head in his term', () => {
    const [match] = lookupName(kb, 'Pope Francis', '2021-12-17');
    expect(match?.actor.name).toBe('Pope Francis');
    expect(match?.onDate?.role.code).toBe('VAT');
  });

  it('a bare "Francis" is not the Pope: a regnal name is no surname', () => {
    expect(lookupName(kb, 'Francis', '2021-12-17').some((m) => m.actor.roles.some((r) => r.code === 'VAT'))).toBe(false);
  });
});

describe('family name first (family-name-first.txt)', () => {
  const kb = loadKb();
  it.each([
    ['Xi', '2023-11-15', 'Xi Jinping'],
    ['Yoon', '2023-06-03', 'Yoon Suk Yeol'],
    ['Li', '2020-05-01', 'Li Keqiang'],
    ['Li', '2024-05-01', 'Li Qiang'],
  ])('"%s" on %s is the office holder %s', (surname, day, name) => {
    expect(kb.surnamed(surname.toLowerCase())?.map((i) => kb.actor(i)?.name)).toContain(name);
    expect(lookupName(kb, surname, day)[0]?.actor.name).toBe(name);
  });

  it('a given-name-first holder keeps only the last word as surname', () => {
    expect(kb.surnamed('joe')?.map((i) => kb.actor(i)?.name) ?? []).not.toContain('Joe Biden');
  });
});

describe('rankMatches', () => {
  it('ranks an empty list (a name not found) as empty, a fresh array each time', () => {
    const kb = loadKb();
    const first = rankMatches(kb, [], '2020-01-01');
    expect(first).toEqual([]);
    expect(rankMatches(kb, [], '2020-01-01')).not.toBe(first);
  });
});

describe('officeHoldersOn', () => {
  // Remembered per country, office and day: asked in turns, each day keeps its own holder.
  it.each([
    ['2018-06-01', 'Donald Trump'],
    ['2021-06-01', 'Joe Biden'],
    ['2018-06-01', 'Donald Trump'],
  ])('the US president on %s is %s', (day, name) => {
    expect(officeHoldersOn(loadKb(), 'USA', day, 'president')[0]?.actor.name).toBe(name);
  });
});
