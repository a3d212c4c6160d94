import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// data/nouns.tsv's armed-act nouns (raid, clash, assassination; a clash only with an armed party, below): such a noun carried by a verb that is no event by
// itself ("took place", "reported"), or with its doer named ("Israel's air raids"), is an ASSAULT (CAMEO 190 / 186).
// Real parses, the rules' events before the filter.
const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['events'] });
const coded = (text: string) => codeEvents(pipeline.run(makeDoc({ text, meta: { date: '2024-03-03' } })) as Parameters<typeof codeEvents>[0], lexicon).events
  .map((e) => `${e.event} ${e.cameo}`);

describe('armed-act nouns of data/nouns.tsv', () => {
  it.each([
    ['Heavy clashes between Russian troops and Ukrainian forces took place near Bakhmut.', 'ASSAULT 190'],
    ['Iraq also reported a clash between Iraqi naval units and several Iranian boats.', 'ASSAULT 190'],
    ["The ministry condemned Israel's air raids on Lebanon.", 'ASSAULT 190'],
  ])('"%s" codes %s', (text, code) => {
    expect(coded(text)).toContain(code);
  });
});

describe('a clash with no armed party is no armed act (review a, session 51)', () => {
  it.each([
    ['Rishi Sunak and Keir Starmer had a fierce clash in parliament over the budget.'],
    ['China and Australia had a diplomatic clash over trade at the summit.'],
    ['Boris Johnson had a clash with the European Commission over the Northern Ireland protocol.'],
  ])('"%s" codes no ASSAULT', (text) => {
    expect(coded(text).filter((e) => e.startsWith('ASSAULT'))).toEqual([]);
  });
});
