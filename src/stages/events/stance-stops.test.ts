import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents, type EventInput } from './code-events.js';
import type { RescueCandidate } from './event-rescue.js';
import { loadLexicon } from './lexicon.js';

// Made-up sentences through the real pipeline up to the layers events read. A collecting run given `stops` says why
// each statement verb gave no statement-content reading: what said-misses.ts --stance-examples counts (#12, session 54).
const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['actors', 'discourse', 'quotes'] });
const stopsOf = (text: string): { stops: string[]; readings: number } => {
  const collect: RescueCandidate[] = [];
  const stops: { sent: number; trigger: number; stop: string }[] = [];
  codeEvents(pipeline.run(makeDoc({ text, meta: { date: '1987-04-03' } })) as EventInput, lexicon, { collect, stops });
  return { stops: stops.map((s) => s.stop), readings: collect.filter((c) => c.rule === 'events/statement').length };
};

describe('why a statement gives no statement-content reading', () => {
  it.each([
    ['The French government said it was almost beyond belief.', 'no recipient'],
    ['They say the council tax is the most unfair tax in Britain.', 'no coded speaker'],
  ])('"%s": %s', (text, stop) => {
    expect(stopsOf(text)).toEqual({ stops: [stop], readings: 0 });
  });

  it('names no stop for a statement that gives readings', () => {
    const { stops, readings } = stopsOf('The British government said France\'s plan was wasteful.');
    expect(stops).toEqual([]);
    expect(readings).toBeGreaterThan(0);
  });
});
