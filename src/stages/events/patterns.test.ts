import { describe, expect, it } from 'vitest';
import { parsedDoc } from '../../../test/support/parsed-doc.js';
import { formatLexicon, packLexicon, readLexicon, type Lexicon, type VerbPattern } from './lexicon.js';
import { bestPattern } from './patterns.js';
import { buildTree } from './tree.js';

const pattern = (code: string, obj: string[][][], preps: VerbPattern['preps'] = []): VerbPattern => ({ subj: [], obj, preps, code, source: `pattern ${code}` });

/** Two blocks anchored on the same words, one of them listed twice, and a block the lexicon lacks. */
const spelt: Lexicon = {
  cameo: {},
  verbs: { use: [{ blocks: ['dyad:USE', 'MISSING', 'USE'] }], wield: [{ blocks: ['USE', 'USE'] }] },
  nouns: {},
  forms: {},
  blocks: {
    'dyad:USE': [pattern('190', [[['gun', 'guns']]]), pattern('---', [[['tear'], ['gas']]])],
    USE: [pattern('180', [], [{ prep: 'against' }]), pattern('181', [[['chemical'], ['gun', 'guns', 'gas']]]), pattern('182', [], [{ prep: 'with', np: [['gun', 'guns']] }])],
  },
};
const lexicon = readLexicon(Buffer.from(formatLexicon(packLexicon(spelt))), 'test.json');

/** "they used/wielded chemical guns against them". */
const rows = (verb: string, lemma: string) => `
  they they PRON PRP 2 nsubj
  ${verb} ${lemma} VERB VBD 0 root
  chemical chemical ADJ JJ 4 amod
  guns gun NOUN NNS 2 obj
  against against ADP IN 6 case
  them they PRON PRP 2 obl
  . . PUNCT . 2 punct`;

const fit = (verb: string, lemma: string) => {
  const tree = buildTree(parsedDoc([rows(verb, lemma)]), lexicon.forms);
  const best = bestPattern(tree, lexicon, 1, lexicon.verbs[lemma][0]);
  return best && [best.pattern.code, best.block, best.weight];
};

describe('bestPattern', () => {
  it('looks an argument word up once for all of an entry\'s blocks and fits the same pattern as block by block', () => {
    // dyad's "* GUNS" (1 word) first; CAMEO's "CHEMICAL GUNS" asks for a whole word more (2 - 0.01 > 1 + 0.5) and wins.
    expect(fit('used', 'use')).toEqual(['181', 'USE', 1.99]);
    // A block listed twice is tried twice; the second try's equal fit does not replace the first.
    expect(fit('wielded', 'wield')).toEqual(['181', 'USE', 1.99]);
  });

  it('is the same on a second verb of the entry (the anchors are made once per entry)', () => {
    expect(fit('used', 'use')).toEqual(fit('used', 'use'));
  });
});
