import { describe, expect, it } from 'vitest';
import { parsedDoc } from '../../../test/support/parsed-doc.js';
import { ownersOf } from './owners.js';
import { buildTree } from './tree.js';

describe('ownersOf', () => {
  it('gives a noun\'s possessive and its "of" phrases, not its other phrases ("Italy\'s support of the plan from Rome")', () => {
    const tree = buildTree(parsedDoc([`
      Italy Italy PROPN NNP 3 nmod:poss
      's 's PART POS 1 case
      support support NOUN NN 0 root
      of of ADP IN 6 case
      the the DET DT 6 det
      plan plan NOUN NN 3 nmod
      from from ADP IN 8 case
      Rome Rome PROPN NNP 3 nmod
      . . PUNCT . 3 punct`]));
    expect(ownersOf(tree, 2)).toEqual([0, 5]);
  });

  it('gives the names and adjectives before the noun ("the U.S. decision", "Japanese current stimulus"), for the caller to keep those naming an actor', () => {
    const decision = buildTree(parsedDoc([`
      the the DET DT 3 det
      U.S. U.S. PROPN NNP 3 compound
      decision decision NOUN NN 0 root
      . . PUNCT . 3 punct`]));
    expect(ownersOf(decision, 2)).toEqual([1]);
    const stimulus = buildTree(parsedDoc([`
      Japanese Japanese ADJ JJ 3 amod
      current current ADJ JJ 3 amod
      stimulus stimulus NOUN NN 0 root
      . . PUNCT . 3 punct`]));
    expect(ownersOf(stimulus, 2)).toEqual([0, 1]);
  });
});
