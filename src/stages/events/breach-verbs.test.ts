import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// triggers.ts: a verb of breach (rule-words `breach-verb`) with no code of its own does not take its object noun's code:
// "violated the agreement" is no agreement (review b, finding 9). Real parses, the rules' events before the filter.
const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['events'] });
const coded = (text: string) => codeEvents(pipeline.run(makeDoc({ text, meta: { date: '2024-03-03' } })) as Parameters<typeof codeEvents>[0], lexicon).events
  .map((e) => `${e.event} ${e.cameo}`);

describe('an event noun under a verb of breach', () => {
  it.each([
    ['The Chinese embassy in Tokyo said Japan had violated the agreement.'],
    ['The ministry said Russia had flouted the agreement.'],
  ])('"%s" codes no AGREE', (text) => {
    expect(coded(text).filter((e) => e.startsWith('AGREE'))).toEqual([]);
  });

  it('keeps the noun under another verb and a breach verb\'s own pattern: "signed an agreement on trade" 0311, "violated the truce" 196', () => {
    expect(coded('Japan and China signed an agreement on trade.')).toContain('AGREE 0311');
    expect(coded('Moscow said Kyiv had violated the truce.')).toContain('ASSAULT 196');
  });
});
