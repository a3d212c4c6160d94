/**
 * Train the transition parser with a dynamic oracle (Goldberg & Nivre 2012): at every
 * configuration the transitions that lose the fewest gold arcs are correct, so after the first
 * epoch the trainer can follow its own mistakes and learn to recover from them.
 */
import { hashText } from '../../src/ml/feature-hash.js';
import { LEFT, REDUCE, RIGHT, SHIFT, ParseState, TRANSITIONS } from '../../src/stages/deps/arc-eager.js';
import { MAX_PARSE_FEATURES, labelFeatures, parseFeatures, PARSE_TEMPLATES, templatePosition, type ParseInput } from '../../src/stages/deps/parse-features.js';
import type { LinearModelData } from '../../src/ml/linear-model.js';
import { AveragedPerceptron, shuffle } from './averaged-perceptron.js';
import { seededRandom } from '../seeded-random.js';

export interface ParsedSentence {
  readonly words: readonly string[];
  readonly tags: readonly string[];
  /** Gold head of each word, 0-based, -1 for the root. */
  readonly heads: readonly number[];
  readonly deprels: readonly string[];
}

export interface ParserTraining {
  readonly epochs: number;
  readonly seed: number;
  readonly minWeight: number;
  /** Probability of following a wrong prediction (from epoch 2 on). */
  readonly explore: number;
  /**
   * Template ids the transition model is trained without (#13: a smaller table, judged before the
   * parser stops computing them); the relation model keeps its templates. None by default.
   */
  readonly dropTemplates?: readonly number[];
  readonly onEpoch?: (epoch: number, actionAccuracy: number) => void;
}

export interface TrainedParser {
  readonly actions: LinearModelData;
  readonly labels: LinearModelData;
  readonly tags: readonly string[];
}

/** Gold arcs that transition `t` makes unreachable (arc-eager costs with the root at index n). */
export function transitionCost(state: ParseState, t: number, gold: Int32Array): number {
  const n = state.n;
  const b = state.next;
  const s0 = state.stackAt(0);
  let cost = 0;
  if (t === SHIFT || t === RIGHT) {
    // b's arcs with words on the stack are lost (for RIGHT, except the one it creates).
    for (let d = 0; d < state.depth; d++) {
      const k = state.stack[d];
      if (t === RIGHT && k === s0) {
        if (state.heads[k] < 0 && gold[k] === b) cost++;
        continue;
      }
      if (gold[b] === k) cost++;
      if (state.heads[k] < 0 && gold[k] === b) cost++;
    }
    if (t === RIGHT && gold[b] > b) cost++;
  } else if (t === REDUCE) {
    for (let k = b; k <= n; k++) if (gold[k] === s0) cost++;
  } else {
    for (let k = b; k <= n; k++) {
      if (gold[k] === s0) cost++;
      if (k !== b && gold[s0] === k) cost++;
    }
  }
  return cost;
}

/**
 * The dynamic oracle's step: the model's best valid transition (`guess`) and the best-scoring of
 * the zero-cost ones (`best`), with each transition's cost left in `costs` (-1 when invalid).
 */
export function oracleChoice(state: ParseState, gold: Int32Array, scores: Float32Array, costs: Int32Array): { guess: number; best: number; minCost: number } {
  let minCost = Infinity;
  for (let t = 0; t < 4; t++) {
    costs[t] = state.isValid(t) ? transitionCost(state, t, gold) : -1;
    if (costs[t] >= 0 && costs[t] < minCost) minCost = costs[t];
  }
  let guess = -1;
  let best = -1;
  for (let t = 0; t < 4; t++) {
    if (costs[t] < 0) continue;
    if (guess < 0 || scores[t] > scores[guess]) guess = t;
    if (costs[t] === minCost && (best < 0 || scores[t] > scores[best])) best = t;
  }
  return { guess, best, minCost };
}

export function trainParser(sentences: readonly ParsedSentence[], options: ParserTraining): TrainedParser {
  const tags = [...new Set(sentences.flatMap((s) => s.tags))].sort();
  const tagIds = new Map(tags.map((t, i) => [t, i]));
  const deprels = [...new Set(sentences.flatMap((s) => s.deprels))].filter((d) => d !== 'root').sort();
  deprels.push('root');
  const labelIds = new Map(deprels.map((d, i) => [d, i]));
  const actions = new AveragedPerceptron(TRANSITIONS, 1 << 18);
  const labels = new AveragedPerceptron(deprels, 1 << 16);
  const random = seededRandom(options.seed);
  const examples = sentences.map((s) => {
    const n = s.words.length;
    const input: ParseInput = { words: Int32Array.from(s.words, (w) => hashText(w.toLowerCase())), tags: Int32Array.from(s.tags, (t) => tagIds.get(t)!) };
    const gold = new Int32Array(n + 1).fill(-1);
    const goldLabel = new Int32Array(n + 1).fill(-1);
    s.heads.forEach((h, i) => {
      gold[i] = h < 0 ? n : h;
      goldLabel[i] = labelIds.get(s.deprels[i])!;
    });
    return { n, input, gold, goldLabel };
  });
  const features = new Uint32Array(MAX_PARSE_FEATURES);
  const kept = new Uint32Array(MAX_PARSE_FEATURES);
  const keptPositions = keptTemplatePositions(options.dropTemplates ?? []);
  const arcFeatures = new Uint32Array(MAX_PARSE_FEATURES);
  const scores = new Float32Array(4);
  const labelScores = new Float32Array(deprels.length);
  const costs = new Int32Array(4);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    let correct = 0;
    let total = 0;
    for (const { n, input, gold, goldLabel } of shuffle([...examples], random)) {
      const state = new ParseState(n);
      while (!state.isFinal) {
        parseFeatures(state, input, features);
        const count = keptPositions.length;
        for (let f = 0; f < count; f++) kept[f] = features[keptPositions[f]];
        scores.fill(0);
        actions.score(kept, count, scores);
        const { guess, best, minCost } = oracleChoice(state, gold, scores, costs);
        actions.tick();
        total++;
        if (costs[guess] === minCost) correct++;
        else actions.update(kept, count, best, guess);
        const follow = costs[guess] === minCost || (epoch > 1 && random() < options.explore) ? guess : best;
        let label = -1;
        if (follow === LEFT || follow === RIGHT) {
          const head = follow === LEFT ? state.next : state.stackAt(0);
          const dep = follow === LEFT ? state.stackAt(0) : state.next;
          const arcCount = labelFeatures(features, follow === LEFT ? 1 : 2, arcFeatures);
          labelScores.fill(0);
          labels.score(arcFeatures, arcCount, labelScores);
          label = 0;
          for (let c = 1; c < labelScores.length; c++) if (labelScores[c] > labelScores[label]) label = c;
          if (gold[dep] === head) {
            labels.tick();
            labels.update(arcFeatures, arcCount, goldLabel[dep], label);
          }
        }
        state.apply(follow, label);
      }
    }
    options.onEpoch?.(epoch, correct / total);
  }
  return { actions: actions.export(options.minWeight), labels: labels.export(options.minWeight), tags };
}

/** The positions in `parseFeatures`' output the transition model is trained on: all but those of `drop`. */
export function keptTemplatePositions(drop: readonly number[]): Int32Array {
  const dropped = new Set(drop.map((t) => {
    const position = templatePosition(t);
    if (position < 0) throw new Error(`template ${t} is not one the parser computes`);
    return position;
  }));
  return Int32Array.from(PARSE_TEMPLATES.keys()).filter((f) => !dropped.has(f));
}
