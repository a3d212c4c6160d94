/** The parser's view of a document's tokens: their texts, lookup keys and sentence numbers. */
import type { Span } from '../../core/span.js';
import { tokenKey, tokenKeyOfLower } from './name-key.js';
import type { MatchedAgent, MatchedName, Words } from './phrase.js';

/**
 * Build `Words` from token spans over `text`; tokens without a sentence index share sentence 0. `view`: the
 * tokens' texts and lower-cased words when the document view (`core/doc-view.ts`) has made them (#13).
 */
export function wordsOf(text: string, tokens: readonly (Span & { readonly sent?: number; readonly cased?: string })[], view?: { readonly texts: readonly string[]; readonly words: readonly string[] }): Words {
  // One loop, not four maps with arrows made per document: a worker's full collections dropped their optimised code (#13).
  const n = tokens.length;
  const texts = view ? view.texts : new Array<string>(n);
  const keys = new Array<string>(n);
  const sents = new Array<number>(n);
  const glued = new Array<boolean>(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (!view) (texts as string[])[i] = t.cased ?? text.slice(t.start, t.end);
    keys[i] = view ? tokenKeyOfLower(texts[i], view.words[i] ?? '') : tokenKey(texts[i]);
    sents[i] = t.sent ?? 0;
    glued[i] = i > 0 && tokens[i - 1]?.end === t.start;
  }
  return { texts, keys, sents, glued, memo: { names: new Array<MatchedName | null | undefined>(n), agents: new Array<MatchedAgent | null | undefined>(n) } };
}

/**
 * Whether token `k` is a hyphen touching the words on both sides, as inside "Mir-Hossein" or "director-general": part of
 * a word, not a dash. The tokenizer splits off only the ASCII hyphen, so no other hyphen reaches here.
 */
export function isGluedHyphen(words: Words, k: number): boolean {
  return words.texts[k] === '-' && !!words.glued?.[k] && !!words.glued[k + 1];
}
