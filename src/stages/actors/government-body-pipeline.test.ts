import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

// A state's department named by its head word and no country word ("The Ministry of Posts and Telecommunications",
// "the Office of Fair Trading": data/body-words.tsv, head GOV) is a body of government; the discourse stage gives it
// the story's country (training gold reuters-9755 JPNGOV, bbc-politics-003 and -338 GBRGOV; session 57, ev-groups).
const TOKYO = "TOKYO, March 30 - Japan's government said on Monday it would open the market. ";
const BRITAIN = "Britain's Freedom of Information Act comes into force next month, British ministers said in London. ";

const pipeline = defaultPipeline({ layers: ['discourse'] });
/** The discourse stage's [text, code, sector] of the mention that covers `name` in `text`. */
function located(text: string, name: string): [string, string | undefined, string | undefined] | undefined {
  const doc = pipeline.run(makeDoc({ text, meta: { date: '2004-12-01' } }));
  const m = doc.layers.discourse?.mentions.find((d) => doc.text.slice(d.start, d.end) === name);
  return m && [name, m.code, m.sector];
}

describe('a ministry, department, office or treasury named without a country word', () => {
  it('is the story country\'s government: "The Ministry of Posts and Telecommunications has urged …" in a Tokyo story', () => {
    expect(codedAt(`${TOKYO}The Ministry of Posts and Telecommunications has urged the two rival firms to merge.`, 'urged', '1987-03-30')).toContain('REQUEST JPN->');
  });

  it('makes no body of "Treasury" before a noun: "Treasury bills" are a thing', () => {
    expect(located(`${BRITAIN}Yields on Treasury bills rose.`, 'Treasury')).toBeUndefined();
  });

  it.each([
    ['The Department for Trade and Industry will also provide funding to help a new pay experts panel run by the TUC.', 'Department for Trade and Industry'],
    ['Mr Cable added that the Office of Fair Trading should investigate the market.', 'Office of Fair Trading'],
    ['The Treasury dismissed the research as "complete rubbish".', 'The Treasury'],
  ])('takes Britain in a British story: %s', (sentence, name) => {
    expect(located(BRITAIN + sentence, name)).toEqual([name, 'GBR', 'GOV']);
  });
});
