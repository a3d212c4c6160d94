/**
 * Feature-template ablation for the tagger and the parser (#13): train with some templates left
 * out, on fewer epochs than `train:syntax`, and print EWT dev accuracy, model rows and the share
 * of each template's features found in the model (a feature not found still costs a table probe).
 *
 *   tsx scripts/syntax/ablate-templates.ts tagger <epochs> <drop> [<drop> …]
 *   tsx scripts/syntax/ablate-templates.ts parser <epochs> <drop> [<drop> …]
 *
 * Each `<drop>` is a comma-separated list of template ids (the first argument of their `featureN`
 * call; `-` for none); one run per list, all with the same seed, so
 * the differences are the templates' (single short runs still differ by about ±0.1). `DICT=count,share`
 * tries another tag dictionary, `PRUNE=w1,w2,…` exports each model at several weight thresholds
 * (each timed on dev, tokens per CPU-second). The parser trains on jackknifed tags cached in the
 * OS temp folder (the first parser run makes them; delete the file after changing the tagger) and
 * is scored on the tags the shipped tagger predicts. Results: `src/stages/{pos,deps}/README.md`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assetPath } from '../../src/core/assets.js';
import { hashText } from '../../src/ml/feature-hash.js';
import { LinearModel } from '../../src/ml/linear-model.js';
import { parseConllu, type ConlluSentence } from '../../src/stages/deps/conllu.js';
import { LEFT, ParseState, RIGHT, TRANSITIONS } from '../../src/stages/deps/arc-eager.js';
import { MAX_PARSE_FEATURES, PARSE_TEMPLATES, labelFeatures, parseFeatures, templatePosition, type ParseInput } from '../../src/stages/deps/parse-features.js';
import { loadPosModel } from '../../src/stages/pos/pos-model.js';
import { MAX_TAG_FEATURES, NO_TAG, hashWords, tagFeatures } from '../../src/stages/pos/tag-features.js';
import { Tagger } from '../../src/stages/pos/tagger.js';
import { AveragedPerceptron, shuffle } from './averaged-perceptron.js';
import { oracleChoice } from './train-parser.js';
import { ambiguityClasses, trainTagger, unambiguousWords } from './train-tagger.js';
import { seededRandom } from '../seeded-random.js';

const SEED = 20260101;
const treebank = join(assetPath(), '..', 'shared', 'data', 'ud', 'UD_English-EWT');
const started = Date.now();
const log = (text: string) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${text}\n`);
const read = (name: string): ConlluSentence[] => parseConllu(readFileSync(join(treebank, name), 'utf8'));

/** Copy the features whose template (= position) is kept into `out`; returns how many. */
function keep(features: Uint32Array, count: number, dropped: Uint8Array, out: Uint32Array): number {
  let k = 0;
  for (let f = 0; f < count; f++) if (dropped[f] === 0) out[k++] = features[f];
  return k;
}

/**
 * Count, per template of the full feature list, how often it was kept (`seen`) and how often its
 * key is in the trained model (`hits`); `kept` holds the kept features in template order.
 */
function countHits(full: number, dropped: Uint8Array, kept: Uint32Array, keys: ReadonlySet<number>, seen: Float64Array, hits: Float64Array): void {
  let t = 0;
  for (let f = 0; f < full; f++) {
    if (dropped[f]) continue;
    seen[f]++;
    if (keys.has(kept[t++])) hits[f]++;
  }
}

/** Weight thresholds to export each trained model at (PRUNE=a,b,…; the first is train:syntax's). */
const PRUNE = (process.env.PRUNE ?? '').split(',').filter((v) => v !== '').map(Number);

/** Least CPU milliseconds of three runs of `work` (the machine is shared). */
function bestCpuMs(work: () => void): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const { user, system } = process.cpuUsage();
    work();
    const used = process.cpuUsage({ user, system });
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** The positions of the templates in `list` (ids, comma-separated, `-` for none); `position` maps an id to its position. */
function dropMask(list: string, position: (id: number) => number = (id) => id): Uint8Array {
  const mask = new Uint8Array(128);
  if (list !== '-') for (const id of list.split(',')) mask[position(Number(id))] = 1;
  return mask;
}

