/**
 * Stage `pos`: reads `tokens`, writes the `pos` layer (UPOS, Penn XPOS and lemma per token).
 * Method: a greedy averaged-perceptron tagger over hashed features (word, affixes, shape, two
 * words either side, two previous tags) predicting UPOS and XPOS jointly, trained on UD English
 * EWT by `npm run train:syntax`; lemmas from a learned exception table plus tag-specific suffix
 * rules. Limits: trained on web English, not newswire; lemmas of unseen irregular words follow
 * the suffix rules. Eval (EWT dev, gold tokens): UPOS 94.91%, XPOS 94.25%, lemma 96.83%; the
 * stage runs about 150k tokens per CPU second on Reuters stories on the shared 2-core machine
 * (`eval/RESULTS.md`, `bench/RESULTS.md` § syntax).
 */
import { defineStage } from '../../core/stage.js';
import '../tokens/types.js';
import { loadPosModel, tagSentence } from './pos-model.js';
import { sentenceWords } from './sentence-words.js';
import type { PosTag } from './types.js';
import './types.js';

export interface PosOptions {
  /** Model asset to use instead of the bundled `models/syntax/pos.bin`. */
  readonly modelPath?: string;
}

/** The part-of-speech stage; the model loads on first use and is shared afterwards. */
export const pos = (options: PosOptions = {}) =>
  defineStage({
    name: 'pos',
    assigns: ['pos'],
    requires: ['tokens'],
    run: (doc) => {
      const model = loadPosModel(options.modelPath);
      const out: PosTag[] = [];
      for (const { words } of sentenceWords(doc)) out.push(...tagSentence(model, words));
      return out;
    },
  });
