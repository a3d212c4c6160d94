import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// Made-up sentences through the real pipeline; the rules' events before the learned filter (whose verdict is not theirs).
const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['events'] });
const coded = (text: string) => codeEvents(pipeline.run(makeDoc({ text, meta: { date: '2024-05-02' } })) as Parameters<typeof codeEvents>[0], lexicon).events
  .map((e) => `${e.event} ${e.cameo}`);

describe('a regulator\'s fine is administrative action, not a sanction between sides (session 47 review)', () => {
  it.each([
    ['Russian regulators imposed penalties on the American bank.', 'COERCE 172'],
    ['The Chinese regulator fined the American firm $5 million.', 'COERCE 172'],
    ['Chinese regulators imposed penalties on the American company.', 'COERCE 172'],
  ])('"%s": PLOVER COERCE (CAMEO 172, administrative sanctions)', (text, expected) => {
    expect(coded(text)).toEqual([expected]);
  });

  it.each([
    ['The U.S. Treasury imposed penalties on the Russian bank.'],
    ['The United States imposed penalties on Japan over the chip dispute.'],
    // A regulator's ban or its enforcement of state sanctions is a sanction too (review of ev-idioms, finding 6).
    ['The Russian regulator imposed a ban on Ukrainian imports.'],
    ["Britain's financial regulator imposed sanctions on Russian banks."],
  ])('"%s": a state\'s penalties on another side stay a sanction', (text) => {
    expect(coded(text)).toEqual(['SANCTION 163']);
  });
});
