/**
 * Class scores of the features that depend on a word alone (its form, affixes, shape), summed
 * once per word type and remembered (#13). News repeats its words, and these are the features
 * whose rows are longest (a common suffix has a weight for most classes, stored beyond the
 * table's slot), so a remembered sum replaces a dozen cache misses with one short array read.
 * The sums are of a loaded model's int16 weights, hence integers: adding them in another order or
 * grouping gives exactly the same float64 scores, so the predictions do not change.
 */

/** Rows the memory starts with; it doubles up to its limit, so a short run stays small. */
const FIRST_ROWS = 256;

/** Remembered per-word score sums of one model, at most `limit` words. */
export class WordScores {
  private readonly rows = new Map<string, number>();
  private sums: Int32Array;

  constructor(
    private readonly classes: number,
    private readonly limit = 8192,
  ) {
    this.sums = new Int32Array(classes * Math.min(FIRST_ROWS, limit));
  }

  /** Add the sums remembered for `word` to `scores`; false (and nothing added) when not remembered. */
  addTo(word: string, scores: Float64Array): boolean {
    const row = this.rows.get(word);
    if (row === undefined) return false;
    const sums = this.sums;
    for (let c = 0, at = row * this.classes; c < this.classes; c++, at++) scores[c] += sums[at];
    return true;
  }

  /**
   * Remember `scores` (integer sums, as a model with integer weights gives) as `word`'s. When all
   * rows are taken the memory starts over: an open vocabulary must not grow it without bound.
   */
  remember(word: string, scores: Float64Array): void {
    if (this.rows.size >= this.limit) this.rows.clear();
    const row = this.rows.size;
    if ((row + 1) * this.classes > this.sums.length) {
      const grown = new Int32Array(Math.min(this.sums.length * 2, this.classes * this.limit));
      grown.set(this.sums);
      this.sums = grown;
    }
    this.rows.set(word, row);
    const sums = this.sums;
    for (let c = 0, at = row * this.classes; c < this.classes; c++, at++) sums[at] = scores[c];
  }
}
