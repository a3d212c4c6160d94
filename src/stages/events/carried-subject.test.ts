import { describe, expect, it } from 'vitest';
import { parsedDoc } from '../../../test/support/parsed-doc.js';
import { carriedSubject } from './carried-subject.js';
import { indexActors } from './participants.js';
import { buildTree } from './tree.js';

const zelensky = { start: 0, end: 1, tokens: [0, 1] as const, actorId: 'UKR', name: 'Zelensky', code: 'UKR', sector: 'GOV', reasons: [], why: 'test' };
const previous = `
  Zelensky Zelensky PROPN NNP 2 nsubj
  addressed address VERB VBD 0 root
  parliament parliament NOUN NN 2 obj
  . . PUNCT . 2 punct`;

/** The codes carried to the verb at document token `verb` of the second sentence. */
function carried(second: string, verb: number): (string | undefined)[] {
  const tree = buildTree(parsedDoc([previous, second]));
  return carriedSubject(tree, indexActors([zelensky], tree.tokens.length), 1, verb).map((a) => a.code);
}

describe('carriedSubject', () => {
  it('gives a sentence that opens with its finite verb the previous sentence\'s subject', () => {
    expect(carried(`
      Expressed express VERB VBD 0 root
      gratitude gratitude NOUN NN 1 obj
      and and CCONJ CC 4 cc
      thanked thank VERB VBD 1 conj
      . . PUNCT . 1 punct`, 4)).toEqual(['UKR']);
  });

  it('leaves imperatives and sentences with their own subject alone', () => {
    expect(carried(`
      Help help VERB VB 0 root
      us we PRON PRP 1 obj
      . . PUNCT . 1 punct`, 4)).toEqual([]);
    expect(carried(`
      Today today NOUN NN 3 obl:tmod
      we we PRON PRP 3 nsubj
      thanked thank VERB VBD 0 root
      . . PUNCT . 3 punct`, 6)).toEqual([]);
  });
});
