import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// participants.ts `actorsOfPhrase`: a conjunct the parser hung on the "of" country of an unnamed head ("The Bank of
// England and the U.S. Federal Reserve Board": "Board" a conjunct of "England") that is no mention itself is the party
// its own country names. Made-up sentences through the real pipeline; the rules' events before the learned filter.
const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['events'] });
const coded = (text: string) => codeEvents(pipeline.run(makeDoc({ text, meta: { date: '1987-03-02' } })) as Parameters<typeof codeEvents>[0], lexicon).events
  .map((e) => `${e.event} ${e.actors.map((a) => a.code).sort().join('+')}>${e.recipients.map((r) => r.code).sort().join('+')}`);

describe('a body coordinated after "the X of <country>" (#12)', () => {
  it.each([
    ['The Bank of England and the U.S. Federal Reserve Board have agreed new proposals for joint standards.', 'AGREE GBR+USA>'],
    ['The Bank of Japan and the U.S. Federal Reserve Board have agreed to cooperate on currency markets.', 'AGREE JPN+USA>'],
  ])('"%s": the second body is a party too', (text, expected) => {
    expect(coded(text)).toContain(expected);
  });

  it('keeps "the governments of France and Germany" as the two countries', () => {
    expect(coded('The governments of France and Germany have agreed new proposals for joint standards.')).toContain('AGREE DEU+FRA>');
  });
});
