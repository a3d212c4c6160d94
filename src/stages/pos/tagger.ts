/**
 * The greedy part-of-speech tagger: left to right, each token gets the best-scoring joint
 * UPOS+XPOS class given its features and the two tags before it.
 */
import type { Upos } from './types.js';
import { WordSlab } from '../../core/word-slab.js';
import { LANE_SHIFT, type LinearModel } from '../../ml/linear-model.js';
import { linearModelOf, type ModelFile } from '../../ml/model-file.js';
import { recordLookup, type Lookup } from '../../ml/record-lookup.js';
import {
  MAX_TAG_FEATURES, NEIGHBOUR_STEPS, NO_TAG, labelFeatures, neighbourFeatures, sentenceWordsFor, tokenFeatures, wordFeatures,
  type SentenceWords,
} from './tag-features.js';
import { BOUNDARY_TYPE, NOT_IN_DICTIONARY, NO_PAIR_ROW, OWN_ROW, WordTypes } from './word-types.js';
import { NUMERAL_CLASS, isNumeral } from './numerals.js';

/** A tag class: the UPOS and XPOS predicted together (classes are written `UPOS XPOS`). */
export interface TagClass {
  readonly upos: Upos;
  readonly xpos: string;
}

/** The word lists a tagger is trained with, stored in its model file's metadata. */
export interface TaggerLexicon {
  readonly dictionary: Readonly<Record<string, number>>;
  readonly ambiguity: Readonly<Record<string, number>>;
}

/** The classes given without scoring: the tag dictionary's words, and numerals (`numeral`, when the model has that class). */
function fixedClasses(dictionary: Lookup<number>, numeral: number): Lookup<number> {
  if (numeral < 0) return dictionary;
  return { get: (word) => dictionary.get(word) ?? (isNumeral(word) ? numeral : undefined) };
}

/** A loaded tagger. */
export class Tagger {
  readonly model: LinearModel;
  readonly tags: readonly TagClass[];
  /** The class of a finite past verb (`VERB VBD`), which `finite-verb.ts` may force. */
  readonly pastClass: number;
  /** The class of a finite present verb (`VERB VBZ`), which `finite-verb.ts` may force ("government needs help"). */
  readonly presentClass: number;
  /** The class of a past participle (`VERB VBN`), which `misread-forms.ts` may force ("had won/IN the election"). */
  readonly participleClass: number;
  /** The class of a plural noun (`NOUN NNS`), which `misread-forms.ts` may force ("The Baltic states/VBZ condemned"). */
  readonly pluralClass: number;
  /** The class of a base-form verb ("back" after "would not"), or -1 (misread-forms.ts). */
  readonly baseClass: number;
  /** The class of a singular common noun ("offer" after "a U.S."), or -1 (misread-forms.ts). */
  readonly nounClass: number;
  private readonly features = new Uint32Array(MAX_TAG_FEATURES);
  /** Word hashes and type ids of the sentence being tagged, reused from sentence to sentence. */
  private hashed: SentenceWords = sentenceWordsFor(64);
  private typeIds = new Int32Array(64);
  /** Where each sentence's classes are cut from: an array of over 16 words was an `ArrayBuffer` of its own (#13, `word-slab.ts`). */
  private readonly classIds = new WordSlab();
  private readonly scores: Float64Array;
  /** Where a score row is summed before `types` keeps it. */
  private readonly rowScores: Float64Array;
  /**
   * Each word type's hashes, dictionary class and score rows (its own keys', its keys' as each
   * neighbour), and the previous tags' score rows per pair met, computed once (same predictions, #13).
   */
  private readonly types: WordTypes;
  private readonly dictionary: Lookup<number>;
  private readonly ambiguity: Lookup<number>;

