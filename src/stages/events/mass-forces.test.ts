import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// data/verbs.txt's MASS_FORCES block: troops concentrated, accumulated or massed are MOBILIZE 154; anything else
// concentrated or accumulated is no event. Real parses, the rules' events before the filter.
const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['events'] });
const coded = (text: string) => codeEvents(pipeline.run(makeDoc({ text, meta: { date: '2024-03-03' } })) as Parameters<typeof codeEvents>[0], lexicon).events
  .map((e) => `${e.event} ${e.cameo}`);

describe('data/verbs.txt MASS_FORCES', () => {
  it.each([
    ['Russia concentrated troops on the border with Ukraine.', 'MOBILIZE 154'],
    ['The Russian militaries are being accumulated in Donbas.', 'MOBILIZE 154'],
  ])('"%s" codes %s', (text, code) => {
    expect(coded(text)).toContain(code);
  });

  it.each([
    ['The ministry will concentrate on the budget.'],
    ['The company accumulated large debts.'],
    // A military word on another head is no force (review a, session 51).
    ["Japan's new prime minister said he would concentrate on military cooperation with the United States."],
    ['Britain has accumulated military debts of 20 billion pounds.'],
    ['Germany will concentrate on military reforms next year.'],
  ])('"%s" codes no MOBILIZE (nor a future one\'s THREATEN)', (text) => {
    expect(coded(text).filter((e) => e.startsWith('MOBILIZE') || e.startsWith('THREATEN'))).toEqual([]);
  });
});
