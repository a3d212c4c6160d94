/** Train the greedy tagger on treebank sentences with an averaged perceptron. */
import { LinearModel, type LinearModelData } from '../../src/ml/linear-model.js';
import { hashText } from '../../src/ml/feature-hash.js';
import type { TaggerLexicon } from '../../src/stages/pos/tagger.js';
import { MAX_TAG_FEATURES, NO_TAG, hashWords, tagFeatures } from '../../src/stages/pos/tag-features.js';
import { AveragedPerceptron, shuffle } from './averaged-perceptron.js';
import { seededRandom } from '../seeded-random.js';

export interface TaggedSentence {
  readonly words: readonly string[];
  /** Joint tag class of each word, `UPOS XPOS`. */
  readonly tags: readonly string[];
}

export interface TaggerTraining {
  readonly epochs: number;
  readonly seed: number;
  readonly minWeight: number;
  /** Called after each epoch with its training accuracy. */
  readonly onEpoch?: (epoch: number, accuracy: number, model: () => LinearModel) => void;
  /**
   * The thresholds (`unambiguousWords`) of the tag dictionary returned with the model, when wider
   * than the one training skips (`scripts/syntax/shipped-tagger.ts`); by default the same.
   */
  readonly shippedDictionary?: readonly [minCount: number, minShare: number];
}

/** A word needs this many training occurrences, and this share of one tag, to skip the model. */
const DICTIONARY_MIN_COUNT = 20;
const DICTIONARY_MIN_SHARE = 0.995;

/**
 * Frequent words that (almost) always carry one tag: the tagger assigns it without scoring,
 * which is faster and as accurate (Honnibal's tag dictionary).
 */
export function unambiguousWords(
  sentences: readonly TaggedSentence[],
  classIndex: ReadonlyMap<string, number>,
  minCount = DICTIONARY_MIN_COUNT,
  minShare = DICTIONARY_MIN_SHARE,
): Record<string, number> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    s.words.forEach((word, i) => {
      const byTag = counts.get(word) ?? new Map<string, number>();
      byTag.set(s.tags[i], (byTag.get(s.tags[i]) ?? 0) + 1);
      counts.set(word, byTag);
    });
  }
  const out: Record<string, number> = {};
  for (const [word, byTag] of [...counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const total = [...byTag.values()].reduce((a, b) => a + b, 0);
    const [tag, count] = [...byTag.entries()].sort((a, b) => b[1] - a[1])[0];
    if (total >= minCount && count / total >= minShare) out[word] = classIndex.get(tag)!;
  }
  return out;
}

/** A word needs this many training occurrences to have an ambiguity class. */
const AMBIGUITY_MIN_COUNT = 3;

/** Each frequent-enough word's ambiguity class: the hash of the sorted set of its tags. */
export function ambiguityClasses(sentences: readonly TaggedSentence[]): Record<string, number> {
  const seen = new Map<string, { count: number; tags: Set<string> }>();
  for (const s of sentences) {
    s.words.forEach((word, i) => {
      const lower = word.toLowerCase();
      const entry = seen.get(lower) ?? { count: 0, tags: new Set<string>() };
      entry.count++;
      entry.tags.add(s.tags[i]);
      seen.set(lower, entry);
    });
  }
  const out: Record<string, number> = {};
  for (const [word, { count, tags }] of [...seen.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (count >= AMBIGUITY_MIN_COUNT) out[word] = hashText([...tags].sort().join('|'));
  }
  return out;
}

/** A trained tagger: the exported (averaged, quantized, pruned) model and its word lists. */
export interface TrainedTagger extends TaggerLexicon {
  readonly model: LinearModelData;
}

/** Train a tagger. */
export function trainTagger(sentences: readonly TaggedSentence[], options: TaggerTraining): TrainedTagger {
  const classes = [...new Set(sentences.flatMap((s) => s.tags))].sort();
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const dictionary = unambiguousWords(sentences, classIndex);
  const ambiguity = ambiguityClasses(sentences);
  const ambiguityMap = new Map(Object.entries(ambiguity));
  const known = new Map(Object.entries(dictionary));
  const perceptron = new AveragedPerceptron(classes, 1 << 18);
  const random = seededRandom(options.seed);
  const examples = sentences.map((s) => ({
    words: hashWords(s.words, ambiguityMap),
    fixed: Int32Array.from(s.words, (w) => known.get(w) ?? -1),
    gold: Int32Array.from(s.tags, (t) => classIndex.get(t)!),
  }));
  const features = new Uint32Array(MAX_TAG_FEATURES);
  const scores = new Float32Array(classes.length);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    let correct = 0;
    let total = 0;
    for (const { words, fixed, gold } of shuffle([...examples], random)) {
      let prev1 = NO_TAG;
      let prev2 = NO_TAG;
      for (let i = 0; i < words.length; i++) {
        if (fixed[i] >= 0) {
          prev2 = prev1;
          prev1 = fixed[i];
          continue;
        }
        const count = tagFeatures(words, i, prev1, prev2, features);
        scores.fill(0);
        perceptron.score(features, count, scores);
        let guess = 0;
        for (let c = 1; c < scores.length; c++) if (scores[c] > scores[guess]) guess = c;
        perceptron.tick();
        perceptron.update(features, count, gold[i], guess);
        if (guess === gold[i]) correct++;
        total++;
        prev2 = prev1;
        prev1 = guess;
      }
    }
    options.onEpoch?.(epoch, correct / total, () => new LinearModel(perceptron.export(options.minWeight)));
  }
  const shipped = options.shippedDictionary ? unambiguousWords(sentences, classIndex, ...options.shippedDictionary) : dictionary;
  return { model: perceptron.export(options.minWeight), dictionary: shipped, ambiguity };
}
