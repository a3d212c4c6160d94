/**
 * Stage `entities`: reads `tokens`, writes the `entities` layer (PERSON, ORG, GPE, LOC, NORP,
 * MISC spans with token ranges and a confidence).
 *
 * Method: an averaged structured perceptron (Collins 2002) decoding BILOU labels greedily left
 * to right, after Ratinov & Roth (2009): word, lower-case, shape, affix, context-window and
 * bigram features; distributional word classes built from unlabelled news; gazetteer matches
 * (GeoNames, country names and demonyms, Phoenix actor names, hand lists of places, groups and
 * titles); the previous labels; and the label the same word last received in the document.
 * Features are 32-bit hashes; weights are int16 in a sparse table, pruned to 47k features
 * (model 1.3 MB gzipped, about 20 MB in memory with its gazetteer; `models/entities/SOURCE.md`). Trained on CoNLL-2003 train relabelled to six types, with
 * hyphenated tokens re-split the way dyad's tokenizer splits them.
 *
 * Limits: CoNLL's MISC is broad and the weakest type; GPE vs LOC and NORP vs MISC come from
 * gazetteer-driven relabelling, so rare natural places may come out as GPE. No DATE spans (the
 * dates stage finds those). Names unlike 1996 Reuters news (product names, new parties) are
 * found less reliably.
 *
 * After tagging, small gazetteer rules: a listed organisation directly followed by a listed place
 * is split in two; a listed natural place is LOC; a demonym after a lower-case prefix
 * ("intra-Libyan") is NORP; a capitalised word tagged elsewhere in the document as a one-word name
 * or a surname gets that type. Quotes, punctuation and `’s` are trimmed from span edges.
 *
 * Eval (CoNLL-2003 dev, exact span and type, `npm run eval entities`): F1 89.5
 * (PER 93.3, ORG 82.9, LOC 93.4, MISC 84.1); compromise on the same sentences: 41.7.
 * Speed (`npm run bench entities`): about 90–140k tokens per CPU-second on a heavily shared
 * machine; model load about 0.2 s of CPU.
 */
import { defineStage } from '../../core/stage.js';
import '../tokens/types.js';
import { markDatelineAgency } from './dateline-agency.js';
import { loadModel } from './model.js';
import { recogniseDocument } from './recognise.js';
import './types.js';

/** Options of the `entities` stage. */
export interface EntityOptions {
  /** Model asset to use instead of the shipped `models/entities/ner.bin.gz`. */
  readonly modelPath?: string;
}

/**
 * The named-entity stage.
 * @example createPipeline([sentences(), tokens(), entities()])
 */
export const entities = (options: EntityOptions = {}) =>
  defineStage({
    name: 'entities',
    assigns: ['entities'],
    requires: ['tokens'],
    optional: ['dateline'],
    // The model loads on first use (cached by loadAsset), so building a pipeline costs nothing.
    run: (doc) => markDatelineAgency(doc, recogniseDocument(doc, loadModel(options.modelPath))),
  });
