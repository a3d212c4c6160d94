import { describe, expect, it } from 'vitest';
import { bestReading, rankCandidates, resolvePlace } from './resolve.js';

describe('resolvePlace', () => {
  it.each([
    ['Kiev', 'Kyiv', 'UKR'],
    ['Lugansk', 'Luhansk', 'UKR'],
    ['Bombay', 'Mumbai', 'IND'],
    ['Peking', 'Beijing', 'CHN'],
    ['KYIV', 'Kyiv', 'UKR'],
  ])('resolves the old or alternate spelling %s to %s', (text, name, country) => {
    expect(resolvePlace(text)).toMatchObject({ name, country });
  });

  it.each([
    ['Syria', 'SYR'],
    ['the Netherlands', 'NLD'],
    ['U.S.', 'USA'],
    ['Britain', 'GBR'],
    ['Ivory Coast', 'CIV'],
    ['Côte d’Ivoire', 'CIV'],
  ])('resolves the country name %s', (text, country) => {
    expect(resolvePlace(text)).toMatchObject({ kind: 'country', country });
  });

  it.each([
    ['Crimea', 'region', 'UKR'],
    ['Donbass', 'region', 'UKR'],
    ['West Bank', 'region', 'PSE'],
    ['Black Sea', 'water', undefined],
    ['the Sahel', 'region', undefined],
    ['the Arctic', 'region', undefined],
    ['the Gulf', 'water', undefined],
  ])('resolves the curated region %s', (text, kind, country) => {
    const place = resolvePlace(text);
    expect(place?.kind).toBe(kind);
    expect(place?.country).toBe(country);
  });

  it('prefers the capital to a smaller place of the same name', () => {
    expect(resolvePlace('Paris')).toMatchObject({ country: 'FRA', kind: 'capital' });
  });

  it('gives coordinates for cities', () => {
    const place = resolvePlace('Donetsk');
    expect(place?.lat).toBeCloseTo(48.02, 1);
    expect(place?.lon).toBeCloseTo(37.8, 1);
  });

  it('follows a comma qualifier', () => {
    expect(resolvePlace('Paris', { qualifier: 'Texas' })).toMatchObject({ country: 'USA', admin1: 'Texas' });
  });

  it('reads Georgia as the country without context', () => {
    expect(resolvePlace('Georgia')).toMatchObject({ country: 'GEO', kind: 'country' });
  });

  it('reads Georgia as the U.S. state in a story full of U.S. places', () => {
    expect(resolvePlace('Georgia', { countries: new Map([['USA', 3]]) })).toMatchObject({ country: 'USA', kind: 'region' });
  });

  it('never lets article context turn a country name into a town', () => {
    expect(resolvePlace('Lebanon', { countries: new Map([['USA', 5]]) })).toMatchObject({ country: 'LBN' });
  });

  it('uses the dateline country for an ambiguous city', () => {
    const plain = resolvePlace('Donetsk');
    const withDateline = resolvePlace('Donetsk', { datelineCountry: 'UKR' });
    expect(withDateline!.confidence).toBeGreaterThan(plain!.confidence);
    expect(withDateline?.why).toContain('dateline is in UKR');
  });

  it('prefers a place whose own name this is to one that merely had it as an old name', () => {
    // Hong Kong was once called Victoria; many places are called Victoria today
    expect(resolvePlace('Victoria')?.name).toBe('Victoria');
  });

  it('uses the countries of places listed with this one', () => {
    const place = resolvePlace('Victoria', { siblings: new Set(['AUS']) });
    expect(place).toMatchObject({ country: 'AUS' });
    expect(place?.why).toContain('listed with other places in AUS');
  });

  it('explains the reading it chose', () => {
    expect(resolvePlace('Kiev')?.why).toMatch(/alternate or old spelling of Kyiv/);
  });

  it('returns nothing for an unknown name', () => {
    expect(resolvePlace('Qwxyzzy')).toBeUndefined();
  });

  it('lists every reading, best first', () => {
    const ranked = rankCandidates('Paris');
    expect(ranked.length).toBeGreaterThan(1);
    expect(ranked[0].score).toBeGreaterThanOrEqual(ranked[1].score);
  });
});

describe('bestReading', () => {
  it('gives the place and confidence resolvePlace gives, alone, in context and qualified', () => {
    const cases: [string, Parameters<typeof resolvePlace>[1]][] = [
      ['Kiev', {}],
      ['Georgia', {}],
      ['Georgia', { countries: new Map([['USA', 3]]) }],
      ['Paris', { qualifier: 'Texas' }],
      ['Victoria', { siblings: new Set(['AUS']) }],
      ['Nowhere-in-particular', {}],
    ];
    for (const [text, context] of cases) {
      const full = resolvePlace(text, context);
      const reading = bestReading(text, context);
      expect(reading && { name: reading.candidate.name, country: reading.candidate.country, confidence: reading.confidence }).toEqual(full && { name: full.name, country: full.country, confidence: full.confidence });
    }
  });
});
