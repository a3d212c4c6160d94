/**
 * The tagger's memory of word types (#13). News repeats its words, and per token the tagger used
 * to lowercase the word, hash it ten times (form, lowercase, shape, affixes), and look it up in
 * three tables (tag dictionary, ambiguity classes, remembered word scores). Each word type now gets
 * an id from one Map lookup, and its hashes, dictionary class, score rows and last two lemmas are kept
 * by id. A type's score rows are the sums of its word-only keys and of its keys as each neighbour of a
 * token (`neighbourFeatures`), summed once and read from one array (session 53, sp-tag). The rows of the
 * previous tags' keys (`labelFeatures`), one per pair of tags met since the last start-over, are kept in
 * the same array, four to a slot of their own (session 54, sp-tagpair: the tagger's argmax loop reads one
 * array, not two). A row holds two classes a double (`LANE_SHIFT` lanes, as the entity model's wide rows), so
 * the argmax loop reads half as many cells, each check and index paid once for two classes (session 55,
 * sp-tagkeys). The hashes and sums are those the tagger computed before, so the tags are the same.
 */
import { LANE_SHIFT } from '../../ml/linear-model.js';
import type { Lookup } from '../../ml/record-lookup.js';
import { NEIGHBOUR_ROLES, copyWordHashes, hashWordInto, sentenceWordsFor, type SentenceWords } from './tag-features.js';

/** Types the memory starts with room for; it doubles as needed, so a short run stays small. */
const FIRST_TYPES = 256;

/** Class of a word type that the tag dictionary does not fix. */
export const NOT_IN_DICTIONARY = -1;

/** The type of the sentence boundary as a neighbour: id 0, never a word's, its own row kept zero. */
export const BOUNDARY_TYPE = 0;

/** A type's first score row, of its word-only keys; rows `OWN_ROW + 1 + role` are its keys as a neighbour in `role`. */
export const OWN_ROW = 0;
/** Score rows per type: its own and one per neighbour role (`NEIGHBOUR_ROLES`). */
const TYPE_ROWS = 1 + NEIGHBOUR_ROLES;

/** `lemmaClass` of a type whose lemma is not remembered. */
const NO_LEMMA = -1;

/** `pairRowAt` of a pair of tags whose row is not made. */
export const NO_PAIR_ROW = -1;

export class WordTypes {
  private readonly ids = new Map<string, number>();
  /**
   * The next free slot: a slot is a word type's (its hashes, class, lemmas and `TYPE_ROWS` score rows) or
   * holds `TYPE_ROWS` rows of tag pairs; slot 0 is the boundary's.
   */
  private next = 1;
  /** Where each pair of tags' row starts in `table` (`pairIndex`), or NO_PAIR_ROW. */
  private readonly pairRows: Int32Array;
  /** Where the next pair row goes in `table`, and how many more fit in its slot. */
  private pairAt = 0;
  private pairRoom = 0;
  /** Hashes of each type, at its id. */
  private hashes: SentenceWords = sentenceWordsFor(FIRST_TYPES);
  /** Tag-dictionary class of each type, or NOT_IN_DICTIONARY. */
  private known = new Int32Array(FIRST_TYPES);
  /** Which of a type's score rows are made: bit `1 << row`. */
  private made = new Uint8Array(FIRST_TYPES);
  /**
   * The score rows, `TYPE_ROWS` per type (`rowAt`), each `lanes` doubles: lane l holds class 2l's sum plus
   * class 2l + 1's × LANE_SHIFT (`writeRow`). The sums are of int16 weights over a few keys, and the tagger
   * adds five rows: its low parts stay far within ±2^25, so every lane is an exact integer and rounding
   * `lane / LANE_SHIFT` gives the high part back exactly.
   */
  table: Float64Array;
  /** Doubles per row: two classes each, the last holding one when the classes are odd. */
  readonly lanes: number;
  /**
   * Two lemmas per type, each with the tag class it was found with (NO_LEMMA: none yet): a word
   * read with two tags in turn ("says" VBZ, "cut" VBD/VBN/NN) kept the lemmatizer busy with one.
   */
  private lemmaClass = new Int32Array(FIRST_TYPES * 2);
  private lemmas: string[] = [];

  /**
   * `dictionary` maps frequent unambiguous words to their class, `ambiguity` lowercase words to
   * their ambiguity class; at most `limit` types are kept, the boundary's among them (an open
   * vocabulary must not grow the memory without bound: past it the memory starts over, between
   * sentences). The bound trades each tagging thread's rows (`TYPE_ROWS` × `lanes` doubles a slot,
   * every worker its own copy) against types read again after a start-over: halving it from 8,192
   * halved the rows and made the tagger measurably slower, the types read again costing more than the
   * smaller table saves (#13; sizes, misses and CPU pairs in docs/scaling.md, sessions 58 sp-caches and fix-b).
   */
  constructor(
    private readonly classes: number,
    private readonly dictionary: Lookup<number>,
    private readonly ambiguity: Lookup<number>,
    private readonly limit = 4096,
  ) {
    this.lanes = (classes + 1) >> 1;
    this.table = new Float64Array(FIRST_TYPES * TYPE_ROWS * this.lanes);
    this.pairRows = new Int32Array((classes + 1) * (classes + 1)).fill(NO_PAIR_ROW);
  }

