import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

const pipeline = defaultPipeline({ layers: ['deps'] });

/** `dependent deprel head` triples of the real pipeline's parse of `text`. */
function arcs(text: string): { arcs: string[]; punctuationHeads: string[] } {
  const doc = pipeline.run(makeDoc({ text }));
  const { tokens, pos, deps } = doc.layers;
  const word = (i: number) => (i < 0 ? 'ROOT' : text.slice(tokens![i].start, tokens![i].end));
  return {
    arcs: deps!.map((d, i) => `${word(i)} ${d.deprel} ${word(d.head)}`),
    // A word under a mark, or a mark as the root: both forbidden in UD.
    punctuationHeads: deps!
      .map((d, i) => (d.head < 0 ? (pos![i].upos === 'PUNCT' ? word(i) : '') : pos![d.head].upos === 'PUNCT' && pos![i].upos !== 'PUNCT' ? `${word(i)} under ${word(d.head)}` : ''))
      .filter(Boolean),
  };
}

describe('punctuation leaves (#12)', () => {
  // Sentences from the events training gold whose parse made a mark a head (readouts, bbc-politics-002/-003).
  it.each([
    ['He spoke today with His Majesty Haitham bin Tariq Al Said, the Sultan of Oman.'],
    ['The Tories and the Lib Dems have questioned the timing of the new rules.'],
    ['For women working part-time it is 60p.'],
  ])('"%s": no word hangs on a punctuation mark and no mark is the root', (text) => {
    expect(arcs(text).punctuationHeads).toEqual([]);
  });

  it('a mark heading a preposition and one noun hands the phrase to the noun, under the verb', () => {
    const found = arcs('He spoke today with His Majesty Haitham bin Tariq Al Said, the Sultan of Oman.').arcs;
    expect(found).toContain('bin obl spoke');
    expect(found).toContain('with case bin');
  });

  it('a root mark gives the root to its verb', () => {
    expect(arcs('For women working part-time it is 60p.').arcs).toContain('working root ROOT');
  });
});
