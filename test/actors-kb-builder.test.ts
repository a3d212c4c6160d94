import { describe, expect, it } from 'vitest';
import { KbBuilder } from '../scripts/actors-kb-builder.js';
import { parsePhoenixActors } from '../src/stages/actors/phoenix-format.js';
import { nameKey } from '../src/stages/actors/name-key.js';

// Phoenix files a monarch of several realms once per realm, and one person under two spellings.
const PHOENIX = [
  'QUEEN_ELIZABETH_II  # CountryInfo.txt',
  '\t[KNAGOV >520206]',
  'ELIZABETH_II  # CountryInfo.txt',
  '\t[GBRGOV >520206]',
  'SERGEY_KIRIYENKO  # CountryInfo.txt',
  '\t[RUSGOV 980324-980823]',
  '',
].join('\n');

function build(): ReturnType<KbBuilder['compile']> {
  const kb = new KbBuilder();
  kb.addCountry('GBR', 'United Kingdom');
  kb.addCountry('KNA', 'Saint Kitts and Nevis');
  kb.addCountry('RUS', 'Russia');
  for (const r of parsePhoenixActors(PHOENIX)) kb.addPhoenixRecord(r, new Set(), new Set());
  kb.addOfficeHolder({ code: 'GBR', office: 'monarch', leader: false, name: 'Elizabeth II', from: '1952-02-06', to: '2022-09-08', aliases: ['Queen Elizabeth II'] });
  kb.addOfficeHolder({ code: 'RUS', office: 'first-deputy-chief-of-staff', leader: false, name: 'Sergei Kiriyenko', from: '2016-10-05', aliases: ['Sergey Kiriyenko'] });
  return kb.compile();
}

function people(kb: ReturnType<KbBuilder['compile']>, name: string): string[] {
  const found = kb.names[nameKey(name)];
  return (found === undefined ? [] : Array.isArray(found) ? found : [found]).map((i) => JSON.stringify(kb.actors[i]));
}

describe('office holders over Phoenix namesakes', () => {
  it("gives a holder's alias to the holder alone: another realm's copy of a monarch goes", () => {
    const [only, ...rest] = people(build(), 'Queen Elizabeth II');
    expect(rest).toEqual([]);
    expect(only).toContain('GBR');
    expect(only).not.toContain('KNA');
  });

  it("keeps a same-country namesake's earlier roles on the holder", () => {
    const [only, ...rest] = people(build(), 'Sergey Kiriyenko');
    expect(rest).toEqual([]);
    expect(only).toContain('1998-03-24');
  });
});

describe('other spellings of a listed name', () => {
  function spelled(): ReturnType<KbBuilder['compile']> {
    const kb = new KbBuilder();
    kb.addCountry('PSE', 'Palestine');
    kb.addCountry('SAU', 'Saudi Arabia');
    kb.addOfficeHolder({ code: 'PSE', office: 'prime-minister', leader: false, name: 'Mohammad Mustafa', from: '2024-03-31', aliases: [] });
    kb.addOfficeHolder({ code: 'SAU', office: 'crown-prince', leader: false, name: 'Mohammed bin Salman', from: '2017-06-21', aliases: [] });
    kb.addSpellings([['Mohammed', 'Mohamed', 'Mohammad'], ['Mustafa', 'Mustapha']]);
    return kb.compile();
  }

  it('varies a name with a distinctive word', () => {
    expect(people(spelled(), 'Mohamed bin Salman').join()).toContain('SAU');
  });

  it('does not vary a name made only of common, variably spelled names: namesakes are too many', () => {
    expect(people(spelled(), 'Mohamed Mustafa')).toEqual([]);
    expect(people(spelled(), 'Mohammad Mustafa').join()).toContain('PSE');
  });
});
