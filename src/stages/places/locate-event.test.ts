import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { datelinePlace, locateEvent } from './locate-event.js';
import type { Place } from './types.js';

function place(text: string, name: string, country: string, from = 0, role?: 'dateline'): Place {
  const start = text.indexOf(name, from);
  return { start, end: start + name.length, name, country, kind: 'city', confidence: 0.9, reasons: [], why: 'test', ...(role && { role }) };
}

describe('locateEvent', () => {
  it('finds the place a locative preposition introduces', () => {
    const text = 'The presidents of Russia and France held talks in Paris.';
    const doc = makeDoc({ text, layers: { places: [place(text, 'Russia', 'RUS'), place(text, 'France', 'FRA'), place(text, 'Paris', 'FRA')] } });
    expect(locateEvent(doc, { start: 0, end: text.length })?.name).toBe('Paris');
  });

  it('gives no place when places are merely named', () => {
    const text = "Russia's initiative was welcomed by France.";
    const doc = makeDoc({ text, layers: { places: [place(text, 'Russia', 'RUS'), place(text, 'France', 'FRA')] } });
    expect(locateEvent(doc, { start: 0, end: text.length })).toBeUndefined();
  });

  it('prefers the place nearest the trigger', () => {
    const text = 'Born in Lyon, he was arrested in Marseille.';
    const doc = makeDoc({ text, layers: { places: [place(text, 'Lyon', 'FRA'), place(text, 'Marseille', 'FRA')] } });
    const trigger = { start: text.indexOf('arrested'), end: text.indexOf('arrested') + 8 };
    expect(locateEvent(doc, { start: 0, end: text.length }, trigger)?.name).toBe('Marseille');
  });

  it('skips a place that only begins a hyphenated compound, and places `accept` turns down', () => {
    const text = 'Biden met Boluarte at the Asia-Pacific week in Lima, Peru.';
    const places = [place(text, 'Asia', 'XAS'), place(text, 'Lima', 'PER'), place(text, 'Peru', 'PER', text.indexOf('Lima'))];
    const doc = makeDoc({ text, layers: { places } });
    const trigger = { start: 6, end: 9 };
    expect(locateEvent(doc, { start: 0, end: text.length }, trigger)?.name).toBe('Lima');
    expect(locateEvent(doc, { start: 0, end: text.length }, trigger, [], (p) => p.name !== 'Lima')).toBeUndefined();
  });

  it('skips places inside the excluded actor mentions', () => {
    const text = 'Officials in Kyiv said shelling hit homes in Donetsk.';
    const doc = makeDoc({ text, layers: { places: [place(text, 'Kyiv', 'UKR'), place(text, 'Donetsk', 'UKR')] } });
    expect(locateEvent(doc, { start: 0, end: text.length }, undefined, [{ start: 0, end: 17 }])?.name).toBe('Donetsk');
  });
});

describe('datelinePlace', () => {
  it('returns the dateline place', () => {
    const text = 'MOSCOW, June 26. Talks.';
    const doc = makeDoc({ text, layers: { places: [{ ...place(text, 'MOSCOW', 'RUS', 0, 'dateline'), name: 'Moscow' }] } });
    expect(datelinePlace(doc)?.name).toBe('Moscow');
  });
});
