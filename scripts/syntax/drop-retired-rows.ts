/**
 * Drop the rows of the parser's retired word-pair templates (12, 13, 14, 17; session 27) from the
 * shipped `deps.bin` without retraining (#13). Their keys cannot be told from the others' by
 * looking at them, so they are regenerated: every key those templates could have produced on the
 * training split (every pair of a word and a word to its right, the root, or no word; each word
 * with its gold tag and the tags the taggers give it) in both the transition model and the
 * relation model (the same keys through `labelKey`, both directions). A stored row whose key is
 * among them is dropped; every other row keeps its weights, checked after the rewrite.
 *
 * A regenerated key can equal a kept template's key by chance (32-bit hashes). To see how often,
 * the same keys are generated under template ids no template uses (`CONTROL_TEMPLATES`): the rows
 * they match are rows the regeneration would drop wrongly at the same rate. So a row is kept when a
 * kept template reads its key while the training split is parsed (the model's own transitions and
 * the oracle's, on the shipped tagger's tags): what is left is the chance collision with a key the
 * kept templates produce on no training sentence. Both counts are printed.
 *
 *   tsx scripts/syntax/drop-retired-rows.ts [in] [out]     (default: the shipped file, in place)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assetPath, encodeAsset, splitAsset } from '../../src/core/assets.js';
import { DyadError } from '../../src/core/errors.js';
import { finish, hashText, mix } from '../../src/ml/feature-hash.js';
import { rowsOf } from '../../src/ml/linear-model.js';
import { decodeModelFile, encodeModelFile, linearModelOf, linearModelSections } from '../../src/ml/model-file.js';
import { parseConllu } from '../../src/stages/deps/conllu.js';
import { DEPS_MODEL } from '../../src/stages/deps/deps-model.js';
import { LEFT, ParseState, RIGHT } from '../../src/stages/deps/arc-eager.js';
import { MAX_PARSE_FEATURES, labelFeatures, labelKey, parseFeatures } from '../../src/stages/deps/parse-features.js';
import { checkRowScores, rowsWithout } from './rewritten-rows.js';
import { oracleChoice } from './train-parser.js';
import { loadPosModel } from '../../src/stages/pos/pos-model.js';

/** The retired templates, as the trainer that made the shipped file hashed them (`feature4`, `feature3`, `feature2`). */
const RETIRED = [12, 13, 14, 17];
/** Template ids no template uses (the parser's run 0–66, and 100): their matches measure chance collisions. */
const CONTROL_TEMPLATES = [80, 81, 82, 83];
const SEED = 0x2545f491;
const NONE_WORD = hashText('<none>') | 0;
const ROOT_WORD = hashText('<root>') | 0;
const NONE_TAG = 0xfffe;
const ROOT_TAG = 0xfffd;

const [inPath = assetPath('models', 'syntax', 'deps.bin'), outPath = inPath] = process.argv.slice(2);
const treebank = join(assetPath(), '..', 'shared', 'data', 'ud', 'UD_English-EWT');
const { header, payload } = splitAsset(readFileSync(inPath), inPath);
if (header.kind !== DEPS_MODEL.kind) throw new DyadError('E1250', { path: inPath, kind: header.kind });
const file = decodeModelFile(payload);
const tagList = (file.meta as { tags: string[] }).tags;
const tagIds = new Map(tagList.map((t, i) => [t, i]));

/**
 * The keys of one template id over every position pair: `a` is the stack top (a word or none),
 * `b` the buffer front (a word to its right, or the root).
 */
function keysOf(template: number, words: Int32Array, tags: readonly number[][], visit: (key: number) => void): void {
  const n = words.length;
  const seed = mix(SEED, template);
  for (let a = -1; a < n; a++) {
    const aw = a < 0 ? NONE_WORD : words[a];
    const atags = a < 0 ? [NONE_TAG] : tags[a];
    for (let b = a + 1; b <= n; b++) {
      const bw = b === n ? ROOT_WORD : words[b];
      const btags = b === n ? [ROOT_TAG] : tags[b];
      const k = RETIRED.indexOf(template) >= 0 ? template : RETIRED[CONTROL_TEMPLATES.indexOf(template)];
      if (k === 17) visit(finish(mix(mix(seed, aw), bw)));
      else if (k === 13) for (const at of atags) visit(finish(mix(mix(mix(seed, aw), at), bw)));
      else if (k === 14) for (const bt of btags) visit(finish(mix(mix(mix(seed, aw), bw), bt)));
      else for (const at of atags) for (const bt of btags) visit(finish(mix(mix(mix(mix(seed, aw), at), bw), bt)));
    }
  }
}

const sentences = parseConllu(readFileSync(join(treebank, 'en_ewt-ud-train.conllu'), 'utf8'));
const tagger = loadPosModel().tagger;
const inputs = sentences.map((s) => {
  const forms = s.words.map((w) => w.form);
  const predicted = tagger.tag(forms);
  const words = Int32Array.from(forms, (w) => hashText(w.toLowerCase()) | 0);
  const tags = s.words.map((w, i) => {
    const ids = [`${w.upos} ${w.xpos}`, `${predicted[i].upos} ${predicted[i].xpos}`].map((t) => tagIds.get(t)).filter((t) => t !== undefined);
    return [...new Set(ids)];
  });
  return { words, tags };
});

