import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['events'] });
/** The rules' events (type and CAMEO code) for the real parse of `text`, before the learned filter. */
const coded = (text: string) => codeEvents(pipeline.run(makeDoc({ text, meta: { date: '1987-03-03' } })) as Parameters<typeof codeEvents>[0], lexicon).events
  .map((e) => `${e.event} ${e.cameo}`);

describe('pattern words and proper nouns', () => {
  // A capitalised name is no common noun's plural: "Reserve" was "reserves", a word of CAMEO's &MILITARY (#12).
  it.each([
    'The Federal Reserve moved to tighten credit conditions on Tuesday.',
    'The Federal Reserve moved to calm the markets after the dollar fell.',
  ])('issue-12: "the Federal Reserve moved to …" is no mobilization of reserves (%s)', (text) => {
    expect(coded(text).filter((e) => e.startsWith('MOBILIZE'))).toEqual([]);
  });

  it('keeps common nouns: "Iraqi troops moved to the border" is still forces moved (154)', () => {
    expect(coded('Iraqi troops moved to the border on Tuesday.')).toContain('MOBILIZE 154');
  });
});
