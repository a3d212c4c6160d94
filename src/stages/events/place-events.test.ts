import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { codedEvent } from '../../../test/support/test-events.js';
import type { Place } from '../places/types.js';
import { placeEvents } from './place-events.js';

const place = (text: string, words: string, country: string): Place => {
  const start = text.indexOf(words);
  return { start, end: start + words.length, name: words, country, kind: 'city', lat: 1, lon: 2, confidence: 0.9, reasons: [], why: 'test' };
};

function eventIn(text: string, places: Place[]) {
  const event = codedEvent(text, { event: 'CONSULT', trigger: 'met', actor: { words: 'Lavrov', id: 'lavrov', code: 'RUS' }, recipient: { words: 'Blinken', id: 'blinken', code: 'USA' } });
  const doc = makeDoc({ text, layers: { sentences: [{ start: 0, end: text.length }], places } });
  return placeEvents(doc, { events: [event], rejected: [] }).events[0];
}

describe('placeEvents', () => {
  it('locates an event at the place its sentence puts the action in', () => {
    const text = 'Lavrov met Blinken in Geneva on Friday.';
    expect(eventIn(text, [place(text, 'Geneva', 'CHE')]).location).toMatchObject({ name: 'Geneva', country: 'CHE', lat: 1, lon: 2 });
  });

  it('gives no location for a place merely named', () => {
    const text = 'Lavrov met Blinken to discuss Ukraine.';
    expect(eventIn(text, [place(text, 'Ukraine', 'UKR')]).location).toBeUndefined();
  });

  it('adds the contexts the sentence signals', () => {
    const text = 'Lavrov met Blinken to discuss climate change.';
    expect(eventIn(text, []).context).toContain('environment');
  });
});
