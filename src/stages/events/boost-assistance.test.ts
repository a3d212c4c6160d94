import { describe, expect, it } from 'vitest';
import { verbMatch } from '../../../test/support/verb-match.js';

// data/verbs.txt ECONOMY "* ASSISTANCE": assistance increased or expanded is aid, not CAMEO BOOST's show of force (150).
describe('data/verbs.txt: assistance increased or expanded', () => {
  it.each([
    ['a security programme named in the object ("Caribbean Basin Security Initiative")', `
      States States PROPN NNPS 2 nsubj
      expand expand VERB VB 0 root
      our our PRON PRP$ 4 nmod:poss
      assistance assistance NOUN NN 2 obj
      through through ADP IN 9 case
      the the DET DT 9 det
      Caribbean Caribbean PROPN NNP 9 compound
      Security Security PROPN NNP 9 compound
      Initiative Initiative PROPN NNP 2 obl`],
    ['response efforts named in the object', `
      US US PROPN NNP 2 nsubj
      increase increase VERB VB 0 root
      assistance assistance NOUN NN 2 obj
      for for ADP IN 7 case
      Indonesia Indonesia PROPN NNP 7 nmod:poss
      response response NOUN NN 7 compound
      efforts effort NOUN NNS 3 nmod`],
  ])('%s', (_name, rows) => {
    expect(verbMatch(rows, 1)?.code).toBe('070');
  });
});
