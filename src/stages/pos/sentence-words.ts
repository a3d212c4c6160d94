/** The words of each sentence of a document, as the syntax models read them. */
import type { DocumentWith } from '../../core/stage.js';
import { sentenceTokenRange } from '../../core/tokens-of.js';
import '../tokens/types.js';

/**
 * Token texts with typographic quotes and apostrophes replaced by ASCII ones, as in the web
 * treebank the models were trained on (news has `’s`, EWT mostly `'s`).
 */
export function modelWord(text: string): string {
  // Most tokens have no character at or above U+2018: skip the two regular expressions for them.
  let i = 0;
  while (i < text.length && text.charCodeAt(i) < 0x2018) i++;
  if (i === text.length) return text;
  return text.replace(/[‘’‛′]/g, "'").replace(/[“”„″]/g, '"');
}

/** One sentence as the models read it: its first token's index and its words. */
export interface SentenceWordList {
  readonly first: number;
  readonly words: readonly string[];
}

/** The last result per tokens layer: the tagger and the parser read the same words of a document. */
const recent = new WeakMap<object, { text: string; sentences: SentenceWordList[] }>();

/** Each sentence's first token index and model words, in order (computed once per document). */
export function sentenceWords(doc: DocumentWith<'tokens'>): SentenceWordList[] {
  const { tokens } = doc.layers;
  const known = recent.get(tokens);
  if (known !== undefined && known.text === doc.text) return known.sentences;
  const sentences = readSentenceWords(doc);
  recent.set(tokens, { text: doc.text, sentences });
  return sentences;
}

function readSentenceWords(doc: DocumentWith<'tokens'>): SentenceWordList[] {
  const { tokens } = doc.layers;
  const out: SentenceWordList[] = [];
  let first = 0;
  while (first < tokens.length) {
    const [, last] = sentenceTokenRange(tokens, tokens[first].sent);
    const words: string[] = [];
    // A restored case (`tokens/truecase.ts`, #12) is read instead of an uninformative one.
    for (let i = first; i < last; i++) words.push(modelWord(tokens[i].cased ?? doc.text.slice(tokens[i].start, tokens[i].end)));
    out.push({ first, words });
    first = last;
  }
  return out;
}
