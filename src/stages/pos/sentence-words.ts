/** The words of each sentence of a document, as the syntax models read them. */
import type { DocumentWith } from '../../core/stage.js';
import { sentenceTokenRange } from '../../core/tokens-of.js';
import '../tokens/types.js';

/**
 * Token texts with typographic quotes and apostrophes replaced by ASCII ones, as in the web
 * treebank the models were trained on (news has `’s`, EWT mostly `'s`).
 */
export function modelWord(text: string): string {
  return text.replace(/[‘’‛′]/g, "'").replace(/[“”„″]/g, '"');
}

/** Each sentence's token range [first, last) and model words, in order. */
export function sentenceWords(doc: DocumentWith<'tokens'>): { first: number; words: string[] }[] {
  const { tokens } = doc.layers;
  const out: { first: number; words: string[] }[] = [];
  let first = 0;
  while (first < tokens.length) {
    const [, last] = sentenceTokenRange(tokens, tokens[first].sent);
    const words: string[] = [];
    for (let i = first; i < last; i++) words.push(modelWord(doc.text.slice(tokens[i].start, tokens[i].end)));
    out.push({ first, words });
    first = last;
  }
  return out;
}
