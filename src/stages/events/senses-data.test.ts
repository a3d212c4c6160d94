import { describe, expect, it } from 'vitest';
import { verbMatch } from '../../../test/support/verb-match.js';

// Wrong-type rows of data/senses.tsv (session 27, ev-clauses) on hand-parsed sentences: each row is
// a class of constructions, not one article's sentence (lexicon-data.test.ts holds the earlier ones).
const codeOf = (rows: string, verb: number, actors: readonly number[] = []) => verbMatch(rows, verb, actors)?.code;

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

// Rows of session 28 (ev-nothing2): talk with a party named only by a "to" phrase or a coordinated subject.
describe('data/senses.tsv: speak', () => {
  it.each([
    ['"spoke to President López Obrador"', 'Obrador Obrador PROPN NNP 2 obl', [0, 4], '040'],
    ['"spoke to reporters"', 'reporters reporter NOUN NNS 2 obl', [0], '---'],
  ])('issue-12: talk addressed to an actor consults it (%s)', (_text, addresseeRow, actors, code) => {
    expect(codeOf(`
      Biden Biden PROPN NNP 2 nsubj
      spoke speak VERB VBD 0 root
      to to ADP IN 5 case
      President President PROPN NNP 5 compound
      ${addresseeRow}`, 1, actors) ?? '---').toBe(code);
  });

  it.each([
    ['"Biden and Sánchez spoke today"', 'Sánchez Sánchez PROPN NNP 1 conj', [0, 2], '040'],
    ['"Biden and his staff spoke today"', 'staff staff NOUN NN 1 conj', [0], '---'],
  ])('issue-12: named parties speaking together consult (%s)', (_text, conjunctRow, actors, code) => {
    expect(codeOf(`
      Biden Biden PROPN NNP 4 nsubj
      and and CCONJ CC 3 cc
      ${conjunctRow}
      spoke speak VERB VBD 0 root
      today today NOUN NN 4 obl:tmod`, 3, actors) ?? '---').toBe(code);
  });

  it('issue-12: a plural noun alone names no two sides ("the people spoke")', () => {
    expect(codeOf(`
      the the DET DT 2 det
      people people NOUN NNS 3 nsubj
      spoke speak VERB VBD 0 root`, 2, [1]) ?? '---').toBe('---');
  });
});
