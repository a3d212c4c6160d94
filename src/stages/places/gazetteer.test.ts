import { describe, expect, it } from 'vitest';
import { PLACES_GAZETTEER } from './gazetteer.js';

/** A reference to entry `index` of source 0 (country), 1 (admin1) or 2 (city), as the build writes it. */
const ref = (index: number, source: number, alias = 0) => ((index << 3) | (source << 1) | alias).toString(36);

/** A small compiled gazetteer: the index holds a key and its prefix, and names outside ASCII. */
const PAYLOAD = [
  '#dyad gazetteer 1: test',
  '@countries\t2\tiso2 iso3 name geonameid population lat lon capital',
  'FR\tFRA\tFrance\t3017382\t66987244\t46\t2\tParis',
  'JP\tJPN\tJapan\t1861060\t126529100\t36\t138\tTokyo',
  '@admin1\t1\tcode name geonameid lat lon cityPopulation',
  'FR.11\tÎle-de-France\t3012874\t48.5\t2.5\t2138551',
  '@places\t2\tgeonameid name country2 admin1 lat lon population featureCode',
  '2988507\tParis\tFR\t11\t48.8534\t2.3488\t2138551\tPPLC',
  '1850147\tTōkyō\tJP\t40\t35.6895\t139.6917\t8336599\tPPLC',
  '@index\t6\tkey references',
  `france\t${ref(0, 0)}`,
  `japan\t${ref(1, 0)}`,
  `par\t${ref(0, 1, 1)}`,
  `paris\t${ref(0, 2)}`,
  `tokyo\t${ref(1, 2)}`,
  `東京\t${ref(1, 2, 1)}`,
  '@demonyms\t2\tkey country',
  'french\t0',
  'japanese\t1',
  '',
].join('\n');

describe('the compiled gazetteer, searched as UTF-8 bytes', () => {
  const gazetteer = PLACES_GAZETTEER.decode(Buffer.from(PAYLOAD, 'utf8'), 'test.tsv');

  it('finds a key and the key it is a prefix of, each on its own', () => {
    expect(gazetteer.lookup('Paris').map((c) => [c.name, c.kind, c.country])).toEqual([['Paris', 'capital', 'FRA']]);
    expect(gazetteer.lookup('Par').map((c) => [c.name, c.isAlias])).toEqual([['Île-de-France', true]]);
    expect(gazetteer.has('Pari')).toBe(false);
    expect(gazetteer.has('Parisx')).toBe(false);
  });

  it('decodes rows outside ASCII and finds keys outside ASCII', () => {
    expect(gazetteer.lookup('Tokyo')[0]).toMatchObject({ name: 'Tōkyō', country: 'JPN', kind: 'capital' });
    expect(gazetteer.lookup('東京')[0]).toMatchObject({ name: 'Tōkyō', isAlias: true });
    expect(gazetteer.has('東')).toBe(false);
  });

  it('searches the demonyms section and misses past either end of a section', () => {
    expect(gazetteer.demonym('Japanese')).toMatchObject({ name: 'Japan', isDemonym: true });
    expect(gazetteer.demonym('Zulu')).toBeUndefined();
    expect(gazetteer.has('aaa')).toBe(false);
    expect(gazetteer.has('zzz')).toBe(false);
  });
});
