/**
 * Run the tagger over the sentences of one document, given as token texts, and read the
 * entities back. Sentences share a label history, so a name keeps its type across the document.
 */
import { extractFeatures, type Clusters } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import { NER_TYPES, type NerType } from './labels.js';
import { decodeSentence, spansOf, type History, type Scorer } from './tagger.js';

/** What tagging needs: the loaded model, or the trainer's weights while training. */
export interface Recogniser extends Scorer {
  readonly gazetteer: Gazetteer;
  readonly clusters: Clusters;
  /** Multiplier from summed weights to perceptron score units (the confidence temperature). */
  readonly scale: number;
}

/** An entity found in one sentence: token range [start, end) of that sentence. */
export interface SentenceEntity {
  readonly start: number;
  readonly end: number;
  readonly type: NerType;
  /** The lowest per-token label probability inside the span. */
  readonly confidence: number;
}

/** Tag the sentences of one document (each a list of token texts). */
export function recogniseSentences(model: Recogniser, sentences: readonly (readonly string[])[]): SentenceEntity[][] {
  const history: History = new Map();
  return sentences.map((words) => {
    if (words.length === 0) return [];
    const f = extractFeatures(words, model.gazetteer, model.clusters);
    const labels = new Uint8Array(words.length);
    const confidence = new Float32Array(words.length);
    decodeSentence(f, model, history, labels, confidence, model.scale);
    return spansOf(labels).map(({ start, end, type }) => {
      let conf = 1;
      for (let i = start; i < end; i++) conf = Math.min(conf, confidence[i]);
      return { start, end, type: NER_TYPES[type], confidence: Math.round(conf * 1000) / 1000 };
    });
  });
}
