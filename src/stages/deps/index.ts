/**
 * Stage `deps`: reads `tokens` and `pos`, writes the `deps` layer (head token index and UD
 * relation per token; -1 and `root` for each sentence's root).
 * Method: a greedy arc-eager transition parser (root after the last word) with averaged-perceptron
 * transition and relation models over Zhang & Nivre style features, trained with a dynamic oracle
 * on UD English EWT by `npm run train:syntax`; after decoding, words the parser hung on punctuation
 * are lifted to the mark's head (`punctuation-leaves.ts`, #12). Limits: projective trees only; greedy (no beam);
 * web English training data. Eval (EWT dev, gold tokens, predicted tags): UAS 84.11%, LAS 79.85%
 * (LAS 84.52% on gold tags); the stage runs about 57k tokens per CPU second on Reuters stories
 * (`eval/RESULTS.md`, `bench/RESULTS.md` § syntax).
 */
import { defineStage } from '../../core/stage.js';
import '../pos/types.js';
import { sentenceWords } from '../pos/sentence-words.js';
import '../tokens/types.js';
import { loadParser } from './deps-model.js';
import type { Dep } from './types.js';
import './types.js';

export interface DepsOptions {
  /** Model asset to use instead of the bundled `models/syntax/deps.bin`. */
  readonly modelPath?: string;
}

/** The dependency stage; the model loads on first use and is shared afterwards. */
export const deps = (options: DepsOptions = {}) =>
  defineStage({
    name: 'deps',
    assigns: ['deps'],
    requires: ['tokens', 'pos'],
    run: (doc) => {
      const parser = loadParser(options.modelPath);
      const tags = doc.layers.pos;
      const out: Dep[] = [];
      for (const { first, words } of sentenceWords(doc)) {
        parser.parseTagged(words, tags, first, out);
      }
      return out;
    },
  });
