import { describe, expect, it } from 'vitest';
import { verbMatch } from '../../../test/support/verb-match.js';

// data/verbs.txt (dyad block MANAGE): leading or addressing a delegation or mission is no meeting by
// itself (CAMEO's LEAD "* DELEGATION" 036 made "The UK delegation was led by …" an intent to negotiate).
const codeOf = (rows: string) => verbMatch(rows, 1, [])?.code;

describe('led delegations (data/verbs.txt)', () => {
  it.each([
    ['led', 'lead', 'delegation'],
    ['led', 'lead', 'mission'],
    ['addressed', 'address', 'delegation'],
  ])('"%s the %s" is no event', (verb, lemma, noun) => {
    expect(codeOf(`
      Seaga Seaga PROPN NNP 2 nsubj
      ${verb} ${lemma} VERB VBD 0 root
      the the DET DT 4 det
      ${noun} ${noun} NOUN NN 2 obj`)).toBe('---');
  });
});
