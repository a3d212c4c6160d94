/**
 * Greedy left-to-right BILOU decoding with a structured-perceptron scorer. Each token takes the
 * best label that may follow the previous one, so every output is a well-formed span sequence.
 * The same loop runs in training (with float weights) and inference (with quantised weights).
 */
import type { Scorer } from '../../ml/linear-model.js';
import {
  dynamicFeatures,
  labelOnlyKeys,
  labelWordKeys,
  NEIGHBOUR_KEY_COUNT,
  NEIGHBOUR_STEPS,
  neighbourKeys,
  type OwnScores,
  type SentenceFeatures,
} from './features.js';
import { RememberedSums, HISTORY_ROW, NEIGHBOUR_ROW, OWN_ROW, PREV_ROW } from './word-sums.js';
import { isAllowed, LABEL_COUNT, NER_TYPES, O, partOfLabel, typeOfLabel, B, I, L, U, labelOf } from './labels.js';

/** Label history of one document: folded word → last type given to it (`NER_TYPES.length` = none). */
export type History = Map<string, number>;

const NOT_ENTITY = NER_TYPES.length;

/** Scratch buffers reused across calls: decoding allocates nothing per token. */
const dyn = new Uint32Array(8);
const scores = new Float64Array(LABEL_COUNT);

/** `isAllowed(prev, y)` at `(prev + 1) * LABEL_COUNT + y`, looked up instead of recomputed per token. */
const ALLOWED = new Uint8Array((LABEL_COUNT + 1) * LABEL_COUNT);
for (let prev = -1; prev < LABEL_COUNT; prev++) for (let y = 0; y < LABEL_COUNT; y++) ALLOWED[(prev + 1) * LABEL_COUNT + y] = isAllowed(prev, y) ? 1 : 0;

/**
 * The labels allowed after `prev`, in order, at `ALLOWED_LABELS[ALLOWED_FROM[prev + 1] … ALLOWED_FROM[prev + 2])`: a
 * decision scores only those, 13 of the 25 after O and 2 inside a span; the others' scores are never read (#13).
 */
const ALLOWED_FROM = new Uint16Array(LABEL_COUNT + 2);
const ALLOWED_LABELS = new Uint8Array(ALLOWED.reduce((count, allowed) => count + allowed, 0));
for (let prev = -1, k = 0; prev < LABEL_COUNT; prev++) {
  for (let y = 0; y < LABEL_COUNT; y++) if (ALLOWED[(prev + 1) * LABEL_COUNT + y] === 1) ALLOWED_LABELS[k++] = y;
  ALLOWED_FROM[prev + 2] = k;
}

/** Values a decision's label history takes: -2 (not capitalised), -1 (unseen), a type, or `NOT_ENTITY`. */
const HISTORY_VALUES = NER_TYPES.length + 3;
/** Label rows of the remembered sums, one per (prev, prev2, history); prev and prev2 are -1 at a sentence's start. */
const LABEL_ROWS = (LABEL_COUNT + 1) * (LABEL_COUNT + 1) * HISTORY_VALUES;

/**
 * The remembered sums under the scorer last decoded with (`word-sums.ts`): the label-only decision keys'
 * (`labelOnlyKeys`) per (prev, prev2, history), three of a token's six decision keys, a fifth of the
 * (class, weight) entries the stage read; each word type's own keys', its keys' as a neighbour
 * (`neighbourKeys`), two fifths, and its decision keys with a label (`labelWordKeys`) for the label and
 * history it last met (#13). Integer sums, so adding them at once changes no score.
 */
let remembered: RememberedSums | undefined;
const labelKeys = new Uint32Array(4);

/** Where in `sums.table` the sums of the label-only decision keys are, summed at the first ask. */
function labelSumsAt(sums: RememberedSums, prev: number, prev2: number, history: number): number {
  const row = ((prev + 1) * (LABEL_COUNT + 1) + prev2 + 1) * HISTORY_VALUES + history + 2;
  const at = row * LABEL_COUNT;
  if (sums.labelMade[row] === 0) {
    sums.sum(labelKeys, 0, labelOnlyKeys(prev, prev2, history, labelKeys), at);
    sums.labelMade[row] = 1;
  }
  return at;
}

