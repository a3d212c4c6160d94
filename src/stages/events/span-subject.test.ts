import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// rule-words.tsv `meeting-span` read by triggers.ts `eventNounOf` (#12, acts told inside a statement): a round or series
// of talks that a verb of happening or holding has as its subject or object is those talks ("The latest round of talks
// between Philippine officials and the country's commercial bank creditors … are still proceeding, … Ongpin said":
// training wire CONSULT). Real parses, the rules' events before the learned filter.
const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['events'] });
const shown = (text: string) => codeEvents(pipeline.run(makeDoc({ text, meta: { date: '1987-04-01' } })) as Parameters<typeof codeEvents>[0], lexicon).events
  .map((e) => `${e.event} ${[...e.actors, ...e.recipients].map((a) => a.code).sort().join('+')}`);

describe('talks measured by a span noun', () => {
  it('issue-12: "The latest round of talks between Philippine officials and the country\'s commercial bank creditors are still proceeding, Ongpin said." is a CONSULT PHL/MNC', () => {
    expect(shown('The latest round of talks between Philippine officials and the country\'s commercial bank creditors on the rescheduling of 9.4 billion dlrs worth of debt are still proceeding, Philippine Finance Secretary Jaime Ongpin said.')).toContain('CONSULT MNC+PHL');
  });

  it('keeps a span of something else no event: "The latest round of price cuts between the two firms is still proceeding." has no CONSULT', () => {
    expect(shown('The latest round of price cuts between the two firms is still proceeding.').filter((e) => e.startsWith('CONSULT'))).toEqual([]);
  });
});

describe('a span naming a treaty', () => {
  it('issue-12: "Ministers who are reviewing the Uruguay round of the General Agreement on Trade and Tariffs met today." codes no AGREE', () => {
    expect(shown('Trade ministers who are reviewing the Uruguay round of the General Agreement on Trade and Tariffs met in Geneva today.').filter((e) => e.startsWith('AGREE'))).toEqual([]);
  });
});
