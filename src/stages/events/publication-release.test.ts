import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// rule-words.tsv publication-verb / publication-noun (#12): a text or recording released ("released a video of the
// hostages", "a statement released by Hamas") is published, no release of persons (RETREAT). Real parses, the rules'
// events before the learned filter (historical ones too).
const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['events'] });
const types = (text: string): string[] => codeEvents(pipeline.run(makeDoc({ text, meta: { date: '2023-11-01' } })) as Parameters<typeof codeEvents>[0], lexicon).events
  .map((e) => e.event);

describe('a released publication is no release', () => {
  it.each([
    ['Hamas released a video of the Israeli hostages on Sunday.'],
    ['Hamas released footage of two Israeli hostages.'],
    ['A statement released by Hamas on Sunday said the group was ready for talks.'],
    ['The statement released by the Chinese Foreign Ministry said Japan must stop its provocations.'],
  ])('issue-12: "%s" codes no RETREAT', (text) => {
    expect(types(text)).not.toContain('RETREAT');
  });

  it('keeps a release of persons: "Hamas released two Israeli hostages on Sunday." is RETREAT', () => {
    expect(types('Hamas released two Israeli hostages on Sunday.')).toContain('RETREAT');
  });
});
