/**
 * The tagger's score rows of the previous-tag keys (`labelFeatures`), one per pair of previous tags
 * met, summed once (#13, session 53, sp-tag): a scored token read three long rows of the model for
 * them (about a hundred weights), now one row of `classes` int32.
 */
import type { LinearModel } from '../../ml/linear-model.js';
import { NO_TAG, labelFeatures } from './tag-features.js';

/** `rowOf` of a pair not yet summed. */
const NOT_MADE = -1;
/** Rows the table starts with room for; it doubles as needed (a few hundred pairs are met in news). */
const FIRST_ROWS = 64;

export class TagPairRows {
  /** The rows, `classes` int32 each, in the order their pairs were first met. */
  table: Int32Array;
  /** Where each pair's row starts in `table` (`(prev1, prev2)` with NO_TAG as class `classes`), or NOT_MADE. */
  private readonly rowOf: Int32Array;
  private rows = 0;
  private readonly keys = new Uint32Array(4);
  private readonly scores: Float64Array;

  constructor(private readonly model: LinearModel) {
    const classes = model.classes.length;
    this.table = new Int32Array(FIRST_ROWS * classes);
    this.rowOf = new Int32Array((classes + 1) * (classes + 1)).fill(NOT_MADE);
    this.scores = new Float64Array(classes);
  }

  /** Where the row of the previous tags `prev1`, `prev2` (classes or NO_TAG) starts in `table`; made when first asked. */
  rowAt(prev1: number, prev2: number): number {
    const classes = this.scores.length;
    const pair = (prev1 === NO_TAG ? classes : prev1) * (classes + 1) + (prev2 === NO_TAG ? classes : prev2);
    const known = this.rowOf[pair];
    return known !== NOT_MADE ? known : (this.rowOf[pair] = this.make(prev1, prev2));
  }

  private make(prev1: number, prev2: number): number {
    const classes = this.scores.length;
    if ((this.rows + 1) * classes > this.table.length) {
      const table = new Int32Array(this.table.length * 2);
      table.set(this.table);
      this.table = table;
    }
    const scores = this.scores;
    scores.fill(0);
    this.model.addScores(this.keys, 0, labelFeatures(prev1, prev2, this.keys, 0), scores);
    const at = this.rows++ * classes;
    for (let c = 0; c < classes; c++) this.table[at + c] = scores[c];
    return at;
  }
}