  /**
   * `lexicon.dictionary` maps frequent unambiguous words to their class, skipping the model for
   * them; `lexicon.ambiguity` maps lowercase training words to their ambiguity-class hash.
   */
  constructor(model: LinearModel, lexicon: TaggerLexicon) {
    this.model = model;
    this.dictionary = recordLookup(lexicon.dictionary);
    this.ambiguity = recordLookup(lexicon.ambiguity);
    this.tags = model.classes.map((c) => {
      const [upos, xpos] = c.split(' ');
      return { upos: upos as Upos, xpos };
    });
    this.pastClass = model.classes.indexOf('VERB VBD');
    this.presentClass = model.classes.indexOf('VERB VBZ');
    this.participleClass = model.classes.indexOf('VERB VBN');
    this.pluralClass = model.classes.indexOf('NOUN NNS');
    this.baseClass = model.classes.indexOf('VERB VB');
    this.nounClass = model.classes.indexOf('NOUN NN');
    this.scores = new Float64Array(model.classes.length);
    this.rowScores = new Float64Array(model.classes.length);
    this.types = new WordTypes(model.classes.length, fixedClasses(this.dictionary, model.classes.indexOf(NUMERAL_CLASS)), this.ambiguity);
  }

  /** Build a tagger from a decoded model file. */
  static fromFile(file: ModelFile): Tagger {
    return new Tagger(linearModelOf(file), file.meta as TaggerLexicon);
  }

  /**
   * The class index of each word of one sentence; each word of `forced` takes its class there and the words after it
   * are tagged from it (`finite-verb.ts`, `misread-forms.ts`).
   */
  tagIds(words: readonly string[], forced?: ReadonlyMap<number, number>): Int32Array {
    if (this.typeIds.length < words.length) {
      this.hashed = sentenceWordsFor(words.length * 2);
      this.typeIds = new Int32Array(words.length * 2);
    }
    const { hashed, typeIds, types } = this;
    types.read(words, hashed, typeIds);
    const out = this.classIds.int32s(words.length);
    const scores = this.scores;
    let prev1 = NO_TAG;
    let prev2 = NO_TAG;
    for (let i = 0; i < words.length; i++) {
      const known = forced?.get(i) ?? types.knownClass(typeIds[i]);
      if (known !== NOT_IN_DICTIONARY) {
        out[i] = known;
        prev2 = prev1;
        prev1 = known;
        continue;
      }
      // The same scores as of all `tagFeatures` (#13): the token's own context keys are asked here, the
      // rest read as sums made once, the word's own keys per type (the first word's differ from its
      // type's in the first-word flag: asked here, its own row the boundary's zeros), each neighbour's
      // per type and role, the previous tags' per pair. Integer sums of int16 weights: exact in any order.
      scores.fill(0);
      let count = i === 0 ? wordFeatures(hashed, 0, 1, this.features, 0) : 0;
      count = tokenFeatures(hashed, i, prev1, prev2, this.features, count);
      this.model.addScores(this.features, 0, count, scores);
      const own = i === 0 ? types.rowAt(BOUNDARY_TYPE, OWN_ROW) : this.ownRow(i);
      const before = this.neighbourRow(i, 0);
      const after = this.neighbourRow(i, 1);
      const after2 = this.neighbourRow(i, 2);
      const pair = this.pairRow(prev1, prev2);
      const best = this.bestClass(own, before, after, after2, pair);
      out[i] = best;
      prev2 = prev1;
      prev1 = best;
    }
    return out;
  }

