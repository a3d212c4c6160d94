import { describe, expect, it } from 'vitest';
import { verbMatch } from '../../../test/support/verb-match.js';

// data/verbs.txt SIGNAL, EXPRESS and REAFFIRM rows and nouns.tsv `backing`: support, backing or approval signalled,
// voiced or reaffirmed is endorsement (CAMEO 051, PLOVER SUPPORT); signalling alone is no event (#12).
const codeOf = (rows: string, verb: number) => verbMatch(rows, verb)?.code;

describe('support signalled, voiced or pledged', () => {
  it.each([
    ['backing signalled', `
      officials official NOUN NNS 2 nsubj
      signaled signal VERB VBD 0 root
      their their PRON PRP$ 4 nmod:poss
      backing backing NOUN NN 2 obj
      for for ADP IN 7 case
      a a DET DT 7 det
      proposal proposal NOUN NN 4 nmod`, 1],
    ['approval signalled', `
      he he PRON PRP 2 nsubj
      signaled signal VERB VBD 0 root
      his his PRON PRP$ 4 nmod:poss
      approval approval NOUN NN 2 obj`, 1],
    ['backing voiced', `
      France France PROPN NNP 2 nsubj
      voiced voice VERB VBD 0 root
      its its PRON PRP$ 4 nmod:poss
      backing backing NOUN NN 2 obj`, 1],
    ['backing reaffirmed', `
      Mulford Mulford PROPN NNP 2 nsubj
      reaffirmed reaffirm VERB VBD 0 root
      U.S. U.S. PROPN NNP 4 compound
      backing backing NOUN NN 2 obj`, 1],
    ['backing held ("have the clear backing of")', `
      banks bank NOUN NNS 2 nsubj
      have have VERB VBP 0 root
      the the DET DT 5 det
      clear clear ADJ JJ 5 amod
      backing backing NOUN NN 2 obj`, 1],
  ])('%s is endorsement (051)', (_name, rows, verb) => {
    expect(codeOf(rows, verb)).toBe('051');
  });

  it('signalling alone is no event', () => {
    expect(codeOf(`
      States States PROPN NNP 2 nsubj
      signaled signal VERB VBD 0 root
      it it PRON PRP 5 nsubj
      is be AUX VBZ 5 aux
      pressing press VERB VBG 2 ccomp`, 1)).toBeUndefined();
  });
});
