import { describe, expect, it } from 'vitest';
import { verbMatch } from '../../../test/support/verb-match.js';

// data/verbs.txt ALLOW rows and the LEND block: a loan, credit or grant approved or authorised, and a loan made, are
// aid extended (CAMEO 071, PLOVER AID), not CAMEO's intent to cooperate (0311) or material cooperation (060) (#12:
// the wire's IDA credits, CCC guarantees and crude lent to Ecuador).
const codeOf = (rows: string, verb: number) => verbMatch(rows, verb)?.code;

describe('loans, credits and grants approved', () => {
  it.each([
    ['a credit approved', `
      it it PRON PRP 2 nsubj
      approved approve VERB VBD 0 root
      a a DET DT 6 det
      114 114 NUM CD 5 nummod
      mln mln NOUN NN 6 compound
      credit credit NOUN NN 2 obj
      for for ADP IN 8 case
      India India PROPN NNP 6 nmod`, 1],
    ['two loans approved', `
      bank bank NOUN NN 2 nsubj
      approved approve VERB VBD 0 root
      two two NUM CD 4 nummod
      loans loan NOUN NNS 2 obj`, 1],
    ['credit guarantees authorised', `
      CCC CCC PROPN NNP 3 nsubj
      has have AUX VBZ 3 aux
      authorized authorize VERB VBN 0 root
      credit credit NOUN NN 5 compound
      guarantees guarantee NOUN NNS 3 obj`, 2],
    ['financial packages approved', `
      ministers minister NOUN NNS 3 nsubj
      have have AUX VBP 3 aux
      approved approve VERB VBN 0 root
      financial financial ADJ JJ 5 amod
      packages package NOUN NNS 3 obj`, 2],
  ])('%s is economic aid (071)', (_name, rows, verb) => {
    expect(codeOf(rows, verb)).toBe('071');
  });

  it('an approved law is still no aid', () => {
    expect(codeOf(`
      parliament parliament NOUN NN 2 nsubj
      approved approve VERB VBD 0 root
      the the DET DT 4 det
      law law NOUN NN 2 obj`, 1)).not.toBe('071');
  });
});

describe('loans made', () => {
  it.each([
    ['crude lent to a country', `
      Venezuela Venezuela PROPN NNP 3 nsubj
      is be AUX VBZ 3 aux
      lending lend VERB VBG 0 root
      Ecuador Ecuador PROPN NNP 3 iobj
      five five NUM CD 6 nummod
      barrels barrel NOUN NNS 3 obj`, 2, '071'],
    ['crude loaned', `
      Kuwait Kuwait PROPN NNP 2 nsubj
      loaned loan VERB VBD 0 root
      Ecuador Ecuador PROPN NNP 2 iobj
      crude crude NOUN NN 2 obj`, 1, '071'],
    ['support lent is endorsement', `
      it it PRON PRP 3 nsubj
      had have AUX VBD 3 aux
      lent lend VERB VBN 0 root
      practical practical ADJ JJ 5 amod
      support support NOUN NN 3 obj`, 2, '051'],
  ])('%s', (_name, rows, verb, code) => {
    expect(codeOf(rows, verb)).toBe(code);
  });
});
