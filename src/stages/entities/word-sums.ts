/**
 * The entity tagger's remembered score sums under one scorer with integer weights, in one `Int32Array`
 * (#13): the label-only decision keys' rows first, then a slot of rows per word type. A token's
 * remembered scores are then read from one array: kept in seven typed arrays (the word's own, the
 * label rows, four neighbours'), each was checked again (map, length, data pointer) at every turn of
 * the loop that adds them, ~3,000 instructions a token (session 52, sp-ent).
 */
import type { Scorer } from '../../ml/linear-model.js';
import type { OwnScores } from './features.js';
import { LABEL_COUNT } from './labels.js';

/** A word slot's rows: its own keys', its keys' as each neighbour role (`NEIGHBOUR_STEPS`), and its decision keys with a label. */
export const OWN_ROW = 0;
export const NEIGHBOUR_ROW = 1;
/** `tagPrevLow` and `tagPrevShape` after the label `prevOf` the slot; `historyShape` with the history `historyOf` it. */
export const PREV_ROW = 5;
/** Right after `PREV_ROW`: the decoder reads both rows from where the first starts. */
export const HISTORY_ROW = PREV_ROW + 1;
const SLOT_ROWS = 7;

/** `prevOf` and `historyOf` of a row not yet summed (labels and histories are -2 … `LABEL_COUNT`). */
export const NOT_SUMMED = -128;

/** Word slots the table starts with; it doubles as needed, so a short run stays small. */
const FIRST_SLOTS = 256;
/**
 * At most this many slots (`SLOT_ROWS` × `LABEL_COUNT` int32 a slot, in each thread that tags entities). Past it,
 * slots are given again from the first, and a type whose slot was given to another has its sums made again. The
 * word-type cache holds up to twice as many types (two generations of 4,096, `features.ts`), so types it still
 * holds lose their slots; yet the smaller table, read every token, measured no slower than twice the slots
 * (#13; sizes, misses and CPU pairs in docs/scaling.md, sessions 58 sp-caches and fix-b).
 */
const MAX_SLOTS = 4096;

const scratchScores = new Float64Array(LABEL_COUNT);

export class RememberedSums {
  /** The sums: label row r at `r * LABEL_COUNT`, then word slot s's row k at `wordRow(s, k)`. */
  table: Int32Array;
  /** Bits of a slot's rows that are made: 1 << row, for the own and neighbour rows. */
  made: Uint8Array;
  prevOf: Int8Array;
  historyOf: Int8Array;
  /** Whether label row r is made. */
  readonly labelMade: Uint8Array;
  /** The word type each slot is given to. */
  private owners: (OwnScores | undefined)[];
  /** The sentence each slot was last looked up in (`sentenceSlots`): such a slot is not given to another word type. */
  private usedIn: Int32Array;
  private sentence = 0;
  private slots = new Int32Array(64);
  private next = 0;
  private readonly wordStart: number;

  constructor(
    readonly scorer: Scorer,
    labelRows: number,
    private readonly maxSlots = MAX_SLOTS,
  ) {
    this.wordStart = labelRows * LABEL_COUNT;
    this.labelMade = new Uint8Array(labelRows);
    const slots = Math.min(FIRST_SLOTS, maxSlots);
    this.table = new Int32Array(this.wordStart + slots * SLOT_ROWS * LABEL_COUNT);
    this.made = new Uint8Array(slots);
    this.prevOf = new Int8Array(slots).fill(NOT_SUMMED);
    this.historyOf = new Int8Array(slots).fill(NOT_SUMMED);
    this.owners = new Array<OwnScores | undefined>(slots).fill(undefined);
    this.usedIn = new Int32Array(slots).fill(-1);
  }

  /** Where row `row` of word slot `slot` starts in `table`. */
  wordRow(slot: number, row: number): number {
    return this.wordStart + (slot * SLOT_ROWS + row) * LABEL_COUNT;
  }

  /**
   * The slots of a sentence's word types (`own[0…n)`) at 2…n+1 of the array returned, the start mark's at 0 and 1
   * and the end mark's at n+2 and n+3: a token's and its four neighbours' (`NEIGHBOUR_STEPS`) looked up once a
   * sentence, not five times a token, a call not inlined each (session 52, sp-ent2). No slot given while
   * looking them up is one of the sentence's, so all stay theirs until the next sentence's.
   */
  sentenceSlots(own: readonly OwnScores[], n: number, start: OwnScores, end: OwnScores): Int32Array {
    this.sentence = (this.sentence + 1) | 0;
    if (this.slots.length < n + 4) this.slots = new Int32Array(2 * (n + 4));
    const slots = this.slots;
    slots[0] = slots[1] = this.keep(start);
    for (let i = 0; i < n; i++) slots[i + 2] = this.keep(own[i]);
    slots[n + 2] = slots[n + 3] = this.keep(end);
    return slots;
  }

  private keep(own: OwnScores): number {
    const slot = this.slotOf(own);
    this.usedIn[slot] = this.sentence;
    return slot;
  }

  /** The slot of word type `own`; a new one, with no row made, if it has none here. */
  slotOf(own: OwnScores): number {
    const slot = own.slot;
    if (slot >= 0 && slot < this.owners.length && this.owners[slot] === own) return slot;
    return this.give(own);
  }

  private give(own: OwnScores): number {
    for (let tried = 0; ; tried++) {
      if (this.next === this.owners.length) {
        if (this.next < this.maxSlots) this.grow(Math.min(2 * this.next, this.maxSlots));
        else this.next = 0;
      }
      if (this.usedIn[this.next] !== this.sentence) break;
      // A sentence of more word types than slots: the table grows past its bound rather than give one of them.
      if (tried === this.owners.length) {
        this.next = this.owners.length;
        this.grow(2 * this.owners.length);
        break;
      }
      this.next++;
    }
    const given = this.next++;
    this.owners[given] = own;
    this.made[given] = 0;
    this.prevOf[given] = NOT_SUMMED;
    this.historyOf[given] = NOT_SUMMED;
    own.slot = given;
    return given;
  }

  /** Write the scorer's sums of `keys[from…to)` at `at` in `table`. */
  sum(keys: Uint32Array, from: number, to: number, at: number): void {
    scratchScores.fill(0);
    this.scorer.addScores(keys, from, to, scratchScores);
    const table = this.table;
    for (let y = 0; y < LABEL_COUNT; y++) table[at + y] = scratchScores[y];
  }

  private grow(slots: number): void {
    const table = new Int32Array(this.wordStart + slots * SLOT_ROWS * LABEL_COUNT);
    table.set(this.table);
    this.table = table;
    const made = new Uint8Array(slots);
    made.set(this.made);
    this.made = made;
    const prevOf = new Int8Array(slots).fill(NOT_SUMMED);
    prevOf.set(this.prevOf);
    this.prevOf = prevOf;
    const historyOf = new Int8Array(slots).fill(NOT_SUMMED);
    historyOf.set(this.historyOf);
    this.historyOf = historyOf;
    const owners = new Array<OwnScores | undefined>(slots).fill(undefined);
    for (let s = 0; s < this.owners.length; s++) owners[s] = this.owners[s];
    this.owners = owners;
    const usedIn = new Int32Array(slots).fill(-1);
    usedIn.set(this.usedIn);
    this.usedIn = usedIn;
  }
}
