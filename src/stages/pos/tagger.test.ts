import { describe, expect, it } from 'vitest';
import { LinearModel } from '../../ml/linear-model.js';
import { loadPosModel } from './pos-model.js';
import { NUMERAL_CLASS, isNumeral } from './numerals.js';
import { NO_TAG, hashWords, tagFeatures } from './tag-features.js';
import { Tagger } from './tagger.js';

/** Greedy tagging with every feature scored afresh: what `tagIds` must equal with its word scores remembered. */
function tagAfresh(tagger: Tagger, words: readonly string[], ambiguity: ReadonlyMap<string, number>, dictionary: ReadonlyMap<string, number>): number[] {
  const hashed = hashWords(words, ambiguity);
  const features = new Uint32Array(64);
  const scores = new Float64Array(tagger.model.classes.length);
  const out: number[] = [];
  let prev1 = NO_TAG;
  let prev2 = NO_TAG;
  for (let i = 0; i < words.length; i++) {
    let best = dictionary.get(words[i]) ?? (isNumeral(words[i]) ? tagger.model.classes.indexOf(NUMERAL_CLASS) : -1);
    if (best < 0) {
      scores.fill(0);
      tagger.model.addScores(features, 0, tagFeatures(hashed, i, prev1, prev2, features), scores);
      best = 0;
      for (let c = 1; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
    }
    out.push(best);
    [prev2, prev1] = [prev1, best];
  }
  return out;
}

describe('Tagger', () => {
  it('tags as with every feature scored afresh, the first time and with word scores remembered', () => {
    const { tagger } = loadPosModel();
    const { ambiguity, dictionary } = tagger as unknown as { ambiguity: Map<string, number>; dictionary: Map<string, number> };
    const sentences = [
      'The minister said talks would resume on Monday in Geneva .',
      'Talks resumed ; the ministers said the minister resigned .',
      'Zorvakian exports rose 3.5 % to $ 1,200 million in 1987 .',
      'Resumed',
      'Talks resumed',
      'Rebels shelled towns',
    ].map((text) => text.split(' '));
    for (let pass = 0; pass < 2; pass++) {
      for (const words of sentences) expect(Array.from(tagger.tagIds(words))).toEqual(tagAfresh(tagger, words, ambiguity, dictionary));
    }
  });

  it('tags as with every feature scored afresh with an odd number of classes (a last lane of one class)', () => {
    // Rows keep two classes a double (#13); a model of three classes leaves the last lane half empty.
    const words = 'Rebels shelled the town again'.split(' ');
    const keys = new Set<number>();
    const features = new Uint32Array(64);
    const hashed = hashWords(words, new Map());
    for (let i = 0; i < words.length; i++) {
      for (const [prev1, prev2] of [[NO_TAG, NO_TAG], [0, NO_TAG], [1, 2], [2, 2], [2, 0]]) {
        features.subarray(0, tagFeatures(hashed, i, prev1, prev2, features)).forEach((key) => keys.add(key));
      }
    }
    const sorted = Uint32Array.from([...keys].sort((a, b) => a - b));
    // Weights from a fixed sequence, one to three classes a key, so that every class wins somewhere.
    const entryClass: number[] = [];
    const entryWeight: number[] = [];
    const offsets = [0];
    sorted.forEach((_, r) => {
      for (let c = 0; c < 3; c++) {
        if ((r + c) % 4 === 3) continue;
        entryClass.push(c);
        entryWeight.push(((r * 7919 + c * 104_729) % 2001) - 1000);
      }
      offsets.push(entryClass.length);
    });
    const model = new LinearModel({
      classes: ['NOUN NN', 'VERB VBD', 'DET DT'], keys: sorted, offsets: Uint32Array.from(offsets),
      entryClass: Uint16Array.from(entryClass), entryWeight: Int16Array.from(entryWeight),
    });
    const tagger = new Tagger(model, { dictionary: {}, ambiguity: {} });
    const afresh = tagAfresh(tagger, words, new Map(), new Map());
    expect(new Set(afresh).size).toBeGreaterThan(1);
    for (let pass = 0; pass < 2; pass++) expect(Array.from(tagger.tagIds(words))).toEqual(afresh);
  });

  it('gives numerals NUM CD without scoring, where the model would read one from its context', () => {
    const { tagger } = loadPosModel();
    // Reuters' results tables: the model alone tags 3,660,273 NOUN NN here and 483,559 PUNCT.
    const tags = tagger.tag('Net 3,660,273 vs profit 483,559'.split(' '));
    expect([1, 4].map((i) => `${tags[i].upos} ${tags[i].xpos}`)).toEqual([NUMERAL_CLASS, NUMERAL_CLASS]);
  });

  it('asks a scored token 13 keys once its neighbours and tag pair are summed, the first word its 14 word keys besides', () => {
    // The word's own keys, each neighbour's as that neighbour and the previous tags' are summed once (#13).
    const { tagger } = loadPosModel();
    const words = 'Rebels shelled the besieged town of Zorvak overnight'.split(' ');
    tagger.tagIds(words);
    const asked: number[] = [];
    const counting = Object.create(tagger.model) as typeof tagger.model;
    counting.addScores = (keys, from, to, scores) => {
      asked.push(to - from);
      tagger.model.addScores(keys, from, to, scores);
    };
    const again = Object.assign(Object.create(Object.getPrototypeOf(tagger) as object) as Tagger, tagger, { model: counting });
    expect(Array.from(again.tagIds(words))).toEqual(Array.from(tagger.tagIds(words)));
    expect(asked.length).toBeGreaterThan(3);
    expect(asked).toEqual([27, ...Array<number>(asked.length - 1).fill(13)]);
  });
});
