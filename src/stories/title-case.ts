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
  const tokens = [...body.matchAll(/[\p{L}\p{N}]+/gu)];
  const lower = new Set(tokens.filter((m) => /^\p{Ll}/u.test(m[0])).map((m) => m[0]));
  const isCapital = (i: number) => i < tokens.length && /^\p{Lu}/u.test(tokens[i][0]);
  const named = new Set<string>();
  tokens.forEach((m, i) => {
    if (!isCapital(i)) return;
    const opens = SENTENCE_START.test(body.slice(Math.max(0, m.index - 4), m.index));
    if (!opens || (isCapital(i + 1) && !lower.has(m[0].toLowerCase()))) named.add(m[0].toLowerCase());
  });
  return title.replace(/\p{L}[\p{L}\p{N}]*/gu, (w) => (named.has(w.toLowerCase()) ? w[0] + w.slice(1).toLowerCase() : w.toLowerCase()));
}
