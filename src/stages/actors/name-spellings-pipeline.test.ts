import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

// Transliterations of a listed person's given name (`data/name-spellings.txt`, compiled into the knowledge base),
// through the real tagger and parser: before them "Muhammad Mustafa" (training gold's readout of Phil Gordon's trip,
// PSEGOV) and "Mohamed bin Salman" found no one, the list writing Mohammad Mustafa and Mohammed bin Salman
// (session 50, ev-names).
const pipeline = defaultPipeline({ layers: ['actors'] });
const mentions = (text: string) =>
  (pipeline.run(makeDoc({ text, meta: { date: '2024-06-26' } })).layers.actors ?? [])
    .map((m) => `${text.slice(m.start, m.end)}=${m.code ?? ''}${m.sector ?? ''}`);

describe('other spellings of a listed name', () => {
  it.each([
    ['Muhammad Mustafa said the reforms would continue.', 'Muhammad Mustafa=PSEGOV'],
    ['Mohamed bin Salman hosted the talks in Riyadh.', 'Mohamed bin Salman=SAUGOV'],
  ])('finds the listed person: %s', (text, expected) => {
    expect(mentions(text)).toContain(expected);
  });

  it('keeps the spelling as written', () => {
    expect(mentions('Mohammed bin Salman hosted the talks in Riyadh.')).toContain('Mohammed bin Salman=SAUGOV');
  });
});
