/**
 * Numerals the tagger gives NUM CD without scoring (#13): digit groups joined by single `.` or `,`
 * (`1.5`, `3,660,273`, `22.26`), or two or more digits (`1986`, `20`). Such a token was NUM CD
 * 1,803 times of 1,819 in UD EWT train and 177 of 178 in dev (the others: list markers such as
 * `10` tagged LS, and a few NNP); in news they are 5.6% of the tokens the tagger scored (1,000
 * Reuters stories), and the model gave 59 of those 5,787 another tag from their context
 * (`Net 3,660,273 vs` NOUN NN, `vs 483,559` PUNCT). Single digits stay with the model: they are
 * often list markers (LS).
 */

/** The tag class of numerals, written as the model's classes are. */
export const NUMERAL_CLASS = 'NUM CD';

const ZERO = 48;
const NINE = 57;
const DOT = 46;
const COMMA = 44;

/** Whether `word` is a numeral of the shape described above. */
export function isNumeral(word: string): boolean {
  const n = word.length;
  if (n < 2) return false;
  let afterDigit = false;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    if (c >= ZERO && c <= NINE) afterDigit = true;
    else if ((c === DOT || c === COMMA) && afterDigit && i + 1 < n) afterDigit = false;
    else return false;
  }
  return afterDigit;
}
