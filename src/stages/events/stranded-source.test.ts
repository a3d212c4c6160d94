import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents, type EventInput } from './code-events.js';
import type { RescueCandidate } from './event-rescue.js';
import { loadLexicon } from './lexicon.js';

// Made-up sentences through the real pipeline up to the layers events read: the parser hangs the closing source's
// names on "Paris" ("Luke", "Toit" flat) and leaves "said" with no subject.
const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['actors', 'discourse', 'quotes'] });
const stopsOf = (text: string): string[] => {
  const collect: RescueCandidate[] = [];
  const stops: { sent: number; trigger: number; stop: string }[] = [];
  codeEvents(pipeline.run(makeDoc({ text, meta: { date: '1987-04-03' } })) as EventInput, lexicon, { collect, stops });
  return stops.map((s) => s.stop);
};

describe('a closing source the parser hung inside the report', () => {
  it('issue-12: ", Finance Minister Luke du Toit said." is the speaker of the report', () => {
    expect(stopsOf('Zambia will repay five pct of its debt to the World Bank under an agreement reached today in Paris, Finance Minister Luke du Toit said.'))
      .not.toContain('no coded speaker');
  });

  it('leaves an uncoded closing source uncoded (", banking sources said")', () => {
    expect(stopsOf('Zambia will repay five pct of its debt to the World Bank under an agreement reached today in Paris, banking sources said.'))
      .toContain('no coded speaker');
  });
});
