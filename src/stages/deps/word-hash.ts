/**
 * The parser's word ids: `hashText` of the lowercased word (`parse-features.ts`), computed without
 * building the lowercase string for the words that are ASCII (nearly all of a news story's), which
 * `toLowerCase` allocated for every word with a capital (#13).
 */
import { hashText } from '../../ml/feature-hash.js';

/** `hashText(word.toLowerCase())`, the same 32 bits. */
export function lowerWordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    let c = word.charCodeAt(i);
    // Beyond ASCII, lowercasing can change a word's length ('İ' → 'i̇'): the string's own rules.
    if (c >= 0x80) return hashText(word.toLowerCase());
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