/** Where in `sums.table` the sums of token i's own keys are (word slot `slot`), summed at its type's first token. */
function ownSumsAt(sums: RememberedSums, own: OwnScores, slot: number): number {
  const at = sums.wordRow(slot, OWN_ROW);
  if ((sums.made[slot] & (1 << OWN_ROW)) === 0) {
    sums.sum(own.keys, 0, own.keys.length, at);
    sums.made[slot] |= 1 << OWN_ROW;
  }
  return at;
}

/**
 * Where in `sums.table` the sums of token i's decision keys with its word (`labelWordKeys`: two with the
 * label before, one with the history) are written, for `prev` and `history`: each remembered for the
 * label and the history its word type last met, which most of its tokens meet again (most follow O).
 */
function labelWordSumsAt(sums: RememberedSums, f: SentenceFeatures, i: number, slot: number, prev: number, history: number): number {
  const at = sums.wordRow(slot, PREV_ROW);
  if (sums.prevOf[slot] !== prev || sums.historyOf[slot] !== history) {
    labelWordKeys(f, i, prev, history, dyn);
    if (sums.prevOf[slot] !== prev) {
      sums.sum(dyn, 0, 2, at);
      sums.prevOf[slot] = prev;
    }
    if (sums.historyOf[slot] !== history) {
      sums.sum(dyn, 2, 3, sums.wordRow(slot, HISTORY_ROW));
      sums.historyOf[slot] = history;
    }
  }
  return at;
}

/** What stands for the words before and after a sentence among a token's neighbours: the start and end marks. */
const SENTENCE_START: OwnScores = { keys: new Uint32Array(0), slot: -1 };
const SENTENCE_END: OwnScores = { keys: new Uint32Array(0), slot: -1 };
const neighbourScratch = new Uint32Array(NEIGHBOUR_KEY_COUNT);

/**
 * Write into `out`, for the labels `ALLOWED_LABELS[from…to)` alone, token i's remembered sums: its word's own, the
 * label-only decision keys' (from `labels`), its decision keys with its word (from `words`, both rows), and those of
 * its keys that depend on one neighbouring word alone (`neighbourKeys`), remembered with each neighbour's word type:
 * they were two fifths of the (class, weight) entries the stage read (#13). All in one pass: a pass each cost as much
 * as the entries saved, and one for the neighbours after one for the word and one for the labels cost a tenth of the
 * stage (callgrind).
 */
function writeRememberedSums(sums: RememberedSums, f: SentenceFeatures, i: number, slots: Int32Array, own: number, labels: number, words: number, from: number, to: number, out: Float64Array): void {
  // Token i's slot is at i + 2 of `slots`, the word at NEIGHBOUR_STEPS[r] from it at i + 2 + NEIGHBOUR_STEPS[r].
  const before2 = neighbourSumsAt(sums, f, i, slots[i], 0);
  const before = neighbourSumsAt(sums, f, i, slots[i + 1], 1);
  const after = neighbourSumsAt(sums, f, i, slots[i + 3], 2);
  const after2 = neighbourSumsAt(sums, f, i, slots[i + 4], 3);
  // Integer sums: added in one go, the scores are those of adding each key's weights.
  const history = words + LABEL_COUNT;
  const t = sums.table;
  for (let k = from; k < to; k++) {
    const y = ALLOWED_LABELS[k];
    out[y] = t[own + y] + t[labels + y] + t[words + y] + t[history + y] + t[before2 + y] + t[before + y] + t[after + y] + t[after2 + y];
  }
}

