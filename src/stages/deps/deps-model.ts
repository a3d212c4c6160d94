/** Loading the parser from `models/syntax/deps.bin` (once per process). */
import { assetPath, loadAsset } from '../../core/assets.js';
import { linearModelOf, modelKind } from '../../ml/model-file.js';
import { Parser } from './parser.js';

/**
 * The asset kind of parser models; bump the version when the features or the layout change.
 * v2: the transition model's table is dense (`ml/linear-model.ts`), which a v1 reader would misread.
 * v3: both tables are ordered (`LayoutOptions.ordered`), which a v2 reader would misread.
 */
export const DEPS_MODEL = modelKind(
  'deps-model',
  3,
  (file) => new Parser(linearModelOf(file, 'actions.'), linearModelOf(file, 'labels.'), (file.meta as { tags: string[] }).tags),
);

/** Load the dependency parser (once per process; E040–E042 when missing, altered or of another version). */
export function loadParser(path = assetPath('models', 'syntax', 'deps.bin')): Parser {
  return loadAsset(DEPS_MODEL, path);
}