  /**
   * Write the type id of each word into `ids` and its hashes into `sentence` (sized for the words). The memory
   * starts over first if the sentence's new types and the slots of its new tag pairs (one a scored word at most)
   * might not fit in `limit` slots.
   */
  read(words: readonly string[], sentence: SentenceWords, ids: Int32Array): void {
    if (this.next + words.length + Math.ceil(words.length / TYPE_ROWS) > this.limit) this.startOver();
    sentence.length = words.length;
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      let id = this.ids.get(word);
      if (id === undefined) id = this.add(word);
      copyWordHashes(this.hashes, id, sentence, i);
      ids[i] = id;
    }
  }

  /** The tag-dictionary class of type `id`, or NOT_IN_DICTIONARY. */
  knownClass(id: number): number {
    return this.known[id];
  }

  /** Where score row `row` of type `id` starts in `table`. */
  rowAt(id: number, row: number): number {
    return (id * TYPE_ROWS + row) * this.lanes;
  }

  /** Whether score row `row` of type `id` is made. */
  hasRow(id: number, row: number): boolean {
    return (this.made[id] & (1 << row)) !== 0;
  }

  /** Make score row `row` of type `id` from `scores` (integer sums of int16 weights, `classes` of them). */
  writeRow(id: number, row: number, scores: Float64Array): void {
    this.pack(scores, this.rowAt(id, row));
    this.made[id] |= 1 << row;
  }

  /** The index of the tag pair `(prev1, prev2)` (classes, or `noTag` for none) for `pairRowAt` and `writePairRow`. */
  pairIndex(prev1: number, prev2: number, noTag: number): number {
    const classes = this.classes;
    return (prev1 === noTag ? classes : prev1) * (classes + 1) + (prev2 === noTag ? classes : prev2);
  }

  /** Where the row of tag pair `pair` (`pairIndex`) starts in `table`, or NO_PAIR_ROW if it is not made. */
  pairRowAt(pair: number): number {
    return this.pairRows[pair];
  }

  /** Make the row of tag pair `pair` from `scores` (integer sums of int16 weights); where it starts in `table`. */
  writePairRow(pair: number, scores: Float64Array): number {
    if (this.pairRoom === 0) {
      this.pairAt = this.rowAt(this.slot(), 0);
      this.pairRoom = TYPE_ROWS;
    }
    const at = this.pairAt;
    this.pack(scores, at);
    this.pairAt += this.lanes;
    this.pairRoom--;
    return (this.pairRows[pair] = at);
  }

  /** The lemma remembered for type `id` with tag class `classId`, if any. */
  lemmaOf(id: number, classId: number): string | undefined {
    const at = id * 2;
    return this.lemmaClass[at] === classId ? this.lemmas[at] : this.lemmaClass[at + 1] === classId ? this.lemmas[at + 1] : undefined;
  }

  /**
   * Remember `lemma` as type `id`'s with tag class `classId` (two classes per type: most words
   * keep one or two tags in news; a third replaces the second, and the lemmatizer remembers all).
   */
  rememberLemma(id: number, classId: number, lemma: string): void {
    const at = this.lemmaClass[id * 2] === NO_LEMMA ? id * 2 : id * 2 + 1;
    this.lemmaClass[at] = classId;
    this.lemmas[at] = lemma;
  }

  /** Write `scores` (one per class) into the row at `at` as lanes, two classes a double. */
  private pack(scores: Float64Array, at: number): void {
    const classes = this.classes;
    for (let c = 0; c < classes; c += 2, at++) this.table[at] = scores[c] + (c + 1 < classes ? scores[c + 1] * LANE_SHIFT : 0);
  }

  /** Forget every word type and tag pair (pair rows are one per pair met since the last start-over); the boundary's rows stay. */
  private startOver(): void {
    this.ids.clear();
    this.next = 1;
    this.pairRows.fill(NO_PAIR_ROW);
    this.pairRoom = 0;
  }

  /** A new slot's id, the memory grown if full. */
  private slot(): number {
    const id = this.next++;
    if (id === this.known.length) this.grow();
    return id;
  }

  private add(word: string): number {
    const id = this.slot();
    hashWordInto(word, this.ambiguity, this.hashes, id);
    this.known[id] = this.dictionary.get(word) ?? NOT_IN_DICTIONARY;
    this.made[id] = 0;
    this.lemmaClass[id * 2] = NO_LEMMA;
    this.lemmaClass[id * 2 + 1] = NO_LEMMA;
    this.ids.set(word, id);
    return id;
  }

  private grow(): void {
    const size = this.known.length * 2;
    const hashes = sentenceWordsFor(size);
    for (let id = 0; id < this.known.length; id++) copyWordHashes(this.hashes, id, hashes, id);
    this.hashes = hashes;
    const known = new Int32Array(size);
    known.set(this.known);
    this.known = known;
    const made = new Uint8Array(size);
    made.set(this.made);
    this.made = made;
    const table = new Float64Array(size * TYPE_ROWS * this.lanes);
    table.set(this.table);
    this.table = table;
    const lemmaClass = new Int32Array(size * 2);
    lemmaClass.set(this.lemmaClass);
    this.lemmaClass = lemmaClass;
  }
}
