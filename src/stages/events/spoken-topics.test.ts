import { describe, expect, it } from 'vitest';
import { verbMatch } from '../../../test/support/verb-match.js';

// data/verbs.txt rows for what is only spoken of: a question asked and support reported are topics, no act.
const codeOf = (rows: string, verb: number) => verbMatch(rows, verb)?.code;

describe('data/verbs.txt: questions and support spoken of', () => {
  it.each([
    ['a question asked about something', `
      Putin Putin PROPN NNP 2 nsubj
      asked ask VERB VBD 0 root
      a a DET DT 4 det
      question question NOUN NN 2 obj
      about about ADP IN 7 case
      the the DET DT 7 det
      road road NOUN NN 4 nmod`, '---'],
    ['questions asked (plural)', `
      children child NOUN NNS 2 nsubj
      ask ask VERB VBP 0 root
      serious serious ADJ JJ 4 amod
      questions question NOUN NNS 2 obj`, '---'],
    ['someone asked to act is still an appeal', `
      Governor Governor PROPN NNP 2 nsubj
      asked ask VERB VBD 0 root
      the the DET DT 4 det
      President President PROPN NNP 2 obj
      to to PART TO 6 mark
      issue issue VERB VB 2 xcomp
      a a DET DT 8 det
      directive directive NOUN NN 6 obj`, '020'],
  ])('ASK: %s', (_name, rows, code) => {
    expect(codeOf(rows, 1)).toBe(code);
  });

  it.each([
    ['support reported on', `
      Governor Governor PROPN NNP 2 nsubj
      reported report VERB VBD 0 root
      on on ADP IN 4 case
      support support NOUN NN 2 obl
      for for ADP IN 7 case
      the the DET DT 7 det
      retired retired NOUN NN 4 nmod`, 'report', '---'],
    ['support found, told in a clause of its own', `
      Ukrainians Ukrainian PROPN NNPS 2 nsubj
      tell tell VERB VBP 0 root
      the the DET DT 4 det
      world world NOUN NN 2 obj
      the the DET DT 6 det
      support support NOUN NN 2 obj
      we we PRON PRP 8 nsubj
      find find VERB VBP 6 acl:relcl`, 'tell', '---'],
  ])('SPEECH: %s', (_name, rows, _verb, code) => {
    expect(codeOf(rows, 1)).toBe(code);
  });

  it('support expressed is still praise (EXPRESS, 051)', () => {
    expect(codeOf(`
      Putin Putin PROPN NNP 2 nsubj
      expressed express VERB VBD 0 root
      his his PRON PRP$ 4 nmod:poss
      support support NOUN NN 2 obj`, 1)).toBe('051');
  });
});
