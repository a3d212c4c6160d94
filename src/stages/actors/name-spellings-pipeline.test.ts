import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

// Transliterations of a listed person's given name (`data/name-spellings.txt`, compiled into the knowledge base),
// through the real tagger and parser: before them "Mohamed bin Salman" found no one, the list writing Mohammed bin
// Salman (session 50, ev-names). A name made only of common given names is not varied: "Mohamed Mustafa, a local
// trader" is not the Palestinian prime minister Mohammad Mustafa (session 50, fix-c2, review c finding 7).
const pipeline = defaultPipeline({ layers: ['actors'] });
const mentions = (text: string) =>
  (pipeline.run(makeDoc({ text, meta: { date: '2024-06-26' } })).layers.actors ?? [])
    .map((m) => `${text.slice(m.start, m.end)}=${m.code ?? ''}${m.sector ?? ''}`);

describe('other spellings of a listed name', () => {
  it.each([
    ['Mohamed bin Salman hosted the talks in Riyadh.', 'Mohamed bin Salman=SAUGOV'],
  ])('finds the listed person: %s', (text, expected) => {
    expect(mentions(text)).toContain(expected);
  });

  it('leaves a respelled common name to its namesakes', () => {
    expect(mentions('Police arrested Mohamed Mustafa, a local trader, in Cairo on Monday.').join()).not.toContain('PSEGOV');
  });

  it('keeps the spelling as written', () => {
    expect(mentions('Mohammed bin Salman hosted the talks in Riyadh.')).toContain('Mohammed bin Salman=SAUGOV');
  });
});
