/**
 * Bound of one tagger change (#13, session 43): the three templates of the previous tags alone (11: prev1, 12:
 * prev1+prev2, 26: prev2) summed once per tag pair and added as one row of 102 class sums, against probing their three
 * keys per word as the tagger does. Replays the (prev1, prev2) pairs of the words the model scores when tagging the
 * first N stories of the given inputs, alternating the two ways in rounds; prints CPU ms per round each way.
 * Usage: `tsx bench/throughput/tag-pair-bound.ts N ROUNDS FILE...`.
 */
import { feature1, feature2 } from '../../src/ml/feature-hash.js';
import { readInputs } from '../../src/readers/inputs.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { paragraphs } from '../../src/stages/paragraphs/index.js';
import { dateline } from '../../src/stages/dateline/index.js';
import { sentences } from '../../src/stages/sentences/index.js';
import { tokens } from '../../src/stages/tokens/index.js';
import { loadPosModel } from '../../src/stages/pos/pos-model.js';
import { sentenceWords } from '../../src/stages/pos/sentence-words.js';
import { NO_TAG } from '../../src/stages/pos/tag-features.js';
import { NOT_IN_DICTIONARY } from '../../src/stages/pos/word-types.js';

const [limitArg, roundsArg, ...files] = process.argv.slice(2);
const { tagger } = loadPosModel();
const model = tagger.model;
const classes = model.classes.length;
const segment = createPipeline([paragraphs(), dateline(), sentences(), tokens()]);
const pairs: number[] = [];
let docs = 0;
for await (const result of readInputs(files)) {
  if (!result.ok) continue;
  const doc = segment.run(result.doc) as Parameters<typeof sentenceWords>[0];
  for (const { words } of sentenceWords(doc)) {
    const ids = tagger.tagIds(words);
    // The words the model scores: those the tag dictionary does not give (`Tagger.tagIds`).
    const types = (tagger as unknown as { types: { knownClass(id: number): number }; typeIds: Int32Array });
    for (let i = 0; i < words.length; i++) {
      if (types.types.knownClass(types.typeIds[i]) !== NOT_IN_DICTIONARY) continue;
      pairs.push(i > 0 ? ids[i - 1] : NO_TAG, i > 1 ? ids[i - 2] : NO_TAG);
    }
  }
  if (++docs >= Number(limitArg)) break;
}
const keys = new Uint32Array(3);
const scores = new Float64Array(classes);
const cache = new Map<number, Int32Array>();
let sink = 0;
function probed(): void {
  for (let p = 0; p < pairs.length; p += 2) {
    keys[0] = feature1(11, pairs[p]);
    keys[1] = feature2(12, pairs[p], pairs[p + 1]);
    keys[2] = feature1(26, pairs[p + 1]);
    model.addScores(keys, 0, 3, scores);
  }
  sink += scores[0];
}
function cached(): void {
  for (let p = 0; p < pairs.length; p += 2) {
    const pair = pairs[p] * 0x10000 + pairs[p + 1];
    let sums = cache.get(pair);
    if (sums === undefined) {
      const s = new Float64Array(classes);
      keys[0] = feature1(11, pairs[p]);
      keys[1] = feature2(12, pairs[p], pairs[p + 1]);
      keys[2] = feature1(26, pairs[p + 1]);
      model.addScores(keys, 0, 3, s);
      cache.set(pair, (sums = Int32Array.from(s)));
    }
    for (let c = 0; c < classes; c++) scores[c] += sums[c];
  }
  sink += scores[0];
}
const ms = (f: () => void): number => {
  const t = process.cpuUsage();
  f();
  return process.cpuUsage(t).user / 1e3;
};
const rounds: string[] = [];
for (let r = 0; r < Number(roundsArg); r++) {
  const a = r % 2 ? ms(cached) : ms(probed);
  const b = r % 2 ? ms(probed) : ms(cached);
  rounds.push(r % 2 ? `${b.toFixed(1)}/${a.toFixed(1)}` : `${a.toFixed(1)}/${b.toFixed(1)}`);
}
process.stdout.write(`${JSON.stringify({ docs, scoredWords: pairs.length / 2, distinctPairs: cache.size, probedOverCachedMs: rounds, sink: sink !== 0 })}\n`);
