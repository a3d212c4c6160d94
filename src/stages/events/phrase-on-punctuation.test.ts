import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

// The real pipeline: the parser hangs this sentence's "with" phrase on its closing full stop, and the deps stage's
// punctuation-leaves.ts gives it back to the noun (session 49: first repaired here in the events stage's tree).
const pipeline = defaultPipeline({ layers: ['events'] });
const consults = (text: string) => (pipeline.run(makeDoc({ text, meta: { date: '2023-03-07' } })).layers.events?.events ?? [])
  .filter((e) => e.event === 'CONSULT' && e.sent === 0)
  .map((e) => [...e.actors, ...e.recipients].map((p) => p.code).sort());

describe('a phrase the parser hung on a punctuation mark (#12, session 49)', () => {
  it('"spoke today with His Majesty Haitham bin Tariq Al Said, the Sultan of Oman.": the call has its partner', () => {
    expect(consults('President Joseph R. Biden, Jr. spoke today with His Majesty Haitham bin Tariq Al Said, the Sultan of Oman.')).toEqual([['OMN', 'USA']]);
  });
});

