/**
 * An all-capitals title in the casing its body gives its words. Wires title in capitals
 * ("ADVANCED TOBACCO <ATPI> MERGER TALKS END"), where every word looks like a name and a link's
 * names are noise ("end", "failure"); the body says which words are names: those it capitalises
 * where no sentence starts (docs/stories.md, the Reuters-21578 spot-check).
 */

/** What ends a sentence before a word, so that its capital says nothing: ". ", "? ", a quote, a new line. */
const SENTENCE_START = /(?:^|[.!?:"”]\s*|\n\s*)$/;

/**
 * The title with the body's names capitalised and every other word in lower case; a title with
 * lower-case letters as it is. A capital at a sentence start counts when the next word is
 * capitalised too and the body never writes the word in lower case: "Advanced Tobacco Products Inc
 * said …" opens with a name, "The Federal Reserve …" does not.
 */
export function casedTitle(title: string, body: string): string {
  if (/\p{Ll}/u.test(title) || !/\p{Lu}/u.test(title)) return title;
  const { words, starts, capital, lower } = isAscii(body) ? asciiWords(body) : unicodeWords(body);
  const named = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    if (!capital[i]) continue;
    const opens = SENTENCE_START.test(body.slice(Math.max(0, starts[i] - 4), starts[i]));
    if (!opens || (i + 1 < words.length && capital[i + 1] && !lower.has(words[i].toLowerCase()))) named.add(words[i].toLowerCase());
  }
  return title.replace(/\p{L}[\p{L}\p{N}]*/gu, (w) => (named.has(w.toLowerCase()) ? w[0] + w.slice(1).toLowerCase() : w.toLowerCase()));
}

/**
 * The body's words and where they start, as arrays rather than a match object each, whether each
 * opens with a capital, and the words that open with a small letter. Wires title every story in
 * capitals, so this runs on nearly every body stored (#13).
 */
interface BodyWords {
  readonly words: string[];
  readonly starts: number[];
  readonly capital: boolean[];
  readonly lower: Set<string>;
}

const WORD = /[\p{L}\p{N}]+/gu;
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;

function unicodeWords(body: string): BodyWords {
  const out: BodyWords = { words: [], starts: [], capital: [], lower: new Set() };
  WORD.lastIndex = 0;
  for (let m = WORD.exec(body); m; m = WORD.exec(body)) {
    out.words.push(m[0]);
    out.starts.push(m.index);
    out.capital.push(UPPER_FIRST.test(m[0]));
    if (LOWER_FIRST.test(m[0])) out.lower.add(m[0]);
  }
  return out;
}

/**
 * `unicodeWords` of an ASCII body by its character codes: there `\p{L}` is A–Z and a–z, `\p{N}` is
 * 0–9, `\p{Lu}` A–Z and `\p{Ll}` a–z. The pattern's match arrays were most of the stored-rows step's
 * allocation on wire stories (#13).
 */
function asciiWords(body: string): BodyWords {
  const out: BodyWords = { words: [], starts: [], capital: [], lower: new Set() };
  for (let i = 0; i < body.length; ) {
    if (!isAsciiWordCode(body.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < body.length && isAsciiWordCode(body.charCodeAt(i))) i++;
    const word = body.slice(start, i);
    const first = body.charCodeAt(start);
    out.words.push(word);
    out.starts.push(start);
    out.capital.push(first >= 65 && first <= 90);
    if (first >= 97 && first <= 122) out.lower.add(word);
  }
  return out;
}

function isAsciiWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}
