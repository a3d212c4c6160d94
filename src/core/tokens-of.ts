/**
 * The token index range [first, last) of sentence `sent`. Tokens are in text order and carry
 * their sentence index, so a binary search finds the range without a stored copy.
 */
export function sentenceTokenRange(tokens: readonly { readonly sent: number }[], sent: number): [number, number] {
  return [lowerBound(tokens, sent), lowerBound(tokens, sent + 1)];
}

function lowerBound(tokens: readonly { sent: number }[], sent: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid].sent < sent) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