/**
 * Where in `sums.table` the neighbour sums of the word in role r of token i are (at `NEIGHBOUR_STEPS[r]`
 * from it, in word slot `slot`; the start or end mark outside the sentence), made from token i's
 * `neighbourKeys` if not yet made.
 */
function neighbourSumsAt(sums: RememberedSums, f: SentenceFeatures, i: number, slot: number, r: number): number {
  const at = sums.wordRow(slot, NEIGHBOUR_ROW + r);
  const bit = 1 << (NEIGHBOUR_ROW + r);
  if ((sums.made[slot] & bit) === 0) {
    sums.sum(neighbourScratch, 0, neighbourKeys(f, i, r, neighbourScratch, 0), at);
    sums.made[slot] |= bit;
  }
  return at;
}

/**
 * Called after each decision in training, with the features used and the chosen label;
 * returns the label to continue from (training continues from its own prediction).
 */
export type OnDecision = (keys: Uint32Array, from: number, to: number, dynKeys: Uint32Array, dynCount: number, i: number, predicted: number) => void;

/**
 * Label every token of a sentence. With `tokenScores` (at least `LABEL_COUNT` per token), token i's
 * scores of the labels allowed after the label before it are kept at `i * LABEL_COUNT + label`, for
 * `labelConfidence`; the others' are left as they were. With `rememberWordScores`
 * (for a loaded model's integer weights only), the summed weights of each word's own features are
 * remembered with its word type (`f.own`) and reused, and so are those of the label-only decision
 * keys (`labelSumsAt`), which gives the same scores (#13). Those sums are added in another order than the
 * per-key loop's, which is exact only because the weights are integers: a loaded model's are by construction
 * (`linearModelOf` in ml/model-file.ts refuses slots that are not i32; the older layout's are Int16Array), and the
 * trainer's float weights are refused above (review b of session 52, #10).
 */
export function decodeSentence(
  f: SentenceFeatures,
  scorer: Scorer,
  history: History,
  labels: Uint8Array,
  tokenScores?: Float64Array,
  onDecision?: OnDecision,
  rememberWordScores = false,
): void {
  // The trainer's update reads every key of a token from `f.keys`; with the word's own keys kept apart it would miss them.
  if (onDecision && f.ownApart) throw new RangeError('decodeSentence: onDecision needs features with the word keys in place');
  // The trainer's weights are not integers, and its update is given every decision key.
  if (onDecision && rememberWordScores) throw new RangeError('decodeSentence: onDecision scores every key, and remembers none');
  const n = f.offsets.length - 1;
  let prev = -1;
  let prev2 = -1;
  if (rememberWordScores && remembered?.scorer !== scorer) remembered = new RememberedSums(scorer, LABEL_ROWS);
  const slots = rememberWordScores ? remembered!.sentenceSlots(f.own, n, SENTENCE_START, SENTENCE_END) : undefined;
  for (let i = 0; i < n; i++) {
    const from = ALLOWED_FROM[prev + 1];
    const to = ALLOWED_FROM[prev + 2];
    // Training (`onDecision`) updates the weights of every key, so it is given them all.
    if (!rememberWordScores) {
      scores.fill(0);
      if (f.ownApart) {
        scorer.addScores(f.own[i].keys, 0, f.own[i].keys.length, scores);
        let k = 0;
        for (let r = 0; r < NEIGHBOUR_STEPS.length; r++) k = neighbourKeys(f, i, r, neighbourScratch, k);
        scorer.addScores(neighbourScratch, 0, k, scores);
      }
      scorer.addScores(f.keys, f.offsets[i], f.offsets[i + 1], scores);
    }
    const seen = f.capital[i] ? history.get(f.low[i]) ?? -1 : -2;
    let dynCount = 0;
    if (rememberWordScores) {
      // The remembered sums are the scores so far: written, not added to zeros. Only the allowed labels' are written;
      // the others keep what tokens before left there, and are never read.
      const sums = remembered!;
      const slot = slots![i + 2];
      const own = ownSumsAt(sums, f.own[i], slot);
      const at = labelSumsAt(sums, prev, prev2, seen);
      const words = labelWordSumsAt(sums, f, i, slot, prev, seen);
      // With the word keys apart (the stage's features), the neighbours' keys are apart too and remembered.
      if (f.ownApart) writeRememberedSums(sums, f, i, slots!, own, at, words, from, to, scores);
      else {
        const t = sums.table;
        for (let y = 0; y < LABEL_COUNT; y++) scores[y] = t[own + y] + t[at + y] + t[words + y] + t[words + LABEL_COUNT + y];
      }
      // The word's own keys are in `f.keys` before `contextStart[i]` unless they were left apart.
      scorer.addScores(f.keys, f.contextStart[i], f.offsets[i + 1], scores);
    } else {
      dynCount = dynamicFeatures(f, i, prev, prev2, seen, dyn);
      scorer.addScores(dyn, 0, dynCount, scores);
    }
    let best = -1;
    for (let k = from; k < to; k++) {
      const y = ALLOWED_LABELS[k];
      if (i === n - 1 && !isFinal(y)) continue;
      if (best < 0 || scores[y] > scores[best]) best = y;
    }
    if (tokenScores) for (let k = from; k < to; k++) tokenScores[i * LABEL_COUNT + ALLOWED_LABELS[k]] = scores[ALLOWED_LABELS[k]];
    onDecision?.(f.keys, f.offsets[i], f.offsets[i + 1], dyn, dynCount, i, best);
    labels[i] = best;
    if (f.capital[i]) history.set(f.low[i], best === O ? NOT_ENTITY : typeOfLabel(best));
    prev2 = prev;
    prev = best;
  }
}

