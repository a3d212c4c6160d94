import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

// A nationality noun names the people; a place after "in" or "from" only says where they are (review of session 52:
// "Palestinians in Jerusalem" was coded ISR, the place's country). "of" still gives the country a people lives in
// ("Albanians of southern Serbia"), through the real tagger and parser.
const pipeline = defaultPipeline({ layers: ['actors'] });
const mentions = (text: string) =>
  (pipeline.run(makeDoc({ text, meta: { date: '2023-05-01' } })).layers.actors ?? [])
    .map((m) => `${text.slice(m.start, m.end)}=${m.code ?? ''}${m.sector ?? ''}`);

describe('a nationality with a place after it', () => {
  it.each([
    ['Palestinians in Jerusalem protested against Israeli police.', 'Palestinians in Jerusalem=PSECVL'],
    ['Israeli police arrested Palestinians in Jerusalem on Friday.', 'Palestinians in Jerusalem=PSECVL'],
    ['Afghans from Pakistan crossed the border on Monday.', 'Afghans from Pakistan=AFGCVL'],
  ])('keeps the nationality\'s country: %s', (text, expected) => {
    expect(mentions(text)).toContain(expected);
  });

  it('gives a people "of" a country that country', () => {
    expect(mentions('Albanians of southern Serbia demanded more rights.')).toContain('Albanians of southern Serbia=SRBCVL');
  });
});
