import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { resolvedActors } from '../discourse/merge.js';

/**
 * Hyphenated given names after a title, read through the real tokenizer, tagger and NER (session 55, ev-speakers2):
 * the tokenizer splits "Mir-Hossein" into "Mir", "-", "Hossein", and the person was "Mir", so a later "Mousavi"
 * was a new person with no code.
 */
describe('a hyphenated given name after a title', () => {
  const pipeline = defaultPipeline({ layers: ['discourse'] });
  const mentions = (text: string): string[] => {
    const doc = pipeline.run(makeDoc({ text, meta: { date: '2009-06-15' } }));
    return resolvedActors(doc).map((m) => `${text.slice(m.start, m.end)} = ${m.code ?? '-'} ${m.sector ?? '-'}`);
  };

  it.each([
    ['Iranian opposition leader Mir-Hossein Mousavi met supporters in Tehran on Monday. Mousavi said the vote was rigged.', 'Mousavi = IRN OPP'],
    ['French minister Jean-Pierre Dupontel met farmers in Lyon on Monday. Dupontel said the plan had failed.', 'Dupontel = FRA GOV'],
  ])('is one name with its surname, so the bare surname later is the same person: %s', (text, later) => {
    const found = mentions(text);
    expect(found).toContain(later);
  });

  it.each([
    ['President Biden-Xi talks ended in San Francisco on Monday.', ['President Biden = USA GOV', 'Xi = CHN GOV']],
    ['Chancellor Scholz-Macron talks failed on Monday.', ['Chancellor Scholz = DEU GOV']],
  ])('a hyphen before a known name or surname joins two people, not one name: %s', (text, expected) => {
    const found = mentions(text);
    for (const m of expected) expect(found).toContain(m);
  });

  it('a hyphen with spaces around it still ends the name ("Mir - Hossein")', () => {
    const found = mentions('Opposition leader Mir - Hossein Mousavi criticised Ahmadinejad.');
    expect(found.some((m) => m.startsWith('Opposition leader Mir ='))).toBe(true);
  });
});