/**
 * The softmax probability of token `i`'s label among those allowed after the label before it, with
 * the scores `decodeSentence` kept in `tokenScores` multiplied by `temperature`; as a float32.
 * Asked only for the tokens of the entities kept: an `exp` per allowed label of every token was a
 * third of decoding, and most tokens are in no entity (#13).
 */
export function labelConfidence(tokenScores: Float64Array, labels: Uint8Array, i: number, temperature: number): number {
  const at = i * LABEL_COUNT;
  const best = tokenScores[at + labels[i]];
  const allowed = (i === 0 ? 0 : labels[i - 1] + 1) * LABEL_COUNT;
  let sum = 0;
  for (let y = 0; y < LABEL_COUNT; y++) {
    if (ALLOWED[allowed + y] === 1) sum += Math.exp((tokenScores[at + y] - best) * temperature);
  }
  // Float32, as the confidences were kept before (`Float32Array`), so that the entities' are unchanged.
  return Math.fround(1 / sum);
}

/** Labels that may end a sentence: O, L and U. */
function isFinal(label: number): boolean {
  return label === O || partOfLabel(label) === L || partOfLabel(label) === U;
}

/** A labelled span of token indices [start, end) within a sentence. */
export interface TokenSpan {
  readonly start: number;
  readonly end: number;
  readonly type: number;
}

/** Read spans back from a BILOU label sequence. */
export function spansOf(labels: ArrayLike<number>): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let start = -1;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (label === O) continue;
    const part = partOfLabel(label);
    if (part === U) spans.push({ start: i, end: i + 1, type: typeOfLabel(label) });
    else if (part === B) start = i;
    else if (part === L && start >= 0) {
      spans.push({ start, end: i + 1, type: typeOfLabel(label) });
      start = -1;
    }
  }
  return spans;
}

/** Write spans as BILOU labels into `labels` (which should be all O). */
export function labelSpans(spans: readonly TokenSpan[], labels: Uint8Array): void {
  for (const { start, end, type } of spans) {
    if (end - start === 1) labels[start] = labelOf(type, U);
    else {
      labels[start] = labelOf(type, B);
      for (let i = start + 1; i < end - 1; i++) labels[i] = labelOf(type, I);
      labels[end - 1] = labelOf(type, L);
    }
  }
}
