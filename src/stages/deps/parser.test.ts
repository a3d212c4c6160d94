import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashText } from '../../ml/feature-hash.js';
import type { Scorer } from '../../ml/linear-model.js';
import { LEFT, ParseState, RIGHT } from './arc-eager.js';
import { loadParser } from './deps-model.js';
import { MAX_PARSE_FEATURES, configurationFeatures, labelFeatures, parseFeatures, type ParseInput } from './parse-features.js';
import { RoleScores } from './role-scores.js';

/** A scorer whose weights are a fixed function of the key: equal scores mean equal key multisets. */
const keyed: Scorer = {
  addScores(keys, from, to, scores) {
    for (let f = from; f < to; f++) for (let c = 0; c < 4; c++) scores[c] += (Math.imul(keys[f], 2 * c + 1) >>> 0) % 4093;
  },
};

/** A sentence of `n` words with made-up word hashes and tag ids. */
function inputOf(n: number): ParseInput {
  return {
    words: Int32Array.from({ length: n }, (_, i) => hashText(`w${i % 5}`)),
    tags: Int32Array.from({ length: n }, (_, i) => (i * 7) % 11),
  };
}

/** Walk a sentence of `n` words through a varied sequence of valid transitions, with relations, calling `visit` at each configuration. */
function walk(n: number, visit: (state: ParseState) => void): number {
  const state = new ParseState(n);
  let step = 0;
  while (!state.isFinal) {
    visit(state);
    const order = [(step * 5) % 4, 3, 2, 0, 1];
    const t = order.find((candidate) => state.isValid(candidate)) ?? 0;
    state.apply(t, t === LEFT || t === RIGHT ? step % 7 : -1);
    step++;
  }
  return step;
}

describe('parseFeatures', () => {
  it('computes the keys the shipped model was trained with', () => {
    // Checksum of the keys over a fixed walk, from the code the model was trained with (without the
    // retired templates 12, 13, 14 and 17, session 27): a change of any template's key would
    // silently misread deps.bin.
    const input = inputOf(12);
    const all = new Uint32Array(MAX_PARSE_FEATURES);
    let checksum = 0;
    const steps = walk(12, (state) => {
      const count = parseFeatures(state, input, all);
      for (let f = 0; f < count; f++) checksum = (Math.imul(checksum, 31) + all[f]) >>> 0;
    });
    expect([checksum, steps]).toEqual([2037091719, 24]);
  });
});

describe('RoleScores', () => {
  it('gives every configuration the scores of all its parseFeatures', () => {
    const n = 12;
    const input = inputOf(n);
    const memory = new RoleScores();
    memory.start(n);
    const all = new Uint32Array(MAX_PARSE_FEATURES);
    const rest = new Uint32Array(MAX_PARSE_FEATURES);
    const steps = walk(n, (state) => {
      const full = new Float64Array(4);
      keyed.addScores(all, 0, parseFeatures(state, input, all), full);
      const viaMemory = new Float64Array(4);
      keyed.addScores(rest, 0, configurationFeatures(state, input, memory.locate(state), rest, 0), viaMemory);
      memory.addTo(keyed, state, input, viaMemory);
      expect(viaMemory).toEqual(full);
    });
    expect(steps).toBeGreaterThan(2 * n - 2);
  });
});

describe('Parser', () => {
  const parser = loadParser();
  const models = parser as unknown as { actions: Scorer; labels: Scorer & { classes: readonly string[] } };

  /** The parse of scoring every feature at every configuration, as the trainer does. */
  function referenceParse(words: readonly string[], tags: readonly number[]): ParseState {
    const n = words.length;
    const input = { words: Int32Array.from(words, (w) => hashText(w.toLowerCase())), tags: Int32Array.from(tags) };
    const state = new ParseState(n);
    const features = new Uint32Array(MAX_PARSE_FEATURES);
    const arc = new Uint32Array(MAX_PARSE_FEATURES);
    const root = models.labels.classes.indexOf('root');
    while (!state.isFinal) {
      const only = state.onlyValid();
      if (only >= 0) {
        state.apply(only, only === LEFT ? root : -1);
        continue;
      }
      const scores = new Float64Array(4);
      models.actions.addScores(features, 0, parseFeatures(state, input, features), scores);
      let best = -1;
      for (let t = 0; t < 4; t++) if (state.isValid(t) && (best < 0 || scores[t] > scores[best])) best = t;
      let label = -1;
      if (best === LEFT && state.next === n) label = root;
      else if (best === LEFT || best === RIGHT) {
        const labelScores = new Float64Array(models.labels.classes.length);
        models.labels.addScores(arc, 0, labelFeatures(features, best === LEFT ? 1 : 2, arc), labelScores);
        label = 0;
        for (let c = 1; c < labelScores.length; c++) if (labelScores[c] > labelScores[label]) label = c;
      }
      state.apply(best, label);
    }
    return state;
  }

  it('parses the seed article as scoring every feature would', () => {
    const text = readFileSync(join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'articles', 'tass-2020-06-26-putin-macron.txt'), 'utf8');
    const sentences = text.split(/(?<=\.)\s+/).map((s) => s.split(/\s+/).filter(Boolean)).filter((s) => s.length > 1);
    expect(sentences.length).toBeGreaterThan(10);
    for (const words of sentences) {
      const tags = words.map((w, i) => (hashText(w) + i) % 40);
      const reference = referenceParse(words, tags);
      // Words under the root position become the sentence root and its parataxis in parseWith.
      const expected = words.map((_, i) => {
        const head = reference.heads[i];
        return head === words.length || head < 0 ? 'under root' : `${head} ${models.labels.classes[reference.labels[i]]}`;
      });
      const parsed = parser
        .parseWith(words, (i) => tags[i])
        .map(({ head, deprel }, i) => (deprel === 'root' || (deprel === 'parataxis' && expected[i] === 'under root') ? 'under root' : `${head} ${deprel}`));
      expect(parsed).toEqual(expected);
    }
  });

  it("pushes a later sentence's parses with heads counted from its first word", () => {
    const words = 'Officials said the talks , which began Monday , would resume ; no date was set .'.split(' ');
    const tags = words.map((w, i) => (hashText(w) + i) % 40);
    const alone = parser.parseWith(words, (i) => tags[i]);
    expect(alone.filter((w) => w.head < 0)).toHaveLength(1);
    const out = [{ head: -1, deprel: 'root' }];
    parser.parseInto(words, (i) => tags[i], 7, out);
    expect(out.slice(1)).toEqual(alone.map(({ head, deprel }) => ({ head: head < 0 ? -1 : head + 7, deprel })));
  });
});