const actions = linearModelOf(file, 'actions.');
const labels = linearModelOf(file, 'labels.');
const actionRows = rowsOf(actions.layout());
const labelRows = rowsOf(labels.layout());
const actionKeys = new Set(actionRows.keys);
const labelKeys = new Set(labelRows.keys);

/** The stored keys the given template ids' regenerated keys hit, in each model. */
function matches(templates: readonly number[]): { actions: Set<number>; labels: Set<number> } {
  const hit = { actions: new Set<number>(), labels: new Set<number>() };
  const visit = (key: number) => {
    const k = key >>> 0;
    if (actionKeys.has(k)) hit.actions.add(k);
    for (const direction of [1, 2]) {
      const l = labelKey(key, direction) >>> 0;
      if (labelKeys.has(l)) hit.labels.add(l);
    }
  };
  for (const { words, tags } of inputs) for (const t of templates) keysOf(t, words, tags, visit);
  return hit;
}

const retired = matches(RETIRED);
const control = matches(CONTROL_TEMPLATES);

/**
 * Remove from `hit` the keys the kept templates read when the training split is parsed, along the
 * model's transitions and along the oracle's (the trainer's gold heads).
 */
function protect(hits: readonly { actions: Set<number>; labels: Set<number> }[]): number[] {
  const removed = hits.map(() => 0);
  const features = new Uint32Array(MAX_PARSE_FEATURES);
  const arcFeatures = new Uint32Array(MAX_PARSE_FEATURES);
  const scores = new Float64Array(4);
  const scores32 = new Float32Array(4);
  const costs = new Int32Array(4);
  const labelScores = new Float64Array(labels.classes.length);
  const seen = (set: Set<number>, key: number, h: number) => {
    if (set.delete(key >>> 0)) removed[h]++;
  };
  sentences.forEach((s, i) => {
    const n = s.words.length;
    const input = { words: inputs[i].words, tags: Int32Array.from(inputs[i].tags, (t) => t[t.length - 1]) };
    const gold = new Int32Array(n + 1).fill(-1);
    s.words.forEach((w, k) => (gold[k] = w.head === 0 ? n : w.head - 1));
    for (const followModel of [true, false]) {
      const state = new ParseState(n);
      while (!state.isFinal) {
        const count = parseFeatures(state, input, features);
        scores.fill(0);
        actions.addScores(features, 0, count, scores);
        scores32.set(scores);
        const { guess, best } = oracleChoice(state, gold, scores32, costs);
        const follow = followModel ? guess : best;
        for (let f = 0; f < count; f++) hits.forEach((h, j) => seen(h.actions, features[f], j));
        let label = -1;
        if (follow === LEFT || follow === RIGHT) {
          for (const direction of [1, 2]) {
            const arcCount = labelFeatures(features, direction, arcFeatures);
            for (let f = 0; f < arcCount; f++) hits.forEach((h, j) => seen(h.labels, arcFeatures[f], j));
          }
          // The relation as the parser would set it (its best) or the treebank's, so later label features are real ones.
          const dep = follow === LEFT ? state.stackAt(0) : state.next;
          if (followModel) {
            const arcCount = labelFeatures(features, follow === LEFT ? 1 : 2, arcFeatures);
            labelScores.fill(0);
            labels.addScores(arcFeatures, 0, arcCount, labelScores);
            label = 0;
            for (let c = 1; c < labelScores.length; c++) if (labelScores[c] > labelScores[label]) label = c;
          } else label = Math.max(0, labels.classes.indexOf(s.words[dep].deprel));
        }
        state.apply(follow, label);
      }
    }
  });
  return removed;
}
const kept = protect([retired, control]);
console.log(`transition rows ${actionRows.keys.length}: retired keys ${retired.actions.size}, control (chance) ${control.actions.size}; ${kept[0]} and ${kept[1]} keys read by kept templates were kept (counted in both models)`);
console.log(`relation rows ${labelRows.keys.length}: retired keys ${retired.labels.size}, control (chance) ${control.labels.size}`);

const newActions = linearModelSections(rowsWithout(actionRows, retired.actions), 'actions.', { ordered: true });
const newLabels = linearModelSections(rowsWithout(labelRows, retired.labels), 'labels.', { ordered: true });
const meta = { ...(file.meta as Record<string, unknown>), ...newActions.meta, ...newLabels.meta };
const written = encodeModelFile({ meta, sections: { ...file.sections, ...newActions.sections, ...newLabels.sections } });

// Every kept row scores as before, alone; every dropped row scores nothing.
const check = decodeModelFile(written);
checkRowScores(`${outPath} actions.`, actions, linearModelOf(check, 'actions.'), actions.classes.length, actionRows.keys, retired.actions);
checkRowScores(`${outPath} labels.`, labels, linearModelOf(check, 'labels.'), labels.classes.length, labelRows.keys, retired.labels);
writeFileSync(outPath, encodeAsset(header.kind, header.version, header.source, written));
console.log(`${outPath}: ${payload.length} → ${written.length} bytes, every kept row's weights checked`);
