import type { Span } from '../../core/span.js';
import { languagePack, type LanguagePack } from '../../lang/pack.js';
import { isAbbreviation } from '../sentences/abbreviations.js';
import type { Token } from './types.js';

/** Prefixes that stay joined to the word after the hyphen, as UD English EWT keeps them. */
const HYPHEN_PREFIXES = new Set([
  'anti', 'pro', 'non', 'post', 'pre', 'intra', 'inter', 'ex', 'co', 're', 'de', 'multi', 'self', 'semi', 'sub',
  'super', 'counter', 'mid', 'neo', 'pan', 'trans', 'ultra', 'vice', 'cross', 'mini', 'micro', 'macro', 'bi',
  'tri', 'over', 'under', 'e', 'x', 'u', 'mis', 'quasi', 'pseudo', 'geo', 'socio', 'euro', 'afro', 'sino',
]);

const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '{', '«', '$', '£', '€', '¥', '#', '¿', '¡', '*', '/']);
// A slash at either end is punctuation (`/TASS/.`); inside a word it may be a URL or `and/or`.
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '}', '»', ',', ';', ':', '!', '?', '%', '*', '/']);
const URL_LIKE = /^(?:https?:\/\/|www\.)\S+$|^[\w.+-]+@[\w-]+\.[\w.-]+$/i;
const CLITIC = /^(.+?)(n['’]t|['’](?:s|re|ve|ll|d|m|S|RE|VE|LL|D|M))$/u;
const HYPHENATED = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+$/u;
const INNER_DASH = /—|–|--/;

/** Tokenize every sentence; tokens carry the index of their sentence. `pack` knows the abbreviations. */
export function tokenize(text: string, sentences: readonly Span[], pack: LanguagePack = languagePack()): Token[] {
  const tokens: Token[] = [];
  // A loop, not a `forEach` closure made per call, which loses its optimised code at each full collection (#13).
  for (let index = 0; index < sentences.length; index++) {
    const sent = sentences[index];
    // The white-space-delimited chunks (`\S+`), found by a scan: no slice of the sentence and no
    // match object per chunk (#13).
    let at = sent.start;
    while (at < sent.end) {
      while (at < sent.end && isSpace(text.charCodeAt(at))) at++;
      const start = at;
      while (at < sent.end && !isSpace(text.charCodeAt(at))) at++;
      if (at > start) splitChunk(text, start, at, index, tokens, pack);
    }
  }
  return tokens;
}

/** Whether a UTF-16 code unit is white space as `\s` reads it (ECMAScript WhiteSpace and LineTerminator). */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Split one white-space-delimited chunk into tokens, peeling punctuation from both ends. */
function splitChunk(text: string, start: number, end: number, sent: number, out: Token[], pack: LanguagePack): void {
  const trailing: Token[] = [];
  while (start < end && OPENERS.has(text[start]) && !isDecadeApostrophe(text, start, end)) {
    out.push({ start, end: start + 1, sent });
    start++;
  }
  while (end > start) {
    const last = text[end - 1];
    if (text.startsWith('...', end - 3) && end - 3 >= start) {
      trailing.push({ start: end - 3, end, sent });
      end -= 3;
    } else if (CLOSERS.has(last) && end - 1 > start - 1) {
      trailing.push({ start: end - 1, end, sent });
      end--;
    } else if (last === '.' && end - 1 > start && !keepsPeriod(text.slice(start, end - 1), pack)) {
      trailing.push({ start: end - 1, end, sent });
      end--;
    } else break;
  }
  if (end > start) splitWord(text, start, end, sent, out, pack);
  for (let i = trailing.length - 1; i >= 0; i--) out.push(trailing[i]);
}

/** Split inside a word: dashes, clitics, hyphens and slashes, keeping URLs and numbers whole. */
function splitWord(text: string, start: number, end: number, sent: number, out: Token[], pack: LanguagePack): void {
  const word = text.slice(start, end);
  if (URL_LIKE.test(word)) return void out.push({ start, end, sent });
  const dash = INNER_DASH.exec(word);
  if (dash && dash.index > 0) {
    splitChunk(text, start, start + dash.index, sent, out, pack);
    out.push({ start: start + dash.index, end: start + dash.index + dash[0].length, sent });
    return splitChunk(text, start + dash.index + dash[0].length, end, sent, out, pack);
  }
  const clitic = CLITIC.exec(word);
  if (clitic && /\p{L}/u.test(clitic[1])) {
    splitWord(text, start, start + clitic[1].length, sent, out, pack);
    return void out.push({ start: start + clitic[1].length, end, sent });
  }
  if (HYPHENATED.test(word) && !keepsHyphens(word)) return splitAt(text, start, end, start + word.indexOf('-'), sent, out, pack);
  const slash = word.indexOf('/');
  if (slash > 0 && slash < word.length - 1 && /\p{L}\/\p{L}/u.test(word) && !word.includes('//')) return splitAt(text, start, end, start + slash, sent, out, pack);
  out.push({ start, end, sent });
}

/** Split a word at the one-character mark at `at` (a hyphen, a slash): the parts and the mark. */
function splitAt(text: string, start: number, end: number, at: number, sent: number, out: Token[], pack: LanguagePack): void {
  splitWord(text, start, at, sent, out, pack);
  out.push({ start: at, end: at + 1, sent });
  splitWord(text, at + 1, end, sent, out, pack);
}

/** Dates, number ranges and prefixed words keep their hyphens. */
function keepsHyphens(word: string): boolean {
  const first = word.slice(0, word.indexOf('-'));
  return /^[\d-]+$/.test(word) || HYPHEN_PREFIXES.has(first.toLowerCase());
}

/** A final period belongs to abbreviations (`U.S.`, `Gen.`) and initials (`F.`), not to words. */
function keepsPeriod(word: string, pack: LanguagePack): boolean {
  return isAbbreviation(word, pack) || /^(?:\p{L}\.)+\p{L}?$/u.test(word);
}

/** `'90s` keeps its apostrophe. */
function isDecadeApostrophe(text: string, start: number, end: number): boolean {
  return (text[start] === "'" || text[start] === '’') && /^\d\ds?$/.test(text.slice(start + 1, end).replace(/[.,;:!?]+$/, ''));
}
