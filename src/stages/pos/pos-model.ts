/** Loading the tagger and lemmatizer from `models/syntax/pos.bin` (once per process). */
import { assetPath, loadAsset } from '../../core/assets.js';
import { modelKind } from '../../ml/model-file.js';
import { headlineCaseWords } from './headline-case.js';
import { misreadPresentVerb, missingFiniteVerb, readFiniteVerbWords, type FiniteVerbWords } from './finite-verb.js';
import { misreadArticleNouns, misreadModalVerbs, misreadParticiples, misreadPluralNouns, readMisreadFormWords, type MisreadFormWords } from './misread-forms.js';
import { Lemmatizer, shippedKnownVerbs, type LemmaData } from './lemmatizer.js';
import { Tagger } from './tagger.js';
import type { PosTag } from './types.js';

/** The loaded part-of-speech model: tagger and lemmatizer. */
export interface PosModel {
  readonly tagger: Tagger;
  readonly lemmatizer: Lemmatizer;
}

/**
 * The asset kind of tagger models; bump the version when the features or the layout change.
 * v2: the table is ordered (`LayoutOptions.ordered`), which a v1 reader would misread.
 */
export const POS_MODEL = modelKind('pos-model', 2, (file): PosModel => ({
  tagger: Tagger.fromFile(file),
  lemmatizer: new Lemmatizer((file.meta as { lemmas: LemmaData }).lemmas),
}));

/** Load the part-of-speech model (once per process; E040–E042 when missing, altered or of another version). */
export function loadPosModel(path = assetPath('models', 'syntax', 'pos.bin')): PosModel {
  return loadAsset(POS_MODEL, path);
}

let finiteWords: FiniteVerbWords | undefined;
const finiteVerbWords = (): FiniteVerbWords => (finiteWords ??= readFiniteVerbWords());
let misreadWords: MisreadFormWords | undefined;
const misreadFormWords = (): MisreadFormWords => (misreadWords ??= readMisreadFormWords());

/** Words the tagger misread as a verb or as a non-verb, each with the class to force (misread-forms.ts). */
function misreadForms(tagger: Tagger, words: readonly string[], ids: Int32Array): Map<number, number> {
  const forced = new Map<number, number>();
  if (tagger.pluralClass >= 0) for (const i of misreadPluralNouns(words, ids, tagger.tags, misreadFormWords())) forced.set(i, tagger.pluralClass);
  // "cannot/VBN open/JJ", "would not back/RB": the modal as AUX MD, the verb after it as its base form.
  const modalClass = tagger.auxiliaryClass('MD');
  if (modalClass >= 0 && tagger.baseClass >= 0) {
    for (const { modal, verb } of misreadModalVerbs(words, ids, tagger.tags, shippedKnownVerbs(), misreadFormWords())) {
      if (modal >= 0) forced.set(modal, modalClass);
      if (verb >= 0) forced.set(verb, tagger.baseClass);
    }
  }
  // "a U.S. offer/VB to use warships": the noun.
  if (tagger.nounClass >= 0) for (const i of misreadArticleNouns(words, ids, tagger.tags, misreadFormWords())) forced.set(i, tagger.nounClass);
  if (tagger.participleClass < 0) return forced;
  for (const { auxiliary, participle } of misreadParticiples(words, ids, tagger.tags, shippedKnownVerbs(), misreadFormWords())) {
    forced.set(participle, tagger.participleClass);
    // "had/VERB won": the auxiliary keeps its tense, as AUX, so the parser hangs it on the participle.
    const aux = tagger.auxiliaryClass(tagger.tags[ids[auxiliary]].xpos);
    if (aux >= 0) forced.set(auxiliary, aux);
  }
  return forced;
}

/** Tags and lemmas of one sentence's words. */
export function tagSentence(model: PosModel, sentence: readonly string[]): PosTag[] {
  const { tagger, lemmatizer } = model;
  // Headline capitals after "U.S." are read lowercase where that makes a verb (headline-case.ts).
  const words = headlineCaseWords(tagger, sentence);
  let ids = tagger.tagIds(words);
  // "The Baltic states/VBZ condemned", "had won/IN the election": the misread word is forced, the rest read from it.
  const forced = misreadForms(tagger, words, ids);
  if (forced.size > 0) ids = tagger.tagIds(words, forced);
  // A present verb of need read as a plural noun after its subject ("The Ukrainian government needs help") is one.
  const present = tagger.presentClass < 0 ? -1 : misreadPresentVerb(words, ids, tagger.tags, finiteVerbWords());
  if (present >= 0) ids = tagger.tagIds(words, forced.set(present, tagger.presentClass));
  else {
    // A sentence left with no finite verb reads its past form as one (finite-verb.ts).
    const finite = tagger.pastClass < 0 ? -1 : missingFiniteVerb(words, ids, tagger.tags, shippedKnownVerbs(), finiteVerbWords());
    if (finite >= 0) ids = tagger.tagIds(words, forced.set(finite, tagger.pastClass));
  }
  const out = new Array<PosTag>(words.length);
  for (let i = 0; i < words.length; i++) {
    const { upos, xpos } = tagger.tags[ids[i]];
    let lemma = tagger.rememberedLemma(i, ids[i]);
    if (lemma === undefined) {
      lemma = lemmatizer.lemmatize(words[i], xpos);
      tagger.rememberLemma(i, ids[i], lemma);
    }
    out[i] = { upos, xpos, lemma };
  }
  return out;
}
