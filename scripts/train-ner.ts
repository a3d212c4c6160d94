/**
 * `npm run train:ner`: train the named-entity model from CoNLL-2003 train (scored on dev each
 * epoch) and write models/entities/ner.bin.gz. Deterministic: fixed seed, sorted outputs.
 * Reads ../shared/data (CoNLL-2003, GeoNames, Phoenix dictionaries, news text for word classes).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import { conllSpans, parseConll } from '../src/stages/entities/conll.js';
import { extractFeatures, type SentenceFeatures } from '../src/stages/entities/features.js';
import { conllType, LABEL_COUNT, NER_TYPES } from '../src/stages/entities/labels.js';
import { decodeModel, encodeModel, MODEL_PATH } from '../src/stages/entities/model.js';
import { recogniseSentences, type Recogniser } from '../src/stages/entities/recognise.js';
import { decodeSentence, labelSpans, type History, type Scorer } from '../src/stages/entities/tagger.js';
import { countMatches } from '../eval/entities/score.js';
import { prf } from '../eval/report.js';
import { buildClusters } from './ner/clusters.js';
import { buildGazetteers } from './ner/gazetteers.js';
import { Perceptron } from './ner/perceptron.js';
import { hasSplittable, relabel, resplit, type TrainSentence } from './ner/relabel.js';

const ROOT = join(import.meta.dirname, '..');
const SHARED = join(ROOT, '..', 'shared', 'data');
const CONLL = join(SHARED, 'ner', 'conll2003');
const EPOCHS = Number(process.env.NER_EPOCHS ?? 8);
const SEED = 20260;

/** mulberry32: a small seeded generator, so shuffles repeat exactly. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const started = Date.now();
const log = (msg: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0)}s] ${msg}`);

const { gazetteer, sets } = buildGazetteers(SHARED, join(ROOT, 'src', 'stages', 'entities', 'data'));
log(`gazetteer: ${gazetteer.size} keys`);
const clusters = buildClusters(SHARED);
log(`word classes: ${clusters.size} words`);

const random = rng(SEED);
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

function devF1(scorer: Scorer, scale: number): number {
  const model: Recogniser = { gazetteer, clusters, scale, addScores: scorer.addScores.bind(scorer) };
  const gold: ReturnType<typeof conllSpans>[] = [];
  const pred: ReturnType<typeof conllSpans>[] = [];
  for (const doc of devDocs) {
    const found = recogniseSentences(model, doc.sentences.map((s) => s.words));
    doc.sentences.forEach((s, i) => {
      gold.push(conllSpans(s.tags));
      pred.push(found[i].map((e) => ({ start: e.start, end: e.end, type: conllType(e.type) })));
    });
  }
  const all = countMatches(gold, pred).ALL;
  return prf(all.tp, all.fp, all.fn).f;
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
      decodeSentence(features, model, history, labels, undefined, 1, (keys, from, to, dyn, dynCount, i, predicted) => {
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
  log(`epoch ${epoch}: ${errors} errors / ${tokens} tokens, ${model.size} features, dev F1 ${(100 * devF1(model, 1)).toFixed(2)}`);
  model.resume();
}

model.average();
const bytes = encodeModel({ ...model.quantise(), gazetteer, clusters });
const path = MODEL_PATH();
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, bytes);
const loaded = decodeModel(bytes, path);
log(`wrote ${path}: ${(bytes.length / 1e6).toFixed(2)} MB, ${loaded.size.features} features, ${loaded.size.entries} weights, sha256 ${createHash('sha256').update(bytes).digest('hex')}`);
log(`quantised model dev F1 ${(100 * devF1(loaded, loaded.scale)).toFixed(2)} (labels ${LABEL_COUNT}, types ${NER_TYPES.join(' ')})`);
