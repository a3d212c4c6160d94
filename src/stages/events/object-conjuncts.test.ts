import { describe, expect, it } from 'vitest';
import { verbMatch } from '../../../test/support/verb-match.js';

// patterns.ts: a noun coordinated with the object is tried as the object when the object itself fits
// no pattern of a verb that is no event alone (the tree walk stops at every `conj`).
const codeOf = (rows: string, verb: number) => verbMatch(rows, verb)?.code;

describe('nouns coordinated with the object', () => {
  it('issue-12: equipment handed over after demining systems is aid', () => {
    expect(codeOf(`
      Slovakia Slovakia PROPN NNP 2 nsubj
      handed hand VERB VBD 0 root
      over over ADP RP 2 compound:prt
      two two NUM CD 6 nummod
      demining demining NOUN NN 6 compound
      systems system NOUN NNS 2 obj
      and and CCONJ CC 9 cc
      medical medical ADJ JJ 9 amod
      equipment equipment NOUN NN 6 conj`, 1)).toBe('070');
  });

  it('the first object keeps its pattern when it fits one', () => {
    // "uses missiles, aircraft, helicopters against us": the missiles' attack (175), not "* &AIRCRAFT" (090).
    expect(codeOf(`
      Russia Russia PROPN NNP 2 nsubj
      uses use VERB VBZ 0 root
      missiles missile NOUN NNS 2 obj
      aircraft aircraft NOUN NN 3 conj`, 1)).toBe('175');
  });

  it('a verb with its own code keeps it', () => {
    // "discussed the robust trade and investment … as well as steps to …" stays the consultation.
    expect(codeOf(`
      they they PRON PRP 2 nsubj
      discussed discuss VERB VBD 0 root
      trade trade NOUN NN 2 obj
      steps step NOUN NNS 3 conj`, 1)).toBe('040');
  });
});