/** Share of each template's features (by position; `idOf` names a position's template) present in a model's keys. */
function hitRates(hits: Float64Array, seen: Float64Array, idOf: (position: number) => number = (t) => t): string {
  const parts: string[] = [];
  for (let t = 0; t < hits.length; t++) if (seen[t] > 0) parts.push(`${idOf(t)}:${((hits[t] / seen[t]) * 100).toFixed(0)}`);
  return parts.join(' ');
}

function ablateTagger(epochs: number, drops: string[]): void {
  const train = read('en_ewt-ud-train.conllu');
  const dev = read('en_ewt-ud-dev.conllu');
  const tagged = train.map((s) => ({ words: s.words.map((w) => w.form), tags: s.words.map((w) => `${w.upos} ${w.xpos}`) }));
  const classes = [...new Set(tagged.flatMap((s) => s.tags))].sort();
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  // DICT=count,share tries another tag dictionary (the words that skip the model).
  const [minCount, minShare] = process.env.DICT === undefined ? [] : process.env.DICT.split(',').map(Number);
  const dictionary = new Map(Object.entries(unambiguousWords(tagged, classIndex, minCount, minShare)));
  const ambiguity = new Map(Object.entries(ambiguityClasses(tagged)));
  for (const list of drops) {
    const dropped = dropMask(list);
    const perceptron = new AveragedPerceptron(classes, 1 << 18);
    const random = seededRandom(SEED);
    const examples = tagged.map((s) => ({
      words: hashWords(s.words, ambiguity),
      fixed: Int32Array.from(s.words, (w) => dictionary.get(w) ?? -1),
      gold: Int32Array.from(s.tags, (t) => classIndex.get(t)!),
    }));
    const all = new Uint32Array(MAX_TAG_FEATURES);
    const features = new Uint32Array(MAX_TAG_FEATURES);
    const scores = new Float32Array(classes.length);
    for (let epoch = 1; epoch <= epochs; epoch++) {
      for (const { words, fixed, gold } of shuffle([...examples], random)) {
        let prev1 = NO_TAG;
        let prev2 = NO_TAG;
        for (let i = 0; i < words.length; i++) {
          let guess = fixed[i];
          if (guess < 0) {
            const count = keep(all, tagFeatures(words, i, prev1, prev2, all), dropped, features);
            scores.fill(0);
            perceptron.score(features, count, scores);
            guess = 0;
            for (let c = 1; c < scores.length; c++) if (scores[c] > scores[guess]) guess = c;
            perceptron.tick();
            perceptron.update(features, count, gold[i], guess);
          }
          prev2 = prev1;
          prev1 = guess;
        }
      }
    }
    for (const minWeight of PRUNE.length > 0 ? PRUNE : [0.25]) {
      const data = perceptron.export(minWeight);
      const model = new LinearModel(data);
      const keys = new Set(data.keys);
      const hits = new Float64Array(64);
      const seen = new Float64Array(64);
      let correct = 0;
      let total = 0;
      let scored = 0;
      const score = new Float64Array(classes.length);
      const devWords = dev.map((s) => s.words.map((w) => w.form));
      const devGold = dev.map((s) => s.words.map((w) => w.upos));
      const pass = (stats: boolean) => {
        for (let si = 0; si < devWords.length; si++) {
          const forms = devWords[si];
          const words = hashWords(forms, ambiguity);
          let prev1 = NO_TAG;
          let prev2 = NO_TAG;
          for (let i = 0; i < forms.length; i++) {
            let best = dictionary.get(forms[i]) ?? -1;
            if (best < 0) {
              const full = tagFeatures(words, i, prev1, prev2, all);
              const count = keep(all, full, dropped, features);
              if (stats) {
                scored++;
                countHits(full, dropped, features, keys, seen, hits);
              }
              score.fill(0);
              model.addScores(features, 0, count, score);
              best = 0;
              for (let c = 1; c < score.length; c++) if (score[c] > score[best]) best = c;
            }
            if (stats) {
              if (classes[best].split(' ')[0] === devGold[si][i]) correct++;
              total++;
            }
            prev2 = prev1;
            prev1 = best;
          }
        }
      };
      pass(true);
      const ms = bestCpuMs(() => pass(false));
      log(
        `tagger drop ${list} prune ${minWeight} (dictionary ${process.env.DICT ?? 'default'}, ${dictionary.size} words): ${epochs} epochs, UPOS ${((correct / total) * 100).toFixed(2)}, ` +
          `scored ${((scored / total) * 100).toFixed(1)}% of words, rows ${data.keys.length}, weights ${data.entryWeight.length}, ${Math.round(total / ms)}k tokens/CPU-s`,
      );
      if (minWeight === (PRUNE[0] ?? 0.25)) log(`  hit % by template: ${hitRates(hits, seen)}`);
    }
  }
}

