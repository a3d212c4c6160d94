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
  // The body's words and where they start, as two arrays rather than a match object each: wires
  // title every story in capitals, so this runs on every body (#13).
  const words: string[] = [];
  const starts: number[] = [];
  const capital: boolean[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(body); m; m = WORD.exec(body)) {
    words.push(m[0]);
    starts.push(m.index);
    capital.push(UPPER_FIRST.test(m[0]));
  }
  const lower = new Set<string>();
  for (const w of words) if (LOWER_FIRST.test(w)) lower.add(w);
  const named = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    if (!capital[i]) continue;
    const opens = SENTENCE_START.test(body.slice(Math.max(0, starts[i] - 4), starts[i]));
    if (!opens || (i + 1 < words.length && capital[i + 1] && !lower.has(words[i].toLowerCase()))) named.add(words[i].toLowerCase());
  }
  return title.replace(/\p{L}[\p{L}\p{N}]*/gu, (w) => (named.has(w.toLowerCase()) ? w[0] + w.slice(1).toLowerCase() : w.toLowerCase()));
}

const WORD = /[\p{L}\p{N}]+/gu;
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;
