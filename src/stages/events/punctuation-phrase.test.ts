import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import type { Tree } from './tree.js';
import { reattachPunctuationPhrases } from './punctuation-phrase.js';

// The real pipeline: the parser hangs this sentence's "with" phrase on its closing full stop.
const pipeline = defaultPipeline({ layers: ['events'] });
const consults = (text: string) => (pipeline.run(makeDoc({ text, meta: { date: '2023-03-07' } })).layers.events?.events ?? [])
  .filter((e) => e.event === 'CONSULT' && e.sent === 0)
  .map((e) => [...e.actors, ...e.recipients].map((p) => p.code).sort());

describe('a phrase the parser hung on a punctuation mark (#12, session 49)', () => {
  it('"spoke today with His Majesty Haitham bin Tariq Al Said, the Sultan of Oman.": the call has its partner', () => {
    expect(consults('President Joseph R. Biden, Jr. spoke today with His Majesty Haitham bin Tariq Al Said, the Sultan of Oman.')).toEqual([['OMN', 'USA']]);
  });
});

// Review b, session 49: the step reads one layer of relations, the repaired one it changes. After an earlier repair
// `baseRels` can still hold the parse's own relation ("with" a `case` there, a `mark` now), which alone must not move
// the phrase. A tree made by hand: the only way to hold the two layers apart.
describe('the relations the punctuation step reads', () => {
  const tree = (withRel: string, baseWithRel: string): Tree => ({
    tokens: [0, 1, 2, 3].map((i) => ({ start: i * 6, end: i * 6 + 5, sent: 0 })),
    pos: [['VERB', 'VBD'], ['ADP', 'IN'], ['PROPN', 'NNP'], ['PUNCT', '.']].map(([upos, xpos]) => ({ upos, xpos, lemma: '' }) as Tree['pos'][number]),
    deps: [{ head: -1, deprel: 'root' }, { head: 3, deprel: withRel }, { head: 3, deprel: 'obl' }, { head: 0, deprel: 'punct' }],
    children: [[3], [], [], [1, 2]],
    words: ['met', 'with', 'haitham', '.'],
    lemmas: ['meet', 'with', 'haitham', '.'],
    baseRels: ['root', baseWithRel, 'obl', 'punct'],
  });

  it('moves the phrase when the repaired relations give the mark a case and a nominal', () => {
    expect(reattachPunctuationPhrases(tree('case', 'case'))?.[2]).toEqual({ head: 0, deprel: 'obl' });
  });

  it('leaves it when only the parse\'s own, stale relation is a case', () => {
    expect(reattachPunctuationPhrases(tree('mark', 'case'))).toBeUndefined();
  });
});
