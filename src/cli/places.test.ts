import { describe, expect, it } from 'vitest';
import { makeDoc } from '../core/document.js';
import { datesJson, formatPlaces, placesJson } from './places.js';

const text = 'Talks in Kiev on Friday.';
const doc = makeDoc({
  text,
  meta: { date: '2020-06-26' },
  layers: {
    places: [{ start: 9, end: 13, name: 'Kyiv', geonameid: 703448, country: 'UKR', admin1: 'Kyiv City', lat: 50.45, lon: 30.52, kind: 'capital', confidence: 0.9, reasons: [], why: 'alternate spelling' }],
    dates: [{ start: 17, end: 23, type: 'date', value: '2020-06-26', granularity: 'day', relative: true }],
  },
});

describe('places and dates commands', () => {
  it('gives every JSON field of a place, the mention text included', () => {
    expect(placesJson(doc)).toEqual([
      { text: 'Kiev', start: 9, end: 13, name: 'Kyiv', geonameid: 703448, country: 'UKR', admin1: 'Kyiv City', lat: 50.45, lon: 30.52, kind: 'capital', confidence: 0.9, why: 'alternate spelling' },
    ]);
  });

  it('gives every JSON field of a date', () => {
    expect(datesJson(doc)).toEqual([{ text: 'Friday', start: 17, end: 23, type: 'date', value: '2020-06-26', granularity: 'day', relative: true }]);
  });

  it('prints the mention, its resolution and why', () => {
    expect(formatPlaces(doc)).toContain('Kiev [9,13) → Kyiv (capital; UKR, Kyiv City)');
    expect(formatPlaces(doc)).toContain('why: alternate spelling');
  });
});
