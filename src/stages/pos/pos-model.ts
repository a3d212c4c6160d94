/** Loading the tagger and lemmatizer from `models/syntax/pos.bin` (once per process). */
import { assetPath } from '../../core/assets.js';
import { Lemmatizer, type LemmaData } from './lemmatizer.js';
import { loadModelFile } from './model-file.js';
import { Tagger } from './tagger.js';
import type { PosTag } from './types.js';

/** The loaded part-of-speech model: tagger and lemmatizer. */
export interface PosModel {
  readonly tagger: Tagger;
  readonly lemmatizer: Lemmatizer;
}

const loaded = new Map<string, PosModel>();

/** Load (and cache) the part-of-speech model; throws E040/E041 when the file is missing or altered. */
export function loadPosModel(path = assetPath('models', 'syntax', 'pos.bin')): PosModel {
  let model = loaded.get(path);
  if (!model) {
    const file = loadModelFile(path);
    model = { tagger: Tagger.fromFile(file), lemmatizer: new Lemmatizer((file.meta as { lemmas: LemmaData }).lemmas) };
    loaded.set(path, model);
  }
  return model;
}

/** Tags and lemmas of one sentence's words. */
export function tagSentence(model: PosModel, words: readonly string[]): PosTag[] {
  return model.tagger.tag(words).map(({ upos, xpos }, i) => ({ upos, xpos, lemma: model.lemmatizer.lemmatize(words[i], xpos) }));
}
