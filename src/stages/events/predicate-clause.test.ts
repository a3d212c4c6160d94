import { describe, expect, it } from 'vitest';
import { parsedDoc } from '../../../test/support/parsed-doc.js';
import { isPredicate, linkingHeadOf } from './predicate-clause.js';
import { buildTree } from './tree.js';

const treeOf = (rows: string) => buildTree(parsedDoc([rows]));

// "Kiev was responsible ."
const copula = treeOf(`
  Kiev Kiev PROPN NNP 3 nsubj
  was be AUX VBD 3 cop
  responsible responsible ADJ JJ 0 root
  . . PUNCT . 3 punct`);

// "Britain remains opposed ."
const linking = treeOf(`
  Britain Britain PROPN NNP 2 nsubj
  remains remain VERB VBZ 0 root
  opposed opposed ADJ JJ 2 xcomp
  . . PUNCT . 2 punct`);

// "Britain wants peaceful talks ." with "peaceful" hung as the complement of a verb that does not link.
const other = treeOf(`
  Britain Britain PROPN NNP 2 nsubj
  wants want VERB VBZ 0 root
  peaceful peaceful ADJ JJ 2 xcomp
  . . PUNCT . 2 punct`);

describe('the predicate test (predicate-clause.ts)', () => {
  it('reads a word with a copula as a predicate, with no linking verb', () => {
    expect(isPredicate(copula, 2)).toBe(true);
    expect(linkingHeadOf(copula, 2)).toBeUndefined();
  });

  it('reads the complement of a linking verb as a predicate, the verb as its clause', () => {
    expect(isPredicate(linking, 2)).toBe(true);
    expect(linkingHeadOf(linking, 2)).toBe(1);
  });

  it('reads neither the complement of another verb nor the root verb as a predicate', () => {
    expect(isPredicate(other, 2)).toBe(false);
    expect(linkingHeadOf(other, 2)).toBeUndefined();
    expect(isPredicate(linking, 1)).toBe(false);
  });
});
