/**
 * What the tagger reads from a word's characters the first time it sees the word (its shape's hash,
 * how many of its characters are letters and capitals), read by character codes when the word is
 * ASCII: a new word type of the open vocabulary was ~2 KB of short-lived strings (a lower- and an
 * upper-case copy of every character, the shape built a character at a time), and an eighth of
 * news tokens are new to the stage's word memory (#13). Other words go the general way; both give
 * the same values.
 */
import { hashText } from '../../ml/feature-hash.js';

/** Compressed word shape: `Putin` → `Xx`, `U.S.` → `X.X.`, `1996` → `d`, `Russian-French` → `Xx-Xx`. */
export function wordShape(text: string): string {
  let shape = '';
  let last = '';
  for (const ch of text) {
    const c = ch >= 'A' && ch <= 'Z' ? 'X' : ch >= 'a' && ch <= 'z' ? 'x' : ch >= '0' && ch <= '9' ? 'd' : ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
    if (c !== last) shape += c;
    last = c;
  }
  return shape;
}

/** Whether every UTF-16 code unit of `text` is ASCII. */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

const X = 0x58;
const LOWER_X = 0x78;
const D = 0x64;

/** `hashText(wordShape(text))` as int32 bits, without building the shape for an ASCII word. */
export function shapeHash(text: string): number {
  if (!isAscii(text)) return hashText(wordShape(text)) | 0;
  let h = 0x811c9dc5;
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    const c = ch >= 0x41 && ch <= 0x5a ? X : ch >= 0x61 && ch <= 0x7a ? LOWER_X : ch >= 0x30 && ch <= 0x39 ? D : ch;
    if (c !== last) h = Math.imul(h ^ c, 0x01000193);
    last = c;
  }
  return h | 0;
}

/** How many characters (code points) of `text` are letters (have a case), and how many of those are capitals. */
export function letterCounts(text: string): { letters: number; upper: number } {
  let letters = 0;
  let upper = 0;
  if (isAscii(text)) {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch >= 0x41 && ch <= 0x5a) {
        letters++;
        upper++;
      } else if (ch >= 0x61 && ch <= 0x7a) letters++;
    }
  } else {
    for (const ch of text) {
      if (ch.toLowerCase() !== ch.toUpperCase()) {
        letters++;
        if (ch !== ch.toLowerCase()) upper++;
      }
    }
  }
  return { letters, upper };
}
