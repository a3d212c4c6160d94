/** Fill the predicted columns of gold-tokenized CoNLL-U sentences (`dyad parse --conllu`, eval). */
import { tagSentence, type PosModel } from '../pos/pos-model.js';
import type { ConlluSentence } from './conllu.js';
import type { Parser } from './parser.js';

/**
 * A copy of the sentence with UPOS, XPOS, LEMMA, HEAD and DEPREL predicted from its word forms;
 * the other columns and all non-word lines are kept.
 */
export function annotateSentence(sent: ConlluSentence, pos: PosModel, parser: Parser): ConlluSentence {
  const words = sent.words.map((w) => w.form);
  const tags = tagSentence(pos, words);
  const parsed = parser.parse(words, tags.map((t) => `${t.upos} ${t.xpos}`));
  const byId = new Map(sent.words.map((w, i) => [w, i]));
  const lines = sent.lines.map((line) => {
    if (typeof line === 'string') return line;
    const i = byId.get(line)!;
    return { ...line, upos: tags[i].upos, xpos: tags[i].xpos, lemma: tags[i].lemma, head: parsed[i].head + 1, deprel: parsed[i].deprel };
  });
  return { lines, words: lines.filter((l) => typeof l !== 'string') };
}
