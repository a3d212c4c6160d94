/**
 * `npm run train:syntax`: train the tagger, lemmatizer and parser on UD English EWT (train split)
 * and write `models/syntax/pos.bin` and `models/syntax/deps.bin` as checked model assets. Fixed seeds
 * and sorted exports make the files byte-identical on every run. Prints dev scores at the end.
 *
 *   npm run train:syntax [-- --out <dir>] [--drop-templates <id>,<id>…]
 *
 * `--out` writes both files to another folder (to judge a retrain before it replaces the shipped
 * ones); `--drop-templates` trains the parser's transition model without those template ids (#13).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { assetPath } from '../src/core/assets.js';
import { parseConllu, type ConlluSentence } from '../src/stages/deps/conllu.js';
import type { AssetKind } from '../src/core/assets.js';
import { LinearModel } from '../src/ml/linear-model.js';
import { encodeModelFile, linearModelSections, type ModelFile } from '../src/ml/model-file.js';
import { pruneWeights } from '../src/ml/prune-weights.js';
import { DEPS_MODEL } from '../src/stages/deps/deps-model.js';
import { POS_MODEL } from '../src/stages/pos/pos-model.js';
import { Tagger } from '../src/stages/pos/tagger.js';
import { SOURCES, writeAsset } from './write-asset.js';
import { learnLemmas } from './syntax/learn-lemmas.js';
import { SHIPPED_DICTIONARY, TAGGER_MIN_WEIGHT } from './syntax/shipped-tagger.js';
import { trainParser } from './syntax/train-parser.js';
import { trainTagger } from './syntax/train-tagger.js';

const SEED = 20260101;
const TAGGER_EPOCHS = 6;
const PARSER_EPOCHS = 7;
/** The parser trains on tags predicted by taggers that did not see the sentence (jackknifing). */
const JACKKNIFE_FOLDS = 4;
const JACKKNIFE_EPOCHS = 4;

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const treebank = join(assetPath(), '..', 'shared', 'data', 'ud', 'UD_English-EWT');
const outDir = resolve(option('--out') ?? assetPath('models', 'syntax'));
const dropTemplates = (option('--drop-templates') ?? '').split(',').filter(Boolean).map(Number);
const started = Date.now();
const log = (text: string) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${text}\n`);

const train: ConlluSentence[] = parseConllu(readFileSync(join(treebank, 'en_ewt-ud-train.conllu'), 'utf8'));
const words = (s: ConlluSentence) => s.words.map((w) => w.form);
const tags = (s: ConlluSentence) => s.words.map((w) => `${w.upos} ${w.xpos}`);
log(`read ${train.length} training sentences`);

const tagged = train.map((s) => ({ words: words(s), tags: tags(s) }));
const tagger = trainTagger(tagged, {
  epochs: TAGGER_EPOCHS,
  seed: SEED,
  minWeight: 0.25,
  shippedDictionary: SHIPPED_DICTIONARY,
  onEpoch: (epoch, accuracy) => log(`tagger epoch ${epoch}/${TAGGER_EPOCHS}: train accuracy ${(accuracy * 100).toFixed(2)}%`),
});
const lemmas = learnLemmas(train.flatMap((s) => s.words));
log(`lemmatizer: ${Object.keys(lemmas.rules).length} suffix rules, ${Object.keys(lemmas.exceptions).length} exceptions`);
// The shipped tagger drops its weights below about one update (#13); the jackknife taggers below keep theirs
// and the narrower dictionary.
const taggerParts = linearModelSections(pruneWeights(tagger.model, TAGGER_MIN_WEIGHT), '', { ordered: true });
write('pos.bin', POS_MODEL, { meta: { ...taggerParts.meta, dictionary: tagger.dictionary, ambiguity: tagger.ambiguity, lemmas }, sections: taggerParts.sections });

// Training the parser on gold tags would teach it to trust tags more than the tagger deserves.
const predictedTags = new Array<string[]>(train.length);
for (let fold = 0; fold < JACKKNIFE_FOLDS; fold++) {
  const foldTagger = trainTagger(tagged.filter((_, i) => i % JACKKNIFE_FOLDS !== fold), { epochs: JACKKNIFE_EPOCHS, seed: SEED + fold, minWeight: 0.25 });
  const model = new Tagger(new LinearModel(foldTagger.model), foldTagger);
  tagged.forEach((s, i) => {
    if (i % JACKKNIFE_FOLDS === fold) predictedTags[i] = model.tag(s.words).map((t) => `${t.upos} ${t.xpos}`);
  });
  log(`jackknife tagger ${fold + 1}/${JACKKNIFE_FOLDS} done`);
}

const parser = trainParser(
  train.map((s, i) => ({ words: words(s), tags: predictedTags[i], heads: s.words.map((w) => w.head - 1), deprels: s.words.map((w) => w.deprel) })),
  {
    epochs: PARSER_EPOCHS,
    seed: SEED,
    // Pruning below one update keeps the file near 3 MB and costs about 0.2 LAS.
    minWeight: 1,
    explore: 0.9,
    dropTemplates,
    onEpoch: (epoch, accuracy) => log(`parser epoch ${epoch}/${PARSER_EPOCHS}: transition accuracy ${(accuracy * 100).toFixed(2)}%`),
  },
);
// The parser's tables are ordered: keys in no model stop their probe early (#13).
const actionParts = linearModelSections(parser.actions, 'actions.', { ordered: true });
const labelParts = linearModelSections(parser.labels, 'labels.', { ordered: true });
write('deps.bin', DEPS_MODEL, { meta: { ...actionParts.meta, ...labelParts.meta, tags: parser.tags }, sections: { ...actionParts.sections, ...labelParts.sections } });

log(`wrote ${outDir}/{pos.bin,deps.bin}`);

function write(name: string, kind: AssetKind<unknown>, file: ModelFile): void {
  mkdirSync(outDir, { recursive: true });
  const bytes = writeAsset(join(outDir, name), kind, SOURCES.syntax, encodeModelFile(file));
  log(`${name}: ${(bytes.length / 1024).toFixed(0)} KiB`);
}
