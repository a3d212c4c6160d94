/**
 * The token texts the entity model reads, shared with the syntax models where they are the same
 * words (#13). The tagger and the parser read each sentence's words once per document
 * (`sentenceWords`), and the tagger's word-type lookup leaves each string's hash computed in it;
 * the entity model's word-type cache is keyed by the raw token text, which it sliced from the
 * document again. A token whose model word is its raw text (all but those with typographic
 * quotes) now reads that same string: no second slice, and its hash is already known to V8.
 */
import type { DocumentWith } from '../../core/stage.js';
import { sentenceWords } from '../pos/sentence-words.js';
import '../tokens/types.js';

/**
 * Each token's raw text where the syntax models' word for it is that text, by token index;
 * `undefined` where it differs (the caller slices the text).
 */
export function sharedTokenTexts(doc: DocumentWith<'tokens'>): (string | undefined)[] {
  const { tokens } = doc.layers;
  const out = new Array<string | undefined>(tokens.length);
  for (const { first, words } of sentenceWords(doc)) {
    for (let k = 0; k < words.length; k++) {
      const { start, end } = tokens[first + k];
      const word = words[k];
      // Compared in place: the same characters, so the entity model reads what it read before.
      out[first + k] = word.length === end - start && doc.text.startsWith(word, start) ? word : undefined;
    }
  }
  return out;
}
