/**
 * The trained entity model: a linear model over BILOU labels (`ml/linear-model.ts`), its softmax
 * temperature, the gazetteer and the word classes, stored as one model asset
 * (`models/entities/ner.bin.gz`, kind `entities-model`). Gazetteer and classes are stored as
 * pre-indexed key tables (`core/key-table.ts`): loading wraps their arrays instead of building
 * 150,000 Map entries, which took more CPU than the rest of start-up's model loading.
 */
import { assetPath, loadAsset } from '../../core/assets.js';
import { KeyTable } from '../../core/key-table.js';
import { LinearModel, type LinearModelData } from '../../ml/linear-model.js';
import { linearModelOf, linearModelSections, modelKind, type ModelFile } from '../../ml/model-file.js';
import type { Clusters } from './features.js';
import { Gazetteer } from './gazetteer.js';
import { LABEL_COUNT, labelName } from './labels.js';
import type { Recogniser } from './recognise.js';

/** Where the stage finds its model. */
export const MODEL_PATH = (): string => assetPath('models', 'entities', 'ner.bin.gz');

/** The label names, in label-id order: what a model's classes must be. */
export const NER_CLASSES: readonly string[] = Array.from({ length: LABEL_COUNT }, (_, label) => labelName(label));

interface NerMeta {
  readonly classes: readonly string[];
  readonly temperature: number;
}

/** Section name prefixes of the two key tables. */
const GAZETTEER = 'gazetteer.';
const CLUSTERS = 'clusters.';

/** The parts a trainer hands over to be written. */
export interface ModelParts {
  readonly weights: LinearModelData;
  /** Multiplier from summed weights to softmax logits, calibrated on dev by the trainer. */
  readonly temperature: number;
  readonly gazetteer: Gazetteer;
  readonly clusters: Clusters;
}

/** A loaded model, ready to score feature keys. */
export class NerModel implements Recogniser {
  /** The weights are int16: a word's own-feature sums are integers, so reusing them changes no score (#13). */
  readonly integerWeights = true;

  constructor(
    readonly weights: LinearModel,
    readonly gazetteer: Gazetteer,
    readonly clusters: Clusters,
    /** Multiplier from summed weights to softmax logits for confidences. */
    readonly temperature: number,
  ) {}

  addScores(keys: Uint32Array, from: number, to: number, scores: Float64Array): void {
    this.weights.addScores(keys, from, to, scores);
  }
}

/** The model as a model file (metadata and sections), ready for `encodeModelFile`. */
export function nerModelFile(parts: ModelParts): ModelFile {
  // Ordered (`LayoutOptions.ordered`): a probe stops at the first larger key, and a fifth of the
  // entity features are in no row; pipeline entities stage ~6% less CPU, same labels (#13).
  const { meta, sections } = linearModelSections(parts.weights, '', { ordered: true });
  return {
    meta: { ...meta, temperature: parts.temperature },
    sections: { ...sections, ...parts.gazetteer.table().sections(GAZETTEER), ...parts.clusters.sections(CLUSTERS) },
  };
}

/** Build the model from a decoded model file; refuses a label set other than this code's. */
export function nerModelOf(file: ModelFile): NerModel {
  const meta = file.meta as NerMeta;
  if (meta.classes.join(' ') !== NER_CLASSES.join(' ')) throw new RangeError(`labels ${meta.classes.join(' ')}, expected ${NER_CLASSES.join(' ')}`);
  const gazetteer = Gazetteer.fromTable(KeyTable.fromSections(file.sections, GAZETTEER));
  const clusters = KeyTable.fromSections(file.sections, CLUSTERS);
  return new NerModel(linearModelOf(file), gazetteer, clusters, meta.temperature);
}

/**
 * The asset kind of entity models; bump the version when the features, labels or layout change.
 * v3: the table is ordered (`LayoutOptions.ordered`), which a v2 reader would misread.
 * v4: the gazetteer's and word classes' key tables have byte offsets (`core/key-table.ts`), searched
 * as the file's bytes instead of decoded into strings in every thread (#13).
 */
export const NER_MODEL = modelKind('entities-model', 4, nerModelOf);

/** Load the model (once per process; E040–E042 when missing, altered or of another version). */
export function loadModel(path = MODEL_PATH()): NerModel {
  return loadAsset(NER_MODEL, path);
}
