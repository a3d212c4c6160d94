import { describe, expect, it } from 'vitest';
import { parsedDoc } from '../../../test/support/parsed-doc.js';
import { loadLexicon } from './lexicon.js';
import { buildTree } from './tree.js';
import { matchVerb } from './triggers.js';

// Wrong-type rows of data/senses.tsv (session 27, ev-clauses) on hand-parsed sentences: each row is
// a class of constructions, not one article's sentence (lexicon-data.test.ts holds the earlier ones).
const lexicon = loadLexicon();
const codeOf = (rows: string, verb: number) => matchVerb(buildTree(parsedDoc([rows]), lexicon.forms), lexicon, verb)?.code;

describe('data/senses.tsv', () => {
  it.each([
    ['"conferred the military rank on a colonel"', 'rank rank NOUN NN 2 obj', '---'],
    ['"conferred on additional details"', 'details detail NOUN NNS 2 obl', '040'],
  ])('issue-12: conferring a rank or title awards it; conferring on a matter consults (%s)', (_text, argumentRow, code) => {
    expect(codeOf(`
      President President PROPN NNP 2 nsubj
      conferred confer VERB VBD 0 root
      ${argumentRow}`, 1) ?? '---').toBe(code);
  });
});
