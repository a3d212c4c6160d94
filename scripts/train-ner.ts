/**
 * `npm run train:ner`: train the named-entity model from CoNLL-2003 train (scored on dev each
 * epoch) and write models/entities/ner.bin.gz. Deterministic: fixed seed, sorted outputs.
 * Reads ../shared/data (CoNLL-2003, GeoNames, Phoenix dictionaries, news text for word classes).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../src/core/assets.js';
import { LinearModel, type Scorer } from '../src/ml/linear-model.js';
import { decodeModelFile, encodeModelFile } from '../src/ml/model-file.js';
import { conllSpans, parseConll } from '../src/stages/entities/conll.js';
import { clusterTable, extractFeatures, type SentenceFeatures } from '../src/stages/entities/features.js';
import { conllType, LABEL_COUNT, NER_TYPES } from '../src/stages/entities/labels.js';
import { MODEL_PATH, NER_MODEL, NerModel, nerModelFile, nerModelOf } from '../src/stages/entities/model.js';
import { recogniseSentences, type Recogniser } from '../src/stages/entities/recognise.js';
import { decodeSentence, labelSpans, type History } from '../src/stages/entities/tagger.js';
import { countMatches } from '../eval/entities/score.js';
import { prf } from '../eval/report.js';
import { buildClusters } from './ner/clusters.js';
import { buildGazetteers } from './ner/gazetteers.js';
import { Perceptron } from './ner/perceptron.js';
import { hasSplittable, relabel, resplit, type TrainSentence } from './ner/relabel.js';
import { seededRandom } from './seeded-random.js';
import { SOURCES, writeAsset } from './write-asset.js';

const ROOT = join(import.meta.dirname, '..');
const SHARED = join(ROOT, '..', 'shared', 'data');
const CONLL = join(SHARED, 'ner', 'conll2003');
const EPOCHS = Number(process.env.NER_EPOCHS ?? 8);
const SEED = 20260;
const MIN_WEIGHT = 1;


const started = Date.now();
const log = (msg: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0)}s] ${msg}`);

const { gazetteer, sets } = buildGazetteers(SHARED, join(ROOT, 'src', 'stages', 'entities', 'data'));
log(`gazetteer: ${gazetteer.size} keys`);
const clusters = clusterTable(buildClusters(SHARED));
log(`word classes: ${clusters.size} words`);

const random = seededRandom(SEED);
const trainDocs = parseConll(readFileSync(join(CONLL, 'eng.train.iob2.txt'), 'utf8')).map((doc) =>
  doc.sentences.map((s) => {
    const sent = relabel(s, sets);
    // Half the sentences with hyphenated words are re-split as dyad's tokenizer would split them.
    return hasSplittable(sent) && random() < 0.5 ? resplit(sent, sets) : sent;
  }),
);
const devDocs = parseConll(readFileSync(join(CONLL, 'eng.testa.dev.iob2.txt'), 'utf8'));
log(`train: ${trainDocs.length} documents, ${trainDocs.flat().length} sentences`);

interface Prepared {
  readonly features: SentenceFeatures;
  readonly gold: Uint8Array;
}
const prepared: Prepared[][] = trainDocs.map((doc) =>
  doc.map((sent: TrainSentence) => {
    const gold = new Uint8Array(sent.words.length);
    labelSpans(sent.spans, gold);
    const f = extractFeatures(sent.words, gazetteer, clusters);
    return { features: { ...f, keys: f.keys.slice(0, f.offsets[f.offsets.length - 1]) }, gold };
  }),
);
log('features extracted');

/** Dev F1, and the Brier score of entity confidences (how well they predict correctness). */
function devScores(scorer: Scorer, temperature: number): { f1: number; brier: number } {
  const model: Recogniser = { gazetteer, clusters, temperature, addScores: scorer.addScores.bind(scorer) };
  const gold: ReturnType<typeof conllSpans>[] = [];
  const pred: ReturnType<typeof conllSpans>[] = [];
  let brier = 0;
  for (const doc of devDocs) {
    const found = recogniseSentences(model, doc.sentences.map((s) => s.words));
    doc.sentences.forEach((s, i) => {
      const goldSpans = conllSpans(s.tags);
      gold.push(goldSpans);
      pred.push(found[i].map((e) => ({ start: e.start, end: e.end, type: conllType(e.type) })));
      for (const e of found[i]) {
        const correct = goldSpans.some((g) => g.start === e.start && g.end === e.end && g.type === conllType(e.type));
        brier += (e.confidence - (correct ? 1 : 0)) ** 2;
      }
    });
  }
  const all = countMatches(gold, pred).ALL;
  return { f1: prf(all.tp, all.fp, all.fn).f, brier: brier / (all.tp + all.fp) };
}

const model = new Perceptron();
const order = prepared.map((_, i) => i);
for (let epoch = 1; epoch <= EPOCHS; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  let errors = 0;
  let tokens = 0;
  for (const d of order) {
    const history: History = new Map();
    for (const { features, gold } of prepared[d]) {
      const labels = new Uint8Array(gold.length);
      decodeSentence(features, model, history, labels, undefined, (keys, from, to, dyn, dynCount, i, predicted) => {
        if (predicted !== gold[i]) {
          model.update(keys, from, to, gold[i], predicted);
          model.update(dyn, 0, dynCount, gold[i], predicted);
          errors++;
        }
        model.c++;
        tokens++;
      });
    }
  }
  model.average();
  log(`epoch ${epoch}: ${errors} errors / ${tokens} tokens, ${model.size} features, dev F1 ${(100 * devScores(model, 1).f1).toFixed(2)}`);
  model.resume();
}

model.average();
// Averaged weights below 1 in magnitude add little (dev F1 −0.1) but double the table; dropping
// them keeps the lookup table small enough to stay in cache.
const { weights, scale } = model.quantise(MIN_WEIGHT);
// Perceptron margins are not probabilities: pick the softmax temperature whose entity
// confidences best predict correctness on dev (Brier score).
const quantised = new NerModel(new LinearModel(weights), gazetteer, clusters, scale);
let temperature = scale;
let bestBrier = Infinity;
for (const factor of [0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1]) {
  const { brier } = devScores(quantised, scale * factor);
  if (brier < bestBrier) {
    bestBrier = brier;
    temperature = scale * factor;
  }
}
log(`confidence temperature ${temperature.toExponential(3)} (dev Brier ${bestBrier.toFixed(4)})`);
const payload = encodeModelFile(nerModelFile({ weights, temperature, gazetteer, clusters }));
const path = MODEL_PATH();
const bytes = writeAsset(path, NER_MODEL, SOURCES.entities, payload);
const loaded = nerModelOf(decodeModelFile(payload));
log(`wrote ${path}: ${(bytes.length / 1e6).toFixed(2)} MB, ${weights.keys.length} features, ${weights.entryWeight.length} weights, sha256 ${sha256(bytes)}`);
log(`quantised model dev F1 ${(100 * devScores(loaded, loaded.temperature).f1).toFixed(2)} (labels ${LABEL_COUNT}, types ${NER_TYPES.join(' ')})`);
