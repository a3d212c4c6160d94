import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents, type EventInput } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// roles.ts issuerOfText (#12): a statement or report that speaks ("according to a statement issued by X", "a statement
// released by X said …") speaks for whoever issued it, the "by" agent of the participle of issuing (rule-words.tsv
// document-noun, document-verb). Real parses through the layers events read.
const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['actors', 'discourse', 'quotes'] });

/** Every event, as "EVENT actor->recipient said-by speaker". */
const coded = (text: string): string[] => {
  const doc = pipeline.run(makeDoc({ text, meta: { date: '2023-11-01' } }));
  return codeEvents(doc as EventInput, lexicon).events
    .map((e) => `${e.event} ${e.actors.map((a) => a.code).join('+')}->${e.recipients.map((r) => r.code).join('+')} said-by ${e.speaker?.code ?? '-'}`);
};
const speakers = (text: string): string[] => coded(text).map((e) => e.split(' said-by ')[1]);

describe('a text that speaks speaks for its issuer', () => {
  it.each([
    ['According to a statement issued by the Egyptian foreign ministry, Israeli jets bombed Rafah.', 'EGY'],
    ['A statement released by the Egyptian foreign ministry said Israeli jets had bombed Rafah.', 'EGY'],
  ])('issue-12: "%s" is said by %s', (text, speaker) => {
    expect(speakers(text)).toContain(speaker);
  });

  it('keeps the source named on the noun itself: "according to a statement from the Egyptian foreign ministry"', () => {
    expect(speakers('According to a statement from the Egyptian foreign ministry, Israeli jets bombed Rafah.')).toContain('EGY');
  });
});
