import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codedAt } from '../../../test/support/coded-triggers.js';

// "X welcomed the decision by A and B": X reacts to what A and B did and is no party of their meeting. Taken as one,
// "Both sides" later in the story went to the last two parties named (training gold bbc-politics-139 with "The UK" read
// as a mention, #12). Real parses.
const pipeline = defaultPipeline({ layers: ['discourse'] });

function members(text: string, date = '2005-03-01'): string[] | undefined {
  const doc = pipeline.run(makeDoc({ text, meta: { date } }));
  return doc.layers.discourse?.participants?.members.map((m) => m.code ?? '').sort();
}

describe('the subject of a verb of reception with a thing for object (#12)', () => {
  it('is no party of the meeting: France welcomed the decision by India and Pakistan', () => {
    expect(members('France welcomed the decision by India and Pakistan to open a bus link across the ceasefire line.')).toEqual(['IND', 'PAK']);
  });

  it('stays a party when it welcomes a party: Putin welcomed Macron to the Kremlin', () => {
    expect(members('President Vladimir Putin welcomed French President Emmanuel Macron to the Kremlin on Monday.')).toEqual(['FRA', 'RUS']);
  });

  it('leaves "Both sides" to the two whose decision was welcomed', () => {
    const text = 'France has welcomed the decision by India and Pakistan to open a bus link across the ceasefire line. '
      + 'Foreign Secretary Jack Straw praised the breakthrough. Both sides agreed to begin talks on reducing the risk of nuclear accidents.';
    expect(codedAt(text, 'agreed', '2005-03-01')).toEqual(['AGREE IND+PAK->']);
  });

  // Review b of session 57: what the rule took for a reaction but was a meeting of the subject (findings 1-4).
  it.each([
    ['Germany welcomed the accord with Poland.', ['DEU', 'POL']],
    ['Vietnam welcomed the deal with the United States, Vietnamese and American officials said.', ['USA', 'VNM']],
  ])('stays a party when the thing welcomed names a "with" partner: %s', (text, codes) => {
    expect(members(text)).toEqual(codes);
  });

  it('leaves "Both countries" to the subject and the partner of the deal it welcomed', () => {
    const text = 'Spain welcomed the deal with Morocco, Spanish and Moroccan officials said. Both countries agreed to reopen the border.';
    expect(codedAt(text, 'agreed', '2005-03-01')).toEqual(['AGREE ESP+MAR->']);
  });

  it.each([
    ['South Korea received the proposal from Japan at talks in Seoul on Monday, officials said.', ['JPN', 'KOR']],
    ['Egypt received a proposal from Israel during talks in Cairo.', ['EGY', 'ISR']],
  ])('stays a party when the sentence names a meeting outside the thing received: %s', (text, codes) => {
    expect(members(text)).toEqual(codes);
  });

  it.each([
    ['Prime Minister Narendra Modi received a phone call from US President Joe Biden on Tuesday.', ['IND', 'USA']],
    ['Turkey welcomes the visit of Greek Prime Minister Kyriakos Mitsotakis to Ankara.', ['GRC', 'TUR']],
    ['President Emmanuel Macron received the credentials of the new Chinese ambassador in Paris on Monday.', ['CHN', 'FRA']],
  ])('stays a party when what it receives is a contact (a call, a visit, credentials): %s', (text, codes) => {
    expect(members(text, '2023-03-01')).toEqual(codes);
  });

  it('stays a party when it welcomes someone named by a pronoun: Biden welcomed him', () => {
    const text = 'Kishida flew to Washington. US President Joe Biden welcomed him to the White House for a summit with South Korean President Yoon Suk Yeol.';
    expect(members(text, '2023-03-01')).toEqual(['KOR', 'USA']);
  });
});
