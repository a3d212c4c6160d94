import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { parsedDoc } from '../../../test/support/parsed-doc.js';
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

  it('keeps the event\'s own contexts first and each context once', () => {
    const text = 'Lavrov met Blinken to discuss climate change and the climate.';
    const event = codedEvent(text, { event: 'CONSULT', trigger: 'met', actor: { words: 'Lavrov', id: 'lavrov', code: 'RUS' } });
    const doc = makeDoc({ text, layers: { sentences: [{ start: 0, end: text.length }], places: [] } });
    const [placed] = placeEvents(doc, { events: [{ ...event, context: ['diplomacy', 'environment', 'diplomacy'] }], rejected: [] }).events;
    expect(placed.context).toEqual(['diplomacy', 'environment']);
  });

  it('takes the country whose territory force was used on as the recipient when none is named', () => {
    const text = 'North Korea fired artillery rounds at a loudspeaker in South Korea.';
    const tokens = [...text.matchAll(/[\w']+|[^\s\w]/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, sent: 0 }));
    const event = codedEvent(text, { event: 'ASSAULT', trigger: 'fired', actor: { words: 'North Korea', id: 'prk', code: 'PRK' } });
    const doc = makeDoc({ text, layers: { sentences: [{ start: 0, end: text.length }], tokens, places: [place(text, 'South Korea', 'KOR')] } });
    const [placed] = placeEvents(doc, { events: [event], rejected: [] }).events;
    expect(placed.recipients.map((r) => r.code)).toEqual(['KOR']);
    expect(placed.why).toContain('where the force was used');
    const own = placeEvents(doc, { events: [{ ...event, actors: [{ ...event.actors[0], code: 'KOR' }] }], rejected: [] }).events[0];
    expect(own.recipients).toEqual([]);
  });

  it('takes no territory from a place of the report ("IRNA, monitored by the BBC in London, said Iran had seized heights")', () => {
    const parsed = parsedDoc([`
      IRNA IRNA PROPN NNP 10 nsubj
      , , PUNCT , 3 punct
      monitored monitor VERB VBN 1 acl
      by by ADP IN 6 case
      the the DET DT 6 det
      BBC BBC PROPN NNP 3 obl:agent
      in in ADP IN 8 case
      London London PROPN NNP 3 obl
      , , PUNCT , 1 punct
      said say VERB VBD 0 root
      Iran Iran PROPN NNP 13 nsubj
      had have AUX VBD 13 aux
      seized seize VERB VBN 10 ccomp
      heights height NOUN NNS 13 obj
      in in ADP IN 16 case
      Iraq Iraq PROPN NNP 13 obl
      . . PUNCT . 10 punct`]);
    const { text } = parsed;
    const seized = codedEvent(text, { event: 'ASSAULT', trigger: 'seized', actor: { words: 'Iran', id: 'irn', code: 'IRN' } });
    const event = { ...seized, trigger: { ...seized.trigger, tokens: [12, 13] as const } };
    const placed = (places: Place[]) => placeEvents({ ...parsed, layers: { ...parsed.layers, places } }, { events: [event], rejected: [] }).events[0];
    expect(placed([place(text, 'London', 'GBR')]).recipients).toEqual([]);
    expect(placed([place(text, 'London', 'GBR')]).location?.name).toBe('London');
    expect(placed([place(text, 'Iraq', 'IRQ')]).recipients.map((r) => r.code)).toEqual(['IRQ']);
  });

  it('takes the country of the place a visit went to as its host when none is named, not the visitor\'s own', () => {
    const text = 'Charles Michel visited the village of Borodyanka in the Kyiv region.';
    const tokens = [...text.matchAll(/[\w']+|[^\s\w]/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, sent: 0 }));
    const visit = (code: string) => codedEvent(text, { event: 'CONSULT', mode: 'visit', trigger: 'visited', actor: { words: 'Charles Michel', id: 'michel', code } });
    const doc = makeDoc({ text, layers: { sentences: [{ start: 0, end: text.length }], tokens, places: [place(text, 'Kyiv', 'UKR')] } });
    const [placed] = placeEvents(doc, { events: [visit('IGO')], rejected: [] }).events;
    expect(placed.recipients.map((r) => r.code)).toEqual(['UKR']);
    expect(placed.why).toContain('where the visit went');
    expect(placeEvents(doc, { events: [visit('UKR')], rejected: [] }).events[0].recipients).toEqual([]);
    const met = codedEvent(text, { event: 'CONSULT', trigger: 'visited', actor: { words: 'Charles Michel', id: 'michel', code: 'IGO' } });
    expect(placeEvents(doc, { events: [met], rejected: [] }).events[0].recipients).toEqual([]);
  });

  it('takes "here" in a datelined report as the dateline place, and its country as the host of a visit', () => {
    const text = 'CAIRO, May 4 - Prime Minister Sharif began a three-day visit here.';
    const tokens = [...text.matchAll(/[\w']+|[^\s\w]/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, sent: 0 }));
    const visit = (code: string) => codedEvent(text, { event: 'CONSULT', mode: 'visit', trigger: 'began', actor: { words: 'Sharif', id: 'sharif', code } });
    const cairo = { ...place(text, 'CAIRO', 'EGY'), role: 'dateline' as const };
    const doc = makeDoc({ text, layers: { sentences: [{ start: 15, end: text.length }], tokens, places: [cairo], dateline: { place: { start: 0, end: 5 }, sections: [], body: { start: 0, end: text.length } } } });
    const [placed] = placeEvents(doc, { events: [visit('PAK')], rejected: [] }).events;
    expect(placed.recipients.map((r) => r.code)).toEqual(['EGY']);
    expect(placed.location?.name).toBe('CAIRO');
    expect(placed.why).toContain('where the report was filed');
    expect(placeEvents(doc, { events: [visit('EGY')], rejected: [] }).events[0].recipients).toEqual([]);
  });
});
