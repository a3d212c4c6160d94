/**
 * The tagger's memory of word types (#13). News repeats its words, and per token the tagger used
 * to lowercase the word, hash it ten times (form, lowercase, shape, affixes), and look it up in
 * three tables (tag dictionary, ambiguity classes, remembered word scores). Each word type now gets
 * an id from one Map lookup, and its hashes, dictionary class, word-only score sums and last two lemmas
 * are kept by id. The hashes and sums are those the tagger computed before, so the tags are the same.
 */
import type { Lookup } from '../../ml/record-lookup.js';
import { copyWordHashes, hashWordInto, sentenceWordsFor, type SentenceWords } from './tag-features.js';

/** Types the memory starts with room for; it doubles as needed, so a short run stays small. */
const FIRST_TYPES = 256;

/** Class of a word type that the tag dictionary does not fix. */
export const NOT_IN_DICTIONARY = -1;

/** `lemmaClass` of a type whose lemma is not remembered. */
const NO_LEMMA = -1;

export class WordTypes {
  private readonly ids = new Map<string, number>();
  /** Hashes of each type, at its id. */
  private hashes: SentenceWords = sentenceWordsFor(FIRST_TYPES);
  /** Tag-dictionary class of each type, or NOT_IN_DICTIONARY. */
  private known = new Int32Array(FIRST_TYPES);
  /** Whether a type's word-only scores are summed in `sums` (row id, `classes` wide). */
  private summed = new Uint8Array(FIRST_TYPES);
  private sums: Int32Array;
  /**
   * Two lemmas per type, each with the tag class it was found with (NO_LEMMA: none yet): a word
   * read with two tags in turn ("says" VBZ, "cut" VBD/VBN/NN) kept the lemmatizer busy with one.
   */
  private lemmaClass = new Int32Array(FIRST_TYPES * 2);
  private lemmas: string[] = [];

  /**
   * `dictionary` maps frequent unambiguous words to their class, `ambiguity` lowercase words to
   * their ambiguity class; at most `limit` types are kept (an open vocabulary must not grow the
   * memory without bound: past it the memory starts over, between sentences).
   */
  constructor(
    private readonly classes: number,
    private readonly dictionary: Lookup<number>,
    private readonly ambiguity: Lookup<number>,
    private readonly limit = 8192,
  ) {
    this.sums = new Int32Array(FIRST_TYPES * classes);
  }

  /** Write the type id of each word into `ids` and its hashes into `sentence` (sized for the words). */
  read(words: readonly string[], sentence: SentenceWords, ids: Int32Array): void {
    if (this.ids.size + words.length > this.limit) this.ids.clear();
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

  /**
   * Write the remembered word-only scores of type `id` into `scores` (the first `classes`, replacing
   * them: what zeroing and adding gave, in one pass); false (`scores` untouched) when none are.
   */
  setSums(id: number, scores: Float64Array): boolean {
    if (this.summed[id] === 0) return false;
    const sums = this.sums;
    const classes = this.classes;
    for (let c = 0, at = id * classes; c < classes; c++, at++) scores[c] = sums[at];
    return true;
  }

  /** Remember `scores` (integer sums of int16 weights) as type `id`'s word-only scores. */
  rememberSums(id: number, scores: Float64Array): void {
    const sums = this.sums;
    const classes = this.classes;
    for (let c = 0, at = id * classes; c < classes; c++, at++) sums[at] = scores[c];
    this.summed[id] = 1;
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

  private add(word: string): number {
    const id = this.ids.size;
    if (id === this.known.length) this.grow();
    hashWordInto(word, this.ambiguity, this.hashes, id);
    this.known[id] = this.dictionary.get(word) ?? NOT_IN_DICTIONARY;
    this.summed[id] = 0;
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
    const summed = new Uint8Array(size);
    summed.set(this.summed);
    this.summed = summed;
    const sums = new Int32Array(size * this.classes);
    sums.set(this.sums);
    this.sums = sums;
    const lemmaClass = new Int32Array(size * 2);
    lemmaClass.set(this.lemmaClass);
    this.lemmaClass = lemmaClass;
  }
}
