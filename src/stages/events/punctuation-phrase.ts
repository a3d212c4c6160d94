/**
 * "President Biden spoke today with His Majesty Haitham bin Tariq Al Said, the Sultan of Oman.": the parser can make a
 * punctuation mark (here the closing full stop) the head of a noun phrase, "with" its `case` and the name its `nsubj`,
 * which leaves the verb with no partner and the phrase with no relation to it (#12, session 49: in the training gold's
 * parses about 1,000 punctuation marks head something other than punctuation; 31 of them a `case` and a nominal). A
 * punctuation mark heads no phrase: one with a `case` child and exactly one nominal child (noun, proper noun or
 * pronoun as `nsubj`, `obj`, `obl` or `nmod`; a possessor is no head) hands the phrase to that nominal, which takes
 * the mark's place under its head (`obl` under a verb, `nmod` under anything else); the mark's other children follow.
 */
import type { Dep } from '../deps/types.js';
import type { Tree } from './tree.js';

/** Relations by which the parser hangs the phrase's own noun on the punctuation mark. */
const NOMINAL_RELS = new Set(['nsubj', 'nsubj:pass', 'obj', 'obl', 'nmod']);
/** Parts of speech a noun phrase's head has. */
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);

/** The relations with each phrase taken off its punctuation head, or undefined when no sentence has one. */
export function reattachPunctuationPhrases(tree: Tree): Dep[] | undefined {
  let out: Dep[] | undefined;
  for (let p = 0; p < tree.deps.length; p++) {
    if (tree.pos[p]?.upos !== 'PUNCT' || !tree.children[p].length) continue;
    const head = tree.deps[p].head;
    // Every relation read from one layer, the repaired one this step changes (`baseRels` can still be the parse's own
    // after an earlier repair; review b, session 49).
    const kids = tree.children[p].filter((k) => tree.deps[k].deprel !== 'punct');
    if (head < 0 || !kids.some((k) => tree.deps[k].deprel === 'case')) continue;
    const nominals = kids.filter((k) => NOMINAL_RELS.has(tree.deps[k].deprel) && NOMINAL.has(tree.pos[k]?.upos ?? ''));
    if (nominals.length !== 1) continue;
    const [noun] = nominals;
    out ??= [...tree.deps];
    out[noun] = { head, deprel: tree.pos[head]?.upos === 'VERB' ? 'obl' : 'nmod' };
    for (const k of kids) if (k !== noun) out[k] = { head: noun, deprel: tree.deps[k].deprel };
  }
  return out;
}
