import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codedAt } from '../../../test/support/coded-triggers.js';

// "X welcomed the decision by A and B": X reacts to what A and B did and is no party of their meeting. Taken as one,
// "Both sides" later in the story went to the last two parties named (training gold bbc-politics-139 with "The UK" read
// as a mention, #12). Real parses.
const pipeline = defaultPipeline({ layers: ['discourse'] });

function members(text: string): string[] | undefined {
  const doc = pipeline.run(makeDoc({ text, meta: { date: '2005-03-01' } }));
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
});