  /**
   * The first highest-scoring class: `scores` (the token keys') plus the five rows at `own` … `pair` of
   * `types.table`, summed a lane (two classes) at a time and split exactly (`word-types.ts`). A loop over the
   * classes paid the checks and index arithmetic of six arrays for each class (~80 instructions, #13).
   */
  private bestClass(own: number, before: number, after: number, after2: number, pair: number): number {
    // Read after the rows are made: making one may grow the table.
    const table = this.types.table;
    const scores = this.scores;
    // Locals: an imported binding is read (and checked) again at each turn; a product is cheaper than a quotient.
    const shift = LANE_SHIFT;
    const unshift = 1 / LANE_SHIFT;
    const pairs = scores.length >> 1;
    let best = 0;
    let top = -Infinity;
    for (let l = 0; l < pairs; l++) {
      const lane = table[own + l] + table[before + l] + table[after + l] + table[after2 + l] + table[pair + l];
      const high = Math.round(lane * unshift);
      const even = scores[2 * l] + (lane - high * shift);
      if (even > top) {
        top = even;
        best = 2 * l;
      }
      const odd = scores[2 * l + 1] + high;
      if (odd > top) {
        top = odd;
        best = 2 * l + 1;
      }
    }
    // An odd last class is a lane's low part alone.
    if (scores.length & 1) {
      const last = pairs;
      const lane = table[own + last] + table[before + last] + table[after + last] + table[after2 + last] + table[pair + last];
      if (scores[2 * last] + lane > top) best = 2 * last;
    }
    return best;
  }

  /** Where the row of word `i`'s own keys starts in `types.table`; made when first asked. */
  private ownRow(i: number): number {
    const id = this.typeIds[i];
    if (!this.types.hasRow(id, OWN_ROW)) {
      this.rowScores.fill(0);
      this.model.addScores(this.features, 0, wordFeatures(this.hashed, i, 0, this.features, 0), this.rowScores);
      this.types.writeRow(id, OWN_ROW, this.rowScores);
    }
    return this.types.rowAt(id, OWN_ROW);
  }

  /**
   * Where the row of word `i`'s neighbour in `role` (`NEIGHBOUR_STEPS`) starts in `types.table`, its
   * keys as that neighbour; the boundary's past either end of the sentence. Made when first asked.
   */
  private neighbourRow(i: number, role: number): number {
    const j = i + NEIGHBOUR_STEPS[role];
    const inside = j >= 0 && j < this.hashed.length;
    const id = inside ? this.typeIds[j] : BOUNDARY_TYPE;
    const row = OWN_ROW + 1 + role;
    if (!this.types.hasRow(id, row)) {
      this.rowScores.fill(0);
      this.model.addScores(this.features, 0, neighbourFeatures(this.hashed, inside ? j : -1, role, this.features, 0), this.rowScores);
      this.types.writeRow(id, row, this.rowScores);
    }
    return this.types.rowAt(id, row);
  }

  /** Where the row of the previous tags `prev1`, `prev2` (classes or NO_TAG) starts in `types.table`; made when first asked. */
  private pairRow(prev1: number, prev2: number): number {
    const pair = this.types.pairIndex(prev1, prev2, NO_TAG);
    const at = this.types.pairRowAt(pair);
    if (at !== NO_PAIR_ROW) return at;
    this.rowScores.fill(0);
    this.model.addScores(this.features, 0, labelFeatures(prev1, prev2, this.features, 0), this.rowScores);
    return this.types.writePairRow(pair, this.rowScores);
  }

  /** The lemma remembered for word `i` of the sentence last tagged, with tag class `classId`. */
  rememberedLemma(i: number, classId: number): string | undefined {
    return this.types.lemmaOf(this.typeIds[i], classId);
  }

  /** Remember `lemma` for word `i`'s type of the sentence last tagged, with tag class `classId`. */
  rememberLemma(i: number, classId: number, lemma: string): void {
    this.types.rememberLemma(this.typeIds[i], classId, lemma);
  }

  /** The class of an auxiliary with tag `xpos` (`AUX VBD` for "had"), or -1. */
  auxiliaryClass(xpos: string): number {
    return this.model.classes.indexOf(`AUX ${xpos}`);
  }

  /** Whether a lowercase word was seen often enough in training to have an ambiguity class. */
  isTrainingWord(lower: string): boolean {
    return this.ambiguity.get(lower) !== undefined;
  }

  /** UPOS and XPOS of each word of one sentence. */
  tag(words: readonly string[]): TagClass[] {
    return Array.from(this.tagIds(words), (id) => this.tags[id]);
  }
}