/** Jackknifed training tags as `train:syntax` makes them, cached between runs. */
function jackknifeTags(train: ConlluSentence[]): string[][] {
  const cache = join(tmpdir(), 'dyad-ewt-jackknife-tags.json');
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as string[][];
  const tagged = train.map((s) => ({ words: s.words.map((w) => w.form), tags: s.words.map((w) => `${w.upos} ${w.xpos}`) }));
  const out = new Array<string[]>(train.length);
  for (let fold = 0; fold < 4; fold++) {
    const foldTagger = trainTagger(tagged.filter((_, i) => i % 4 !== fold), { epochs: 4, seed: SEED + fold, minWeight: 0.25 });
    const model = new Tagger(new LinearModel(foldTagger.model), foldTagger);
    tagged.forEach((s, i) => {
      if (i % 4 === fold) out[i] = model.tag(s.words).map((t) => `${t.upos} ${t.xpos}`);
    });
    log(`jackknife fold ${fold + 1}/4`);
  }
  writeFileSync(cache, JSON.stringify(out));
  return out;
}

function ablateParser(epochs: number, drops: string[]): void {
  const train = read('en_ewt-ud-train.conllu');
  const dev = read('en_ewt-ud-dev.conllu');
  const predicted = jackknifeTags(train);
  const tags = [...new Set(predicted.flat())].sort();
  const tagIds = new Map(tags.map((t, i) => [t, i]));
  const deprels = [...new Set(train.flatMap((s) => s.words.map((w) => w.deprel)))].filter((d) => d !== 'root').sort();
  deprels.push('root');
  const labelIds = new Map(deprels.map((d, i) => [d, i]));
  const inputOf = (forms: string[], tagList: string[]): ParseInput => ({
    words: Int32Array.from(forms, (w) => hashText(w.toLowerCase())),
    tags: Int32Array.from(tagList, (t) => tagIds.get(t) ?? tags.length),
  });
  const examples = train.map((s, i) => {
    const n = s.words.length;
    const gold = new Int32Array(n + 1).fill(-1);
    const goldLabel = new Int32Array(n + 1).fill(-1);
    s.words.forEach((w, j) => {
      gold[j] = w.head === 0 ? n : w.head - 1;
      goldLabel[j] = labelIds.get(w.deprel)!;
    });
    return { n, input: inputOf(s.words.map((w) => w.form), predicted[i]), gold, goldLabel };
  });
  const pos = loadPosModel();
  const devInputs = dev.map((s) => {
    const forms = s.words.map((w) => w.form);
    return inputOf(forms, pos.tagger.tag(forms).map((t) => `${t.upos} ${t.xpos}`));
  });
  for (const list of drops) {
    // parseFeatures' output is in PARSE_TEMPLATES order (retired ids left out), not by id.
    const dropped = dropMask(list, templatePosition);
    const actions = new AveragedPerceptron(TRANSITIONS, 1 << 18);
    const labels = new AveragedPerceptron(deprels, 1 << 16);
    const random = seededRandom(SEED);
    const all = new Uint32Array(MAX_PARSE_FEATURES);
    const features = new Uint32Array(MAX_PARSE_FEATURES);
    const arc = new Uint32Array(MAX_PARSE_FEATURES);
    const scores = new Float32Array(4);
    const labelScores = new Float32Array(deprels.length);
    const costs = new Int32Array(4);
    for (let epoch = 1; epoch <= epochs; epoch++) {
      for (const { n, input, gold, goldLabel } of shuffle([...examples], random)) {
        const state = new ParseState(n);
        while (!state.isFinal) {
          const count = keep(all, parseFeatures(state, input, all), dropped, features);
          scores.fill(0);
          actions.score(features, count, scores);
          const { guess, best, minCost } = oracleChoice(state, gold, scores, costs);
          actions.tick();
          if (costs[guess] !== minCost) actions.update(features, count, best, guess);
          const follow = costs[guess] === minCost || (epoch > 1 && random() < 0.9) ? guess : best;
          let label = -1;
          if (follow === LEFT || follow === RIGHT) {
            const head = follow === LEFT ? state.next : state.stackAt(0);
            const dep = follow === LEFT ? state.stackAt(0) : state.next;
            const arcCount = labelFeatures(all, follow === LEFT ? 1 : 2, arc);
            labelScores.fill(0);
            labels.score(arc, arcCount, labelScores);
            label = 0;
            for (let c = 1; c < labelScores.length; c++) if (labelScores[c] > labelScores[label]) label = c;
            if (gold[dep] === head) {
              labels.tick();
              labels.update(arc, arcCount, goldLabel[dep], label);
            }
          }
          state.apply(follow, label);
        }
      }
      log(`  parser drop ${list}: epoch ${epoch}/${epochs}`);
    }
    for (const minWeight of PRUNE.length > 0 ? PRUNE : [1]) {
      const actionData = actions.export(minWeight);
      const actionModel = new LinearModel(actionData);
      const labelData = labels.export(minWeight);
      const labelModel = new LinearModel(labelData);
      const keys = new Set(actionData.keys);
      const hits = new Float64Array(MAX_PARSE_FEATURES);
      const seen = new Float64Array(MAX_PARSE_FEATURES);
      const score = new Float64Array(4);
      const labelScore = new Float64Array(deprels.length);
      const rootLabel = deprels.length - 1;
      let uas = 0;
      let las = 0;
      let total = 0;
      let scored = 0;
      const pass = (stats: boolean) => {
        dev.forEach((s, si) => {
          const n = s.words.length;
          const state = new ParseState(n);
          while (!state.isFinal) {
            const only = state.onlyValid();
            if (only >= 0) {
              state.apply(only, only === LEFT ? rootLabel : -1);
              continue;
            }
            const full = parseFeatures(state, devInputs[si], all);
            const count = keep(all, full, dropped, features);
            if (stats) {
              scored++;
              countHits(full, dropped, features, keys, seen, hits);
            }
            score.fill(0);
            actionModel.addScores(features, 0, count, score);
            let best = -1;
            for (let c = 0; c < 4; c++) if (state.isValid(c) && (best < 0 || score[c] > score[best])) best = c;
            let label = -1;
            if (best === LEFT && state.next === n) label = rootLabel;
            else if (best === LEFT || best === RIGHT) {
              const arcCount = labelFeatures(all, best === LEFT ? 1 : 2, arc);
              labelScore.fill(0);
              labelModel.addScores(arc, 0, arcCount, labelScore);
              label = 0;
              for (let c = 1; c < labelScore.length; c++) if (labelScore[c] > labelScore[label]) label = c;
            }
            state.apply(best, label);
          }
          if (!stats) return;
          // As Parser.parseWith: the first word left on the root is the root, the others parataxis.
          let root = -1;
          s.words.forEach((w, j) => {
            let head = state.heads[j] + 1;
            let deprel = deprels[state.labels[j]];
            if (state.heads[j] === n || state.heads[j] < 0) {
              if (root < 0) root = j;
              head = root === j ? 0 : root + 1;
              deprel = root === j ? 'root' : 'parataxis';
            }
            total++;
            if (head === w.head) {
              uas++;
              if (deprel === w.deprel) las++;
            }
          });
        });
      };
      pass(true);
      const ms = bestCpuMs(() => pass(false));
      const pct = (v: number) => ((v / total) * 100).toFixed(2);
      log(
        `parser drop ${list} prune ${minWeight}: ${epochs} epochs, UAS ${pct(uas)}, LAS ${pct(las)}, action rows ${actionData.keys.length}, label rows ${labelData.keys.length}, ` +
          `scored transitions/word ${(scored / total).toFixed(2)}, ${Math.round(total / ms)}k tokens/CPU-s`,
      );
      if (minWeight === (PRUNE[0] ?? 1)) log(`  hit % by template: ${hitRates(hits, seen, (p) => PARSE_TEMPLATES[p])}`);
    }
  }
}

const [mode, epochs, ...drops] = process.argv.slice(2);
if (mode === 'tagger') ablateTagger(Number(epochs), drops);
else if (mode === 'parser') ablateParser(Number(epochs), drops);
else throw new Error('usage: ablate-templates.ts tagger|parser <epochs> <drop,list|-> …');
