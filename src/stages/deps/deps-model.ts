/** Loading the parser from `models/syntax/deps.bin` (once per process). */
import { assetPath } from '../../core/assets.js';
import { loadModelFile } from '../pos/model-file.js';
import { linearModelOf } from '../pos/tagger.js';
import { Parser } from './parser.js';

const loaded = new Map<string, Parser>();

/** Load (and cache) the dependency parser; throws E040/E041 when the file is missing or altered. */
export function loadParser(path = assetPath('models', 'syntax', 'deps.bin')): Parser {
  let parser = loaded.get(path);
  if (!parser) {
    const file = loadModelFile(path);
    parser = new Parser(linearModelOf(file, 'actions.'), linearModelOf(file, 'labels.'), (file.meta as { tags: string[] }).tags);
    loaded.set(path, parser);
  }
  return parser;
}
