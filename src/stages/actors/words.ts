/** The parser's view of a document's tokens: their texts, lookup keys and sentence numbers. */
import type { Span } from '../../core/span.js';
import { tokenKey, tokenKeyOfLower } from './name-key.js';
import type { MatchedAgent, MatchedName, Words } from './phrase.js';

/**
 * Build `Words` from token spans over `text`; tokens without a sentence index share sentence 0. `view`: the
 * tokens' texts and lower-cased words when the document view (`core/doc-view.ts`) has made them (#13).
 */
export function wordsOf(text: string, tokens: readonly (Span & { readonly sent?: number })[], view?: { readonly texts: readonly string[]; readonly words: readonly string[] }): Words {
  const texts = view?.texts ?? tokens.map((t) => text.slice(t.start, t.end));
  const glued = tokens.map((t, i) => i > 0 && tokens[i - 1]?.end === t.start);
  return { texts, keys: view ? texts.map((t, i) => tokenKeyOfLower(t, view.words[i] ?? '')) : texts.map(tokenKey), sents: tokens.map((t) => t.sent ?? 0), glued, memo: { names: new Array<MatchedName | null | undefined>(tokens.length), agents: new Array<MatchedAgent | null | undefined>(tokens.length) } };
}
