/**
 * Give the shipped tagger (`models/syntax/pos.bin`) the settings of `shipped-tagger.ts` without
 * retraining (#13): its weights below TAGGER_MIN_WEIGHT pruned, rows sorted by key as the export
 * has them, and the tag dictionary of SHIPPED_DICTIONARY counted on the UD EWT training split, as
 * `npm run train:syntax` does, and the lemmatizer learned again on the same split (a fix to its
 * learning must not wait for a full retrain), so the file is what a retrain writes. Every kept weight is checked:
 * each stored row's key is scored by the old and the new model, alone, and must give the old
 * weights without those below the threshold. The asset header (kind, version, source) is kept: the
 * format is unchanged. Running it twice changes nothing.
 * Usage: `tsx scripts/syntax/reencode-tagger.ts` (the treebank at `../shared/data/ud/UD_English-EWT/`)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assetPath, encodeAsset, splitAsset } from '../../src/core/assets.js';
import { LinearModel, layOut, rowsOf } from '../../src/ml/linear-model.js';
import { decodeModelFile, encodeModelFile, linearModelOf, linearModelSections } from '../../src/ml/model-file.js';
import { pruneWeights } from '../../src/ml/prune-weights.js';
import { parseConllu } from '../../src/stages/deps/conllu.js';
import { SHIPPED_DICTIONARY, TAGGER_MIN_WEIGHT } from './shipped-tagger.js';
import { learnLemmas } from './learn-lemmas.js';
import { unambiguousWords } from './train-tagger.js';

/** Throw unless `after` scores every key of `before` as `before` does with weights below `min` left out. */
function checkPruned(before: LinearModel, after: LinearModel, min: number): void {
  const one = new Uint32Array(1);
  const a = new Float64Array(before.classes.length);
  const b = new Float64Array(after.classes.length);
  for (const key of rowsOf(before.layout()).keys) {
    one[0] = key;
    a.fill(0);
    b.fill(0);
    before.addScores(one, 0, 1, a);
    after.addScores(one, 0, 1, b);
    for (let c = 0; c < a.length; c++) {
      const expected = Math.abs(a[c]) < min ? 0 : a[c];
      if (b[c] !== expected) throw new Error(`key ${key} class ${c}: ${a[c]} before, ${b[c]} after`);
    }
  }
}

const path = assetPath('models', 'syntax', 'pos.bin');
const { header, payload } = splitAsset(readFileSync(path), path);
const file = decodeModelFile(payload);
const before = linearModelOf(file);
// Ordered, as the trainer writes it (pos-model v2, #13).
const after = new LinearModel(layOut(pruneWeights(rowsOf(before.layout()), TAGGER_MIN_WEIGHT), { ordered: true }));
checkPruned(before, after, TAGGER_MIN_WEIGHT);
const treebank = join(assetPath(), '..', 'shared', 'data', 'ud', 'UD_English-EWT', 'en_ewt-ud-train.conllu');
const sentences = parseConllu(readFileSync(treebank, 'utf8'));
const train = sentences.map((s) => ({ words: s.words.map((w) => w.form), tags: s.words.map((w) => `${w.upos} ${w.xpos}`) }));
const lemmas = learnLemmas(sentences.flatMap((s) => s.words));
const meta = file.meta as Record<string, unknown> & { dictionary: Record<string, number> };
const dictionary = unambiguousWords(train, new Map(before.classes.map((c, i) => [c, i])), ...SHIPPED_DICTIONARY);
const table = linearModelSections(after);
const written = encodeModelFile({ meta: { ...meta, ...table.meta, dictionary, lemmas }, sections: { ...file.sections, ...table.sections } });
writeFileSync(path, encodeAsset(header.kind, header.version, header.source, written));
console.log(
  `pos.bin: ${before.size.rows} → ${after.size.rows} rows, ${before.size.weights} → ${after.size.weights} weights, ` +
    `dictionary ${Object.keys(meta.dictionary).length} → ${Object.keys(dictionary).length} words, ` +
    `${Object.keys(lemmas.rules).length} lemma rules and ${Object.keys(lemmas.exceptions).length} exceptions; ` +
    `${payload.length} → ${written.length} bytes, every kept weight checked`,
);
