import { describe, expect, it } from 'vitest';
import { makeDoc } from '../src/core/document.js';
import { defaultPipeline } from '../src/pipeline.js';

// Cross-stage (the whole pipeline up to actors, STYLE section 6): a government's opponent or critic is the opposition,
// not that government (actors `data/agents.tsv`; session 60's leftover
// after review fix-c #4): "Mendez, a Venezuelan government opponent" gave the person's act to VEN GOV through the
// phrase "Venezuelan government" inside the description.
const pipeline = defaultPipeline({ layers: ['actors'] });
const mentions = (text: string) =>
  (pipeline.run(makeDoc({ text, meta: { date: '1987-06-02' } })).layers.actors ?? [])
    .map((m) => `${text.slice(m.start, m.end)}=${m.code ?? ''}${m.sector ?? ''}`);

describe('a government opponent is the opposition', () => {
  it.each([
    ['Mendez, a Venezuelan government opponent, accused the army of fraud.', 'Venezuelan government opponent=VENOPP'],
    ['Police arrested Ruiz and two other Chilean government critics on Monday.', 'Chilean government critics=CHLOPP'],
  ])('"%s"', (text, mention) => {
    expect(mentions(text)).toContain(mention);
    expect(mentions(text).filter((m) => m.endsWith('GOV'))).toEqual([]);
  });

  it('keeps the government itself GOV', () => {
    expect(mentions('The Venezuelan government arrested its critics.')).toContain('The Venezuelan government=VENGOV');
  });
});
