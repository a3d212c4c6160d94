/**
 * The events the tag corrections of `misread-forms.ts` give back (#12), through the real pipeline. Sentences from the
 * training gold; before the corrections "back" was an adverb (no event) and "offer" a verb with "U.S." its subject
 * (AGREE USA, the gold's REJECT KWT->USA missed).
 */
import { describe, expect, it } from 'vitest';
import { codedAt } from './support/coded-triggers.js';

describe('issue-12: refusals whose verb the tagger misread', () => {
  it('"he would not back the Home Secretary\'s plans" is a refusal (bbc-politics-070)', () => {
    const text = 'The Conservatives have expressed "serious misgivings" about government plans for keeping UK and foreign terror suspects under house arrest. Michael Howard said he would not back the Home Secretary\'s plans for "control orders" which include home detention.';
    expect(codedAt(text, 'back', '2005-01-01')).toEqual(['REJECT GBR->']);
  });

  it('"not to accept a U.S. offer to use American warships" refuses the offer; the offer is no event (reuters-13963)', () => {
    const text = 'U.S. officials said Kuwait had decided for at least the time being not to accept a U.S. offer to use American warships to escort its tankers in the gulf.';
    expect(codedAt(text, 'accept', '1987-04-07')).toEqual(['REJECT KWT->USA']);
    expect(codedAt(text, 'offer', '1987-04-07')).toEqual([]);
  });

  // Review rv-e: an adverb after a modal is no verb; forcing "even" to one lost the verb after it.
  it('"would not even now recognise the rebels" is a refusal', () => {
    expect(codedAt('Britain said it would not even now recognise the rebels.', 'recognise', '2011-03-01')).toEqual(['REJECT GBR->']);
  });

  it('"may even now aid the Libyan rebels" keeps its verb', () => {
    expect(codedAt('Britain and France may even now aid the Libyan rebels, officials said.', 'aid', '2011-03-01').length).toBeGreaterThan(0);
  });

  it('"will further sanctions against Iran" makes no event of "further"', () => {
    expect(codedAt('The United States will further sanctions against Iran.', 'further', '2011-03-01')).toEqual([]);
  });
});
